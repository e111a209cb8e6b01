package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// fillTemp makes a workspace with one report and one review, closed.
func fillTemp(t *testing.T) (path string, rv data.Review) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "ws.pledgereview")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := datatest.Report("r1", 1, 2, 2)
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	rv, err = s.SaveReview(datatest.Review(r.Pledges()[0].ID, "me", 1))
	if err != nil {
		t.Fatal(err)
	}
	return path, rv
}

// checkReadOnly reads the workspace and tries a save: the reads work, the
// save says why it cannot be, and the file is unchanged.
func checkReadOnly(t *testing.T, s *store.Store, path string, rv data.Review) {
	t.Helper()
	if !s.ReadOnly() {
		t.Fatal("the workspace is not open read-only")
	}
	before, _ := os.ReadFile(path)
	got, err := s.Review(rv.PledgeID, "me")
	if err != nil || got.Note != rv.Note {
		t.Fatalf("read in a read-only workspace: %q, %v", got.Note, err)
	}
	if _, err := s.Snapshot("r1"); err != nil {
		t.Fatalf("snapshot of a read-only workspace: %v", err)
	}
	rv.Note = "typed while read-only"
	if _, err := s.SaveReview(rv); !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("save in a read-only workspace: %v, want ErrReadOnly", err)
	}
	if err := s.PutReviewer(data.Reviewer{ID: "x", Name: "X"}); !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("PutReviewer in a read-only workspace: %v, want ErrReadOnly", err)
	}
	if _, err := s.AddProgress(data.ProgressUpdate{PledgeID: rv.PledgeID, ReviewerID: "me", Value: 50, AsOf: "2021-06-30"}); !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("AddProgress in a read-only workspace: %v, want ErrReadOnly", err)
	}
	if err := s.SetScheduleSettings(data.DefaultScheduleSettings()); !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("SetScheduleSettings in a read-only workspace: %v, want ErrReadOnly", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("a read-only workspace was written")
	}
}

func TestOpenReadOnlyWhenAsked(t *testing.T) {
	path, rv := fillTemp(t)
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkReadOnly(t, s, path, rv)
	// a second reader may open it at the same time
	s2, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second read-only open: %v", err)
	}
	s2.Close()
}

// TestOpenReadOnlyFile: a file without write permission opens read-only,
// for root too (a file with no write bit is taken as the user's wish).
func TestOpenReadOnlyFile(t *testing.T) {
	path, rv := fillTemp(t)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("open a read-only file: %v", err)
	}
	defer s.Close()
	checkReadOnly(t, s, path, rv)
}

func TestReadOnlyMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.pledgereview")
	if _, err := store.Open(path, store.Options{ReadOnly: true}); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("read-only open of a missing file: %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a read-only open created the file")
	}
}
