package share

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
)

func TestPlanRules(t *testing.T) {
	ws := workspace(5, []data.Reviewer{wang, li},
		review(1, li, 10), // file's is newer: updated
		review(2, li, 20), // file's is the same: unchanged
		review(3, li, 30), // file's is older: ignored
		review(1, wang, 5),
	)
	bad := review(5, li, 50)
	bad.Scores = map[string]int{"glamour": 2}
	f := file([]data.Reviewer{li, zhang},
		review(1, li, 11),
		review(2, li, 20),
		review(3, li, 29),
		review(4, li, 40),    // added
		review(9, li, 90),    // no such pledge: rejected
		review(4, zhang, 41), // added, new reviewer
		review(1, wang, 99),  // wang is not carried: rejected
		bad,
	)
	p, err := Plan(ws, f)
	if err != nil {
		t.Fatal(err)
	}
	k := func(n int, rv data.Reviewer) Key { return Key{pledge(n), rv.ID} }
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", what, got, want)
		}
	}
	check("reviewers added", p.ReviewersAdded, []data.Reviewer{zhang})
	check("added", p.Added, []Key{k(4, li), k(4, zhang)})
	check("updated", p.Updated, []Key{k(1, li)})
	check("unchanged", p.Unchanged, []Key{k(2, li)})
	check("older", p.Older, []Key{k(3, li)})
	var rejected []string
	for _, r := range p.Rejected {
		rejected = append(rejected, r.Pledge+" "+r.Reviewer+" "+string(r.Reason))
	}
	check("rejected", rejected, []string{
		pledge(1) + " r-wang " + string(NotCarried),
		pledge(5) + " r-li " + string(BadRecord),
		pledge(9) + " r-li " + string(UnknownPledge),
	})
	check("writes", p.Writes, []data.Review{review(1, li, 11), review(4, li, 40), review(4, zhang, 41)})
	var hist []Key
	for _, h := range p.History {
		hist = append(hist, Key{h.PledgeID, h.ReviewerID})
	}
	check("history", hist, []Key{k(1, li), k(3, li), k(4, li), k(4, zhang)})
	if !p.Changes() {
		t.Error("plan with writes reports no changes")
	}
}

func TestPlanWrongReport(t *testing.T) {
	ws := workspace(3, nil)
	f := file([]data.Reviewer{wang}, review(1, wang, 1))
	other := f
	other.ReportID = "beijing-2021"
	version := f
	version.Fingerprint = "fp-other"
	for _, g := range []File{other, version} {
		p, err := Plan(ws, g)
		if !errors.Is(err, ErrWrongReport) {
			t.Errorf("got %v, want ErrWrongReport", err)
		}
		if !reflect.DeepEqual(p, MergePlan{}) {
			t.Errorf("a refused file planned %+v", p)
		}
	}
}

func TestApplyLeavesInputAlone(t *testing.T) {
	ws := workspace(3, nil)
	f := file([]data.Reviewer{wang}, review(1, wang, 1))
	p, _ := Plan(ws, f)
	after := Apply(ws, p)
	if len(ws.Reviews) != 0 || len(ws.Reviewers) != 0 {
		t.Error("Apply changed its input workspace")
	}
	if len(after.Reviews) != 1 || len(after.Reviewers) != 1 {
		t.Errorf("Apply: %d reviews, %d reviewers", len(after.Reviews), len(after.Reviewers))
	}
}

func TestSameReviewerTwoMachinesConverges(t *testing.T) {
	laptop := review(1, wang, 100)
	desktop := review(1, wang, 200)
	ws := workspace(2, []data.Reviewer{wang}, laptop)
	p, err := Plan(ws, file([]data.Reviewer{wang}, desktop))
	if err != nil {
		t.Fatal(err)
	}
	ws = Apply(ws, p)
	if got := ws.Reviews[KeyOf(desktop)]; got == nil || !reflect.DeepEqual(*got, desktop) {
		t.Fatalf("got %v, want the newer edit", got)
	}
	// Merging the laptop's older file back is ignored but keeps its history.
	p, _ = Plan(ws, file([]data.Reviewer{wang}, laptop))
	if len(p.Older) != 1 || len(p.Writes) != 0 || len(p.History) != 1 {
		t.Fatalf("older file: %+v", p)
	}
}

func TestSummary(t *testing.T) {
	ws := workspace(3, []data.Reviewer{{ID: "r-a", Name: "王芳"}}, review(1, li, 5))
	twin := data.Reviewer{ID: "r-b", Name: "王芳"}
	p, err := Plan(ws, file([]data.Reviewer{twin, li}, review(1, twin, 1), review(1, li, 4), review(8, li, 4)))
	if err != nil {
		t.Fatal(err)
	}
	zh := p.Summary("zh")
	for _, want := range []string{"新增评审人：2 (王芳 (2), 李雷)", "新增记录：1", "较旧而忽略：1", "拒绝记录：1", "本报告没有这条承诺"} {
		if !strings.Contains(zh, want) {
			t.Errorf("zh summary lacks %q:\n%s", want, zh)
		}
	}
	en := p.Summary("en")
	for _, want := range []string{"records added: 1", "older and ignored: 1", "rejected: 1", "this report has no such pledge"} {
		if !strings.Contains(en, want) {
			t.Errorf("en summary lacks %q:\n%s", want, en)
		}
	}
	ws = Apply(ws, p)
	p, _ = Plan(ws, file([]data.Reviewer{twin}, review(1, twin, 1)))
	if s := p.Summary("en"); !strings.Contains(s, "Nothing to write.") {
		t.Errorf("re-merge summary:\n%s", s)
	}
}

func TestPlanRejectsWrongClocks(t *testing.T) {
	li := data.Reviewer{ID: "r-li", Name: "李雷"}
	now := time.Date(2022, 1, 10, 8, 0, 0, 0, time.UTC)
	ok := review(1, li, now.Add(-time.Hour).UnixMilli())
	future := review(2, li, now.Add(30*24*time.Hour).UnixMilli())
	foreign := review(3, li, now.Add(-time.Hour).UnixMilli())
	foreign.Updated.Node = "r-someone-else"
	ws := workspace(5, nil)
	ws.Now = now
	p, err := Plan(ws, file([]data.Reviewer{li}, ok, future, foreign))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Added) != 1 || p.Added[0].Pledge != pledge(1) || len(p.Rejected) != 2 {
		t.Fatalf("added %v, rejected %+v", p.Added, p.Rejected)
	}
	for _, r := range p.Rejected {
		if r.Reason != BadRecord || !strings.Contains(r.Detail, "clock") {
			t.Errorf("rejection %+v does not name the clock", r)
		}
	}
	ws.Now = time.Time{} // without a clock to compare, only the owner is checked
	if p, _ := Plan(ws, file([]data.Reviewer{li}, ok, future, foreign)); len(p.Added) != 2 {
		t.Fatalf("with no Now, added %v", p.Added)
	}
}
