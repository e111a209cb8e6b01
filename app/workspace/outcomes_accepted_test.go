package workspace

import (
	"errors"
	"path/filepath"
	"testing"

	"pledgereview/data/datatest"
	"pledgereview/data/outcome"
)

// TestAcceptedCandidateGivesTheVerdict: on Gansu 2025 → 2026, a candidate
// the reviewer chose and accepted is the pledge's outcome when the pair is
// read again, with the verdict it gives, and the packs (the review set)
// carry that verdict; a link rejected reaches them as rejected, without
// its arithmetic.
func TestAcceptedCandidateGivesTheVerdict(t *testing.T) {
	a, pair := gansuPair(t)
	var chosen, rejected outcome.Link
	for _, k := range pair.Links {
		for _, c := range k.Candidates {
			if ch := outcome.Choose(pair.To, k, c); k.Best != nil && len(k.Targets) == 0 && ch.Verdict != k.Verdict && chosen.Best == nil {
				chosen = ch
			}
		}
		if k.Verdict == outcome.Missed && k.Arithmetic != "" && chosen.Pledge.ID != k.Pledge.ID {
			rejected = k
		}
	}
	if chosen.Best == nil || rejected.Best == nil {
		t.Fatal("no candidate that changes a verdict, or no missed link, on Gansu")
	}
	if _, err := a.s.AcceptOutcome(pair, chosen); err != nil {
		t.Fatal(err)
	}
	if err := a.s.RejectOutcome(pair, rejected); err != nil {
		t.Fatal(err)
	}

	again, err := a.s.Outcomes("gansu-2025", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range again.Links {
		if k.Pledge.ID == chosen.Pledge.ID && (k.Best == nil || k.Best.Outcome.ID != chosen.Best.Outcome.ID || k.Verdict != chosen.Verdict || !again.Accepts(k)) {
			t.Errorf("read again, %s links %v (%s), accepted %v; the reviewer accepted %s (%s)",
				k.Pledge.ID, k.Best, k.Verdict, again.Accepts(k), chosen.Best.Outcome.ID, chosen.Verdict)
		}
	}
	set, err := a.s.ReviewSet("gansu-2025")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range set.Outcomes {
		switch row.PledgeID {
		case chosen.Pledge.ID:
			if row.Verdict != chosen.Verdict {
				t.Errorf("the packs judge %s %s, the link accepted says %s", row.PledgeID, row.Verdict, chosen.Verdict)
			}
		case rejected.Pledge.ID:
			if row.Verdict != outcome.Rejected || row.Arithmetic != "" || row.Outcome != "" {
				t.Errorf("the packs show the rejected %s as %+v", row.PledgeID, row)
			}
		}
	}
}

// TestNothingToAccept: a pledge the review says nothing of, in whole or in
// any clause, has no outcome to accept: accepting it is refused and leaves
// the reviewer's record as it was, so no mark shows what was never stored.
func TestNothingToAccept(t *testing.T) {
	a, pair := gansuPair(t)
	for _, k := range pair.Links {
		if k.Reported() || len(k.Targets) == 0 {
			continue
		}
		if _, err := a.s.AcceptOutcome(pair, k); !errors.Is(err, ErrNothingToAccept) {
			t.Fatalf("accepting %s, which the review says nothing of: %v, want ErrNothingToAccept", k.Pledge.ID, err)
		}
		if pair.Accepts(k) {
			t.Errorf("%s shows as accepted", k.Pledge.ID)
		}
		rv, err := a.s.MyReview(k.Pledge.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(rv.Evidence) > 0 || !rv.Updated.IsZero() {
			t.Errorf("%s: the record changed: %+v", k.Pledge.ID, rv)
		}
		return
	}
	t.Fatal("no pledge of clauses the review says nothing of, on Gansu")
}

// gansuPair is a reviewer's workspace holding 甘肃 2025 and 2026, and the
// pair linked.
func gansuPair(t *testing.T) (*colleague, *OutcomePair) {
	t.Helper()
	corpus := datatest.CorpusDir(t)
	a := newColleague(t, "王芳")
	importAs(t, a, filepath.Join(corpus, "provinces-2025", "2025年甘肃省政府工作报告.docx"), "gansu-2025")
	importAs(t, a, filepath.Join(corpus, "provinces-2026", "2026年甘肃政府工作报告.txt"), "gansu-2026")
	pair, err := a.s.Outcomes("gansu-2025", "")
	if err != nil {
		t.Fatal(err)
	}
	return a, pair
}
