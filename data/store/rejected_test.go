package store_test

import (
	"testing"

	"pledgereview/data/store"
)

// TestRejectedLinks: a rejection survives closing the workspace, is kept
// per pair of reports, and is forgotten on demand.
func TestRejectedLinks(t *testing.T) {
	s, path := openTemp(t)
	if err := s.SetRejectedLink("a-2025", "a-2026", "a-2025/03.01.02", "a-2026/01.00.04", true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRejectedLink("a-2025", "a-2026", "a-2025/03.01.03", "", true); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.RejectedLinks("a-2025", "a-2026")
	if err != nil || len(got) != 2 || got["a-2025/03.01.02"] != "a-2026/01.00.04" {
		t.Fatalf("after reopening: %v %v", got, err)
	}
	if other, _ := s.RejectedLinks("a-2025", "b-2026"); len(other) != 0 {
		t.Errorf("another pair holds %v", other)
	}
	if err := s.SetRejectedLink("a-2025", "a-2026", "a-2025/03.01.02", "", false); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.RejectedLinks("a-2025", "a-2026"); len(got) != 1 {
		t.Errorf("after forgetting one: %v", got)
	}
}
