package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"pledgereview/data"
	"pledgereview/data/share"
)

// mergeAll merges files in one go and fails the test on a workspace error.
func (c *colleague) mergeAll(t *testing.T, paths ...string) (MultiPlan, data.MergeResult) {
	t.Helper()
	mp, err := c.s.PlanMerges(paths)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.s.ApplyMerges(mp)
	if err != nil {
		t.Fatal(err)
	}
	return mp, res
}

func (c *colleague) history(t *testing.T) []data.HistoryEntry {
	t.Helper()
	h, err := c.s.store.ReportHistory("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// colleagues returns the reviewers the workspace holds but its own.
func (c *colleague) colleagues(t *testing.T) []data.Reviewer {
	t.Helper()
	all, err := c.s.store.Reviewers()
	if err != nil {
		t.Fatal(err)
	}
	var out []data.Reviewer
	for _, rv := range all {
		if rv.ID != c.s.Me().ID {
			out = append(out, rv)
		}
	}
	return out
}

func TestMergeFilesAtOnceEqualsOneByOne(t *testing.T) {
	a, b, c := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "王芳")
	a.review(t, p1, map[string]int{"specific": 1}, data.Done)
	a.review(t, p2, map[string]int{"specific": 3}, data.Behind)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	c.review(t, p1, map[string]int{"specific": 2}, data.NotRated)
	c.review(t, p3, map[string]int{"specific": 0}, data.Done)
	fa, fc := a.export(t), c.export(t)
	fbOld := b.export(t)
	os.Rename(fbOld, filepath.Join(b.dir, "old.json"))
	fbOld = filepath.Join(b.dir, "old.json")
	// 李雷 changes his mind: the newer file of the same reviewer wins over
	// the older one whatever the order, and both edits stay in the history.
	b.review(t, p1, map[string]int{"specific": 3}, data.InProgress)
	b.review(t, p2, map[string]int{"specific": 1}, data.Done)
	fbNew := b.export(t)
	raw, _ := os.ReadFile(fa)
	damaged := filepath.Join(a.dir, "damaged.json")
	os.WriteFile(damaged, raw[:len(raw)-40], 0o644)

	order := []string{fbNew, fa, damaged, fbOld, fc}
	one := newColleague(t, "赵敏")
	for _, path := range order {
		if path != damaged {
			one.merge(t, path)
		}
	}
	at := newColleague(t, "赵敏")
	mp, res := at.mergeAll(t, order...)

	refused := mp.Refused()
	if len(refused) != 1 || refused[0].Path != damaged || !errors.Is(refused[0].Err, share.ErrDamaged) {
		t.Fatalf("refused = %+v", refused)
	}
	if len(mp.Files) != len(order) || mp.Files[2].Err == nil {
		t.Fatalf("plans = %+v", mp.Files)
	}
	// Each file is planned against the files before it.
	if old := mp.Files[3].Plan; len(old.Older) != 1 || old.Older[0].Pledge != p1 || len(old.Added)+len(old.Updated) != 0 || len(old.ReviewersAdded) != 0 {
		t.Fatalf("the older file of 李雷 after the newer one: %+v", old)
	}
	if len(mp.Files[0].Plan.ReviewersAdded) != 1 || len(mp.Files[1].Plan.ReviewersAdded) != 1 || len(mp.Files[4].Plan.ReviewersAdded) != 1 {
		t.Fatal("a reviewer was not planned as added exactly once")
	}
	if res.Written != 6 || res.Reviewers != 3 || res.Skipped != 0 {
		t.Fatalf("merge result = %+v", res)
	}

	// One backup for the whole merge.
	backups, _ := at.s.backups()
	if len(backups) != 1 {
		t.Fatalf("%d backups, want 1", len(backups))
	}

	want := one.reviews(t)
	if len(want) != 6 {
		t.Fatalf("one by one: %d records, want 6", len(want))
	}
	if got := at.reviews(t); !reflect.DeepEqual(got, want) {
		t.Fatalf("merged at once:\n%v\none by one:\n%v", got, want)
	}
	if got, want := at.history(t), one.history(t); !reflect.DeepEqual(got, want) {
		t.Fatalf("history merged at once:\n%v\none by one:\n%v", got, want)
	}
	rOne, rAt := one.colleagues(t), at.colleagues(t)
	if !reflect.DeepEqual(rAt, rOne) || len(rAt) != 3 {
		t.Fatalf("reviewers %v, one by one %v", rAt, rOne)
	}
	// The newer file, merged first, carries both edits: the older file's
	// entry is not repeated.
	if h, _ := at.s.store.History(p1, b.s.Me().ID); len(h) != 2 || h[0].Source != filepath.Base(fbNew) || h[1].Source != filepath.Base(fbNew) {
		t.Fatalf("李雷's history of p1 = %+v, want both edits once, from the newer file", h)
	}

	// Another order gives the same records; the same files again change nothing.
	other := newColleague(t, "赵敏")
	other.mergeAll(t, fc, fbOld, fa, fbNew)
	if got := other.reviews(t); !reflect.DeepEqual(got, want) {
		t.Fatalf("another order:\n%v\n%v", got, want)
	}
	if _, res := at.mergeAll(t, order...); res != (data.MergeResult{}) {
		t.Fatalf("merging the same files again: %+v", res)
	}

	// The second merge still backed up (the older file brings history to
	// check); two undos go back to before the first.
	if err := at.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if err := at.s.UndoLastMerge(); err != nil || len(at.reviews(t)) != 0 {
		t.Fatalf("undoing both merges: %v, %d records left", err, len(at.reviews(t)))
	}
}

func TestMergeFilesRefusedAllChangeNothing(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	good := b.export(t)
	raw, _ := os.ReadFile(good)
	damaged := filepath.Join(b.dir, "damaged.json")
	os.WriteFile(damaged, raw[:len(raw)/2], 0o644)
	before := a.reviews(t)
	mp, res := a.mergeAll(t, damaged, filepath.Join(b.dir, "missing.json"))
	if len(mp.Refused()) != 2 || mp.Changes() || res != (data.MergeResult{}) {
		t.Fatalf("plan %+v, result %+v", mp, res)
	}
	if !reflect.DeepEqual(a.reviews(t), before) || a.s.CanUndoMerge() {
		t.Fatal("refused files changed the workspace or left a backup")
	}
	if mp, err := a.s.PlanMerges(nil); err != nil || len(mp.Files) != 0 {
		t.Fatalf("no files: %+v %v", mp, err)
	}
}
