package workspace

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

const (
	p1 = "taiyuan-2021/01.01.00"
	p2 = "taiyuan-2021/01.01.01"
	p3 = "taiyuan-2021/01.02.00"
)

type colleague struct {
	name string
	s    *Session
	dir  string
}

func newColleague(t *testing.T, name string) *colleague {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SetName(name); err != nil {
		t.Fatal(err)
	}
	return &colleague{name: name, s: s, dir: dir}
}

func (c *colleague) review(t *testing.T, pledge string, scores map[string]int, st data.Status) {
	t.Helper()
	rv := data.NewReview(pledge, c.s.Me().ID)
	rv.Scores, rv.Status = scores, st
	if _, err := c.s.store.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
}

func (c *colleague) export(t *testing.T) string {
	t.Helper()
	path := filepath.Join(c.dir, share.DefaultFileName("taiyuan-2021", c.name, time.Now()))
	if _, err := c.s.WriteReviewFile(path, "taiyuan-2021", false, time.Now()); err != nil {
		t.Fatal(err)
	}
	return path
}

func (c *colleague) merge(t *testing.T, path string) data.MergeResult {
	t.Helper()
	plan, err := planOne(c.s, path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := applyOne(c.s, plan, path)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// planOne plans the merge of one file, as the window and the CLI do for
// each file they are given.
func planOne(s *Session, path string) (share.MergePlan, error) {
	mp, err := s.PlanMerges([]string{path})
	if err != nil {
		return share.MergePlan{}, err
	}
	return mp.Files[0].Plan, mp.Files[0].Err
}

// applyOne merges one planned file; an unsigned one the user did not
// accept is refused.
func applyOne(s *Session, plan share.MergePlan, path string) (data.MergeResult, error) {
	mp := MultiPlan{Files: []FilePlan{{Path: path, Plan: plan}}}
	mp.RefuseUnsigned()
	if refused := mp.Refused(); len(refused) > 0 {
		return data.MergeResult{}, refused[0].Err
	}
	return s.ApplyMerges(mp)
}

func (c *colleague) reviews(t *testing.T) []data.Review {
	rv, err := c.s.store.Reviews("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	return rv
}

func TestThreeColleaguesConverge(t *testing.T) {
	a, b, c := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "王芳")
	sc := func(spec, impact int) map[string]int { return map[string]int{"specific": spec, "impact": impact} }
	a.review(t, p1, sc(1, 0), data.NotRated)
	b.review(t, p1, sc(1, 4), data.NotRated)
	c.review(t, p1, map[string]int{"specific": 1}, data.NotRated)
	a.review(t, p2, map[string]int{"specific": 2}, data.Done)
	b.review(t, p2, map[string]int{"specific": 2}, data.Behind)
	c.review(t, p2, map[string]int{"specific": 2}, data.NotRated)
	for _, x := range []*colleague{a, b, c} {
		x.review(t, p3, map[string]int{"specific": 3}, data.Done)
	}
	fa, fb, fc := a.export(t), b.export(t), c.export(t)

	a.merge(t, fb)
	a.merge(t, fc)
	b.merge(t, fc)
	b.merge(t, fa)
	c.merge(t, fa)
	c.merge(t, fb)
	want := a.reviews(t)
	if len(want) != 9 {
		t.Fatalf("a holds %d records, want 9", len(want))
	}
	for _, x := range []*colleague{b, c} {
		if got := x.reviews(t); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s ends with other records than 王芳:\n%v\n%v", x.name, got, want)
		}
	}
	if again := a.merge(t, fb); again.Written != 0 || again.History != 0 {
		t.Fatalf("merging the same file again wrote %+v", again)
	}

	// Two people named 王芳 stay two reviewers.
	reviewers, _ := a.s.store.Reviewers()
	names := share.DisplayNames(reviewers)
	if len(reviewers) != 3 || names[a.s.Me().ID] == names[c.s.Me().ID] {
		t.Fatalf("reviewers %v shown as %v", reviewers, names)
	}

	disputes := data.Disputes(want)
	if len(disputes) != 2 || disputes[0].PledgeID != p1 || disputes[0].Amount != 4 || disputes[1].PledgeID != p2 || disputes[1].Amount != 2 {
		t.Fatalf("disputes = %+v", disputes)
	}
	ag := data.ReviewAgreement(a.s.store.Rubric(), reviewers, want)
	for _, cr := range ag.Criteria {
		switch cr.Criterion {
		case "specific":
			if !cr.OK || math.Abs(cr.Ordinal-1) > 1e-9 || math.Abs(cr.Interval-1) > 1e-9 || cr.Units != 3 {
				t.Errorf("specific agreement = %+v, want alpha 1 over 3 pledges", cr)
			}
		case "impact":
			// One pledge scored 0 and 4 is too little data, not disagreement.
			if cr.OK || !cr.TooFew || cr.Units != 1 {
				t.Errorf("impact agreement = %+v, want too few over 1 pledge", cr)
			}
		}
	}
	if ag.StatusOK || !ag.StatusTooFew || ag.StatusUnits != 2 {
		t.Fatalf("status agreement = %v over %d, want too few (p2, p3)", ag.Status, ag.StatusUnits)
	}
}

func TestMergeRefusalsLeaveWorkspaceUnchanged(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	a.review(t, p1, map[string]int{"specific": 1}, data.Done)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	good := b.export(t)
	raw, _ := os.ReadFile(good)
	before := a.reviews(t)

	damaged := filepath.Join(b.dir, "damaged.json")
	os.WriteFile(damaged, raw[:len(raw)/2], 0o644)
	edited := filepath.Join(b.dir, "edited.json")
	os.WriteFile(edited, []byte(replaceOnce(string(raw), `"specific":4`, `"specific":3`)), 0o644)
	other := filepath.Join(b.dir, "other.json")
	f, _ := b.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	f.Fingerprint = "0000"
	otherText, _ := share.ContentOf("另一份报告：一段完全不同的文字。")
	f.Content = &otherText // another report: its text is not this one's
	enc, _ := share.Encode(f, b.s.key)
	os.WriteFile(other, enc, 0o644)

	for path, want := range map[string]error{damaged: share.ErrDamaged, edited: share.ErrForged, other: share.ErrWrongReport} {
		if _, err := planOne(a.s, path); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", filepath.Base(path), err, want)
		}
	}
	if _, err := planOne(a.s, filepath.Join(b.dir, "missing.json")); err == nil {
		t.Error("a missing file was planned")
	}
	if !reflect.DeepEqual(a.reviews(t), before) {
		t.Fatal("a refused file changed the workspace")
	}
	if a.s.CanUndoMerge() {
		t.Fatal("a refused merge left a backup to undo")
	}

	a.merge(t, good)
	if len(a.reviews(t)) != 2 || !a.s.CanUndoMerge() {
		t.Fatal("merge did not add the colleague's record or left no backup")
	}
	if err := a.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.reviews(t), before) || a.s.CanUndoMerge() {
		t.Fatal("undo did not restore the workspace as it was")
	}
	if err := a.s.UndoLastMerge(); err == nil {
		t.Fatal("a second undo with no merge left succeeded")
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	panic("not found: " + old)
}

func TestUndoRefusedAfterALaterSave(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	a.merge(t, b.export(t))
	a.review(t, p2, map[string]int{"impact": 2}, data.Done) // work done after the merge
	before := a.reviews(t)
	if err := a.s.UndoLastMerge(); !errors.Is(err, ErrChangedSinceMerge) {
		t.Fatalf("undo after a later save: %v, want ErrChangedSinceMerge", err)
	}
	if !reflect.DeepEqual(a.reviews(t), before) {
		t.Fatal("a refused undo changed the workspace")
	}
}
