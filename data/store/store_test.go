package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

func openTemp(t testing.TB) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ws.pledgereview")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpenCreatesRubricAndReopens(t *testing.T) {
	s, path := openTemp(t)
	if got := len(s.Rubric().Criteria); got != 5 {
		t.Fatalf("default rubric has %d criteria, want 5", got)
	}
	r := datatest.Report("r1", 2, 2, 2)
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	var same *data.SameReportError
	if err := s.AddReport(r); !errors.As(err, &same) || same.ID != "r1" || !errors.Is(err, data.ErrSameReport) {
		t.Fatalf("second AddReport: %v, want the same report named as r1", err)
	}
	other := *r
	other.Fingerprint = "another text"
	if err := s.AddReport(&other); !errors.Is(err, data.ErrReportExists) || errors.Is(err, data.ErrSameReport) {
		t.Fatalf("another text under the same id: %v, want ErrReportExists", err)
	}
	s.Close()
	s2, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Report("r1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != r.Source || len(got.Pledges()) != len(r.Pledges()) {
		t.Fatalf("report did not survive reopen: %d pledges", len(got.Pledges()))
	}
	if _, err := s2.Report("nope"); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("missing report: %v", err)
	}
}

func TestSecondOpenIsLocked(t *testing.T) {
	_, path := openTemp(t)
	_, err := store.Open(path, store.Options{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, data.ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
}

func TestOpenDamagedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	junk := make([]byte, 64*1024)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	os.WriteFile(path, junk, 0o600)
	_, err := store.Open(path, store.Options{})
	if !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("open junk: %v, want ErrDamaged", err)
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(junk) {
		t.Fatal("opening a damaged file changed it")
	}
}

func TestSaveReviewHistoryAndClock(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 3)
	s.AddReport(r)
	id := r.Pledges()[1].ID
	rv := data.NewReview(id, "me")
	rv.Scores = map[string]int{"specific": 0}
	rv.Status = data.InProgress
	first, err := s.SaveReview(rv)
	if err != nil {
		t.Fatal(err)
	}
	rv.Scores["specific"] = 3
	rv.Note = "需要核实"
	second, err := s.SaveReview(rv)
	if err != nil {
		t.Fatal(err)
	}
	if second.Updated.Compare(first.Updated) <= 0 {
		t.Fatalf("clock did not advance: %+v then %+v", first.Updated, second.Updated)
	}
	same, err := s.SaveReview(rv)
	if err != nil || same.Updated != second.Updated {
		t.Fatalf("no-op save changed the clock: %v %+v", err, same.Updated)
	}
	got, _ := s.Review(id, "me")
	if got.Scores["specific"] != 3 || got.Note != "需要核实" || got.Status != data.InProgress {
		t.Fatalf("stored review = %+v", got)
	}
	h, err := s.History(id, "me")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 {
		t.Fatalf("history has %d entries, want 2", len(h))
	}
	want := map[string][2]string{"score.specific": {"0", "3"}, "note": {"", "需要核实"}}
	for _, c := range h[1].Changes {
		w, ok := want[c.Field]
		if !ok || w[0] != c.Old || w[1] != c.New {
			t.Errorf("unexpected change %+v", c)
		}
		delete(want, c.Field)
	}
	if len(want) != 0 {
		t.Errorf("history misses %v", want)
	}
}

func TestNotScoredIsNotZero(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 1)
	s.AddReport(r)
	id := r.Pledges()[0].ID
	rv := data.NewReview(id, "me")
	rv.Scores = map[string]int{"impact": 0}
	s.SaveReview(rv)
	got, _ := s.Review(id, "me")
	if v, ok := got.Scores["impact"]; !ok || v != 0 {
		t.Fatalf("a 0 score was lost: %v", got.Scores)
	}
	if _, ok := got.Scores["specific"]; ok {
		t.Fatal("an unscored criterion reads as scored")
	}
}

func TestSaveReviewRefusesBadInput(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 1)
	s.AddReport(r)
	id := r.Pledges()[0].ID
	cases := map[string]data.Review{
		"score out of range": {PledgeID: id, ReviewerID: "me", Scores: map[string]int{"specific": 5}},
		"unknown criterion":  {PledgeID: id, ReviewerID: "me", Scores: map[string]int{"beauty": 1}},
		"unknown status":     {PledgeID: id, ReviewerID: "me", Status: "sleeping"},
		"unknown pledge":     {PledgeID: "r1/99.99.99", ReviewerID: "me"},
		"no reviewer":        {PledgeID: id},
	}
	for name, rv := range cases {
		if _, err := s.SaveReview(rv); err == nil {
			t.Errorf("%s: saved, want an error", name)
		}
	}
	if h, _ := s.ReportHistory("r1"); len(h) != 0 {
		t.Fatalf("refused saves left history: %v", h)
	}
}

func TestReviewersAndReviewsByReport(t *testing.T) {
	s, _ := openTemp(t)
	a, b := datatest.Report("a", 1, 1, 2), datatest.Report("b", 1, 1, 2)
	s.AddReport(a)
	s.AddReport(b)
	s.PutReviewer(data.Reviewer{ID: "r-1", Name: " 王芳 "})
	s.PutReviewer(data.Reviewer{ID: "r-2", Name: "李雷"})
	for i, p := range a.Pledges() {
		s.SaveReview(datatest.Review(p.ID, "r-1", i))
	}
	s.SaveReview(datatest.Review(b.Pledges()[0].ID, "r-2", 1))
	ra, _ := s.Reviews("a")
	rb, _ := s.Reviews("b")
	if len(ra) != len(a.Pledges()) || len(rb) != 1 {
		t.Fatalf("reviews by report: a=%d b=%d", len(ra), len(rb))
	}
	revs, _ := s.Reviewers()
	if len(revs) != 2 || revs[0].Name != "王芳" {
		t.Fatalf("reviewers = %+v", revs)
	}
}

func TestReopenWritesNothing(t *testing.T) {
	s, path := openTemp(t)
	s.AddReport(datatest.Report("r1", 1, 1, 1))
	s.PutReviewer(data.Reviewer{ID: "me", Name: "王芳"})
	s.Close()
	before, _ := os.ReadFile(path)
	s2, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s2.PutReviewer(data.Reviewer{ID: "me", Name: "王芳"})
	s2.Reviews("r1")
	s2.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("opening and reading a workspace changed its file")
	}
}

func TestEditingTheReturnedReviewThenSavingIsSaved(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 1)
	s.AddReport(r)
	rv := data.NewReview(r.Pledges()[0].ID, "me")
	rv.Scores = map[string]int{"specific": 1}
	saved, err := s.SaveReview(rv)
	if err != nil {
		t.Fatal(err)
	}
	saved.Scores["specific"] = 4 // the caller edits what it was given
	if _, err := s.SaveReview(saved); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Review(rv.PledgeID, "me")
	if got.Scores["specific"] != 4 {
		t.Fatalf("the second save was dropped: stored %v", got.Scores)
	}
}
