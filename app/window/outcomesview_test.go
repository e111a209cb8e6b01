package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/data/parse/parsetest"
)

// outcomesOn is the outcomes view of two corpus reports, earlier → later,
// on a fresh desk in the interface language lang, with what it runs in.
type outcomesOn struct {
	a       fyne.App
	ws, cfg string
	d       *Desk
	pair    *workspace.OutcomePair
	v       *outcomesView
}

func openOutcomes(t *testing.T, lang, earlier, later string) outcomesOn {
	t.Helper()
	o := outcomesOn{a: test.NewTempApp(t)}
	o.a.Preferences().SetString(prefLanguage, lang)
	t.Cleanup(func() { setLanguage(langEn) })
	o.ws, o.cfg = tempPaths(t)
	o.d = newTestDesk(t, o.a, o.ws, o.cfg)
	addCorpusReport(t, o.d, earlier)
	addCorpusReport(t, o.d, later)
	pair, err := o.d.sess.Outcomes(parse.IDFromFileName(earlier), "")
	if err != nil || pair.To.ID != parse.IDFromFileName(later) {
		t.Fatalf("pair: %v %v", pair, err)
	}
	o.pair, o.v = pair, newOutcomesView(o.a, o.d.sess, pair, o.d.Reload)
	return o
}

// addCorpusReport imports a report of the corpus into the desk's workspace.
func addCorpusReport(t *testing.T, d *Desk, rel string) {
	t.Helper()
	addCorpusReportAs(t, d, rel, parse.IDFromFileName(rel))
}

// addCorpusReportAs imports a report of the corpus under the id given.
func addCorpusReportAs(t *testing.T, d *Desk, rel, id string) {
	t.Helper()
	r := parsetest.Corpus(t, rel, id)
	if err := d.sess.AddReport(r); err != nil {
		t.Fatal(err)
	}
}

func richText(v *outcomesView, which string) string {
	rt := v.pledge
	if which == "outcome" {
		rt = v.outcomeText
	}
	return strings.ReplaceAll(rt.String(), "\n", "") // the lines it is wrapped into
}

// TestOutcomesViewByKeyboard drives the view of last year's pledges by
// keys alone, in both languages: a filter, Enter on the compounds pledge
// on the pledge of old compounds records the outcome as my evidence with its source and the status it
// suggests, N shows the next candidate, Delete rejects and records
// nothing.
func TestOutcomesViewByKeyboard(t *testing.T) {
	for _, tt := range []struct{ lang, met, silent, accepted, arithmetic string }{
		{langZh, "达到", "未提及", "已采纳", "目标 5.3万个，实际 5.6万个 → 达到"},
		{langEn, "met", "not reported", "accepted", "target 5.3万个, actual 5.6万个 → met"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			o := openOutcomes(t, tt.lang, "national/2021-state-council.txt", "national/2022-state-council.txt")
			d, pair, v := o.d, o.pair, o.v
			key := func(k fyne.KeyName) { v.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

			key(fyne.Key2)
			if v.chip.Text() != tt.silent || !strings.Contains(v.counts.Text, tt.silent) || len(v.rows) == 0 {
				t.Errorf("filter 2 shows chip %q, counts %q", v.chip.Text(), v.counts.Text)
			}
			key(fyne.Key1)
			compounds, id := selectLinkOf(t, v, pair, "新开工改造城镇老旧小区5.3万个")
			if !strings.Contains(richText(v, "outcome"), "新开工改造城镇老旧小区5.6万个") || v.chip.Text() != tt.met ||
				strings.ReplaceAll(v.arithmetic.Text, "\n", "") != tt.arithmetic {
				t.Errorf("the pledge shows %q / %q / %q", richText(v, "outcome"), v.chip.Text(), v.arithmetic.Text)
			}
			key(fyne.KeyReturn)
			rv, err := d.sess.MyReview(id)
			if err != nil {
				t.Fatal(err)
			}
			if len(rv.Evidence) == 0 || !strings.HasPrefix(rv.Evidence[0].Text, "2022年报告 · 第一部分 · 第") || rv.Status == data.NotRated {
				t.Errorf("after Enter my review is %+v", rv)
			}
			if v.cur != compounds+1 || !strings.HasPrefix(v.rowLine(v.rows[compounds]), "√") {
				t.Errorf("after Enter: at %d, row %q", v.cur, v.rowLine(v.rows[compounds]))
			}
			key(fyne.KeyUp)
			if !strings.Contains(v.state.Text, tt.accepted) {
				t.Errorf("state %q, want %q", v.state.Text, tt.accepted)
			}
			// a pledge with candidates: N shows another sentence
			for pos, i := range v.rows {
				if len(pair.Links[i].Candidates) > 0 && len(pair.Links[i].Targets) == 0 {
					v.list.Select(pos)
					break
				}
			}
			before := richText(v, "outcome")
			key(fyne.KeyN)
			if richText(v, "outcome") == before || !strings.Contains(v.candidates.Text, "2") {
				t.Errorf("N did not show the next candidate: %q", v.candidates.Text)
			}
			i := v.rows[v.cur]
			key(fyne.KeyDelete)
			if row := v.rowLine(i); !strings.HasPrefix(row, "× ") {
				t.Errorf("Delete did not reject: %q", row)
			}
			if rv, _ := d.sess.MyReview(pair.Links[i].Pledge.ID); rv.HasContent() {
				t.Errorf("a rejected link was recorded: %+v", rv)
			}
		})
	}
}

// TestReviewChapterOnTheDesk: a review chapter is marked in the tree, holds
// no pledge, and choosing it shows its reported outcomes, greyed, with why.
func TestReviewChapterOnTheDesk(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	addCorpusReport(t, d, "national/2022-state-council.txt")
	d.switchReport("2022-state-council")
	settle(d.jobs)
	if d.loaded.report == nil || d.loaded.report.ID != "2022-state-council" {
		t.Fatal("the desk did not switch to the 2022 report")
	}
	c := d.loaded.report.Chapter(1)
	if got := chapterTitle(c); got != "回顾 · 2021年工作回顾" {
		t.Errorf("tree title %q", got)
	}
	d.showPart(data.Part{Chapter: 1})
	if len(d.listing.rows) != 0 {
		t.Errorf("%d pledges listed in the review chapter", len(d.listing.rows))
	}
	unwrap := func(s string) string { return strings.ReplaceAll(s, "\n", "") }
	if !strings.Contains(unwrap(d.views.detail.hint.Text), "已报告的兑现情况") || !d.views.detail.context.Visible() ||
		!strings.Contains(unwrap(d.views.detail.context.Text), "国内生产总值达到114万亿元") || d.views.detail.context.Importance != widget.LowImportance {
		t.Errorf("the review chapter shows %q / %q", d.views.detail.hint.Text, d.views.detail.context.Text[:min(len(d.views.detail.context.Text), 100)])
	}
	d.showPart(data.Part{Chapter: 3})
	if len(d.listing.rows) == 0 || d.views.detail.context.Visible() {
		t.Errorf("the plan chapter: %d rows, outcomes still shown", len(d.listing.rows))
	}
}
