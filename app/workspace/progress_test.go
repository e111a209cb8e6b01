package workspace

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"pledgereview/data"
)

// Progress travels in a real review file and merges as a set: the second
// import of the same file adds nothing, and a file without progress has no
// "progress" key at all.
func TestProgressTravelsInReviewFilesAndReimportChangesNothing(t *testing.T) {
	alice, bob := newColleague(t, "Alice"), newColleague(t, "Bob")
	plain := alice.export(t)
	raw, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(`"progress"`)) {
		t.Fatal("a file without progress updates carries a progress key")
	}
	for _, in := range []string{"1=1200@2021-03-31|季度通报", "1=3000@2021-09-30|通信管理局"} {
		u, err := data.ParseProgress(in)
		if err != nil {
			t.Fatal(err)
		}
		u.PledgeID = p1
		if _, err := alice.s.AddProgress(u); err != nil {
			t.Fatal(err)
		}
	}
	path := alice.export(t)
	if res := bob.merge(t, path); res.Progress != 2 {
		t.Fatalf("first merge added %d progress updates, want 2", res.Progress)
	}
	plan, err := planOne(bob.s, path)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Changes() || len(plan.Progress) != 0 {
		t.Fatalf("second merge would change %d updates", len(plan.Progress))
	}
	r, err := bob.s.DefaultReport()
	if err != nil {
		t.Fatal(err)
	}
	v, err := bob.s.Progress(r, time.Date(2021, 10, 8, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := r.Pledge(p1)
	got := v.Suggest(p)
	if got.Verdict != data.VerdictBehind || got.Latest.ReviewerID != alice.s.Me().ID {
		t.Errorf("Bob sees %s from %s (%s), want Alice's 3000 of 5000 behind schedule", got.Verdict, got.Latest.ReviewerID, got.Zh)
	}
}

// A progress update added after a merge is later work: undoing the merge
// is refused rather than losing it.
func TestUndoMergeKeepsLaterProgress(t *testing.T) {
	alice, bob := newColleague(t, "Alice"), newColleague(t, "Bob")
	bob.review(t, p2, map[string]int{"specific": 3}, data.InProgress)
	alice.merge(t, bob.export(t))
	if _, err := alice.s.AddProgress(data.ProgressUpdate{PledgeID: p1, Target: 1, Value: 1200, AsOf: "2021-03-31"}); err != nil {
		t.Fatal(err)
	}
	if err := alice.s.UndoLastMerge(); !errors.Is(err, ErrChangedSinceMerge) {
		t.Fatalf("undo after a progress update: %v, want ErrChangedSinceMerge", err)
	}
	if ups, _ := alice.s.store.PledgeProgress(p1); len(ups) != 1 {
		t.Errorf("%d updates after the refused undo, want 1", len(ups))
	}
}
