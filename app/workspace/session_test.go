package workspace

import (
	"errors"
	"sync"
	"testing"
	"time"

	"pledgereview/data"
)

// What the window and the CLI read and write goes through the session, on
// a workspace file on disk, as the local reviewer.
func TestSessionReadsAndSavesAsMe(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	b.review(t, p2, map[string]int{"specific": 1}, data.Behind)
	a.merge(t, b.export(t))

	rv := data.NewReview(p1, b.s.Me().ID) // someone else's id: a session saves as its own reviewer
	rv.Note = "已完成选址"
	saved, err := a.s.SaveReview(rv)
	if err != nil || saved.ReviewerID != a.s.Me().ID {
		t.Fatalf("saved %+v (%v), want it as %s's", saved, err, a.s.Me().ID)
	}
	if mine, err := a.s.MyReview(p1); err != nil || mine.Note != "已完成选址" {
		t.Errorf("my review %+v (%v)", mine, err)
	}
	if theirs, _ := a.s.store.Review(p1, b.s.Me().ID); theirs.Note != "" {
		t.Errorf("a save in my name wrote %s's review: %+v", b.name, theirs)
	}
	if mine, err := a.s.MyReviews("taiyuan-2021"); err != nil || len(mine) != 1 || mine[p1].Note != "已完成选址" {
		t.Errorf("my reviews %+v (%v)", mine, err)
	}
	if hist, err := a.s.MyHistory(p1); err != nil || len(hist) != 1 || hist[0].Changes[0].New != "已完成选址" {
		t.Errorf("my history %+v (%v)", hist, err)
	}
	if hist, _ := a.s.MyHistory(p2); len(hist) != 0 {
		t.Errorf("my history of a pledge only %s reviewed: %+v", b.name, hist)
	}

	d, err := a.s.LoadDesk("no-such-report", time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if d.Report.ID != "taiyuan-2021" || len(d.Reports) != 1 || len(d.Reviews) != 2 || len(d.Reviewers) != 2 || d.Progress == nil {
		t.Errorf("desk of an unknown id: report %s, %d reports, %d reviews, %d reviewers", d.Report.ID, len(d.Reports), len(d.Reviews), len(d.Reviewers))
	}
	if len(a.s.Rubric().Criteria) == 0 {
		t.Error("the session has no rubric")
	}
	if r, err := a.s.Report("taiyuan-2021"); err != nil || r.ID != d.Report.ID {
		t.Errorf("Report: %v", err)
	}
	if _, err := a.s.Report("beijing-2021"); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("an unknown report: %v, want ErrNotFound", err)
	}
}

// CheckUndoMerge says what an undo would do and changes nothing.
func TestCheckUndoMergeSaysWhatAnUndoWouldDo(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	if _, err := a.s.CheckUndoMerge(); !errors.Is(err, ErrNoMerge) {
		t.Fatalf("no merge yet: %v, want ErrNoMerge", err)
	}
	b.review(t, p1, map[string]int{"impact": 4}, data.Done)
	path := b.export(t)
	before := time.Now().Add(-time.Second)
	a.merge(t, path)
	after := time.Now().Add(time.Second)
	last, err := a.s.CheckUndoMerge()
	if err != nil {
		t.Fatal(err)
	}
	if last.When.Before(before) || last.When.After(after) {
		t.Errorf("the merge is said to be of %v, not between %v and %v", last.When, before, after)
	}

	a.review(t, p2, map[string]int{"specific": 2}, data.InProgress)
	held := a.reviews(t)
	if _, err := a.s.CheckUndoMerge(); !errors.Is(err, ErrChangedSinceMerge) {
		t.Fatalf("after a save: %v, want ErrChangedSinceMerge", err)
	}
	if err := a.s.UndoLastMerge(); !errors.Is(err, ErrChangedSinceMerge) {
		t.Fatalf("undo after a save: %v, want ErrChangedSinceMerge", err)
	}
	if got := a.reviews(t); len(got) != len(held) {
		t.Errorf("the refused undo changed the workspace: %d reviews, had %d", len(got), len(held))
	}
}

// An undo swaps the store while others read it: every read sees either the
// workspace before the undo or the one after, never a closed store.
func TestUndoWhileOthersRead(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	b.review(t, p1, map[string]int{"impact": 4}, data.Done)
	b.review(t, p2, map[string]int{"impact": 1}, data.Behind)
	a.merge(t, b.export(t))

	stop := make(chan struct{})
	errs := make(chan error, 64)
	var readers, started sync.WaitGroup
	for range 4 {
		readers.Add(1)
		started.Add(1)
		go func() {
			defer readers.Done()
			for first := true; ; first = false {
				select {
				case <-stop:
					return
				default:
				}
				d, err := a.s.LoadDesk("taiyuan-2021", time.Now())
				if err == nil && len(d.Reviews) != 0 && len(d.Reviews) != 2 {
					err = errors.New("a read saw half an undo")
				}
				if err == nil {
					_, err = a.s.ExportReviewFile("taiyuan-2021", true, time.Now())
				}
				if first {
					started.Done()
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	started.Wait() // every reader is reading when the undo starts
	err := a.s.UndoLastMerge()
	close(stop)
	readers.Wait()
	close(errs)
	if err != nil {
		t.Fatal(err)
	}
	for err := range errs {
		t.Errorf("a read during the undo: %v", err)
	}
	if got := a.reviews(t); len(got) != 0 {
		t.Errorf("%d reviews after the undo, want none", len(got))
	}
}
