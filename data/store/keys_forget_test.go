package store_test

import (
	"path/filepath"
	"pledgereview/data/store"
	"testing"

	"pledgereview/data"
)

// Forgetting a key drops it and the reviewer's seals of every report, and
// leaves other reviewers' keys and seals as they were.
func TestForgetKeyDropsKeyAndSeals(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "ws.pledgereview"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	seal := func(report, reviewer string) data.StoredSeal {
		return data.StoredSeal{ReportID: report, ReviewerID: reviewer, Newest: data.HLC{Wall: 1, Node: reviewer}, Seal: []byte("{}"), Signature: []byte("sig")}
	}
	w := data.MergeWrite{Source: "test",
		Keys:  []data.ReviewerKey{{ReviewerID: "r-liu", PublicKey: []byte("old key")}, {ReviewerID: "r-li", PublicKey: []byte("li's key")}},
		Seals: []data.StoredSeal{seal("a", "r-liu"), seal("b", "r-liu"), seal("a", "r-li")}}
	if _, err := s.ApplyMerge(w); err != nil {
		t.Fatal(err)
	}
	if forgot, err := s.ForgetKey("r-nobody"); forgot || err != nil {
		t.Fatalf("forget an unknown reviewer: %v %v", forgot, err)
	}
	if forgot, err := s.ForgetKey("r-liu"); !forgot || err != nil {
		t.Fatalf("forget: %v %v", forgot, err)
	}
	keys, err := s.ReviewerKeys()
	if err != nil || len(keys) != 1 || string(keys["r-li"]) != "li's key" {
		t.Fatalf("keys left: %q %v", keys, err)
	}
	for report, want := range map[string]int{"a": 1, "b": 0} {
		seals, err := s.Seals(report)
		if err != nil || len(seals) != want || (want == 1 && seals["r-li"].ReviewerID != "r-li") {
			t.Errorf("seals of %s left: %+v %v", report, seals, err)
		}
	}
	w.Keys, w.Seals = []data.ReviewerKey{{ReviewerID: "r-liu", PublicKey: []byte("new key")}}, nil
	if _, err := s.ApplyMerge(w); err != nil {
		t.Fatalf("pin the new key: %v", err)
	}
	if keys, _ := s.ReviewerKeys(); string(keys["r-liu"]) != "new key" {
		t.Errorf("pinned after forgetting: %q", keys)
	}
}
