package store

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestOrderMergeIsKeyOrder checks orderMerge against the plain sort it
// replaces: by key, a review before its history, the given order among the
// writes of one record; one record per key. Pledge ids that are prefixes
// of others, and ids holding 0 bytes (whose keys do not sort as their
// parts, and can collide), are among them.
func TestOrderMergeIsKeyOrder(t *testing.T) {
	plain := []string{"r1/1", "r1/1.2", "r1/10", "r1/2", "r10/1", "r1/01.02.03"}
	reviewers := []string{"me", "r-01", "r-1", "k-ab", "r-0"}
	withZero := append(slices.Clone(plain), "r1/1\x00r-1", "r1/1\x00")
	zeroReviewers := append(slices.Clone(reviewers), "r-1\x00x", "\x00r-1")
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		ps, rs := plain, reviewers
		if round%2 == 1 {
			ps, rs = withZero, zeroReviewers
		}
		var w data.MergeWrite
		for range rng.IntN(60) {
			w.Reviews = append(w.Reviews, data.Review{PledgeID: ps[rng.IntN(len(ps))], ReviewerID: rs[rng.IntN(len(rs))]})
		}
		for range rng.IntN(60) {
			w.History = append(w.History, data.HistoryEntry{PledgeID: ps[rng.IntN(len(ps))], ReviewerID: rs[rng.IntN(len(rs))]})
		}
		checkOrder(t, w, orderMerge(w))
	}
}

type wantOp struct {
	key     string
	history bool
	i       int
}

func checkOrder(t *testing.T, w data.MergeWrite, got mergeBatch) {
	t.Helper()
	var want []wantOp
	for i, rv := range w.Reviews {
		want = append(want, wantOp{rv.PledgeID + "\x00" + rv.ReviewerID, false, i})
	}
	for i, e := range w.History {
		want = append(want, wantOp{e.PledgeID + "\x00" + e.ReviewerID, true, i})
	}
	slices.SortFunc(want, func(a, b wantOp) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		if a.history != b.history {
			if a.history {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.i, b.i)
	})
	if len(got.ops) != len(want) {
		t.Fatalf("%d ops, want %d", len(got.ops), len(want))
	}
	keys := 0
	for i, op := range got.ops {
		if i == 0 || want[i].key != want[i-1].key {
			keys++
		}
		key := string(got.records[op.rec].key)
		if key != want[i].key || op.history != want[i].history || op.i != want[i].i || op.rec != keys-1 {
			t.Fatalf("op %d = %q %+v, want %+v (record %d)", i, key, op, want[i], keys-1)
		}
	}
	if len(got.records) != keys {
		t.Fatalf("%d records, want one per key: %d", len(got.records), keys)
	}
	checkPledgeNumbers(t, w, got)
}

// checkPledgeNumbers checks what merger.pledgeExists relies on: a record's
// pledge number stands for the pledge of every review put under it, one
// number for one pledge; a record whose reviews may be of several pledges
// (ids holding 0 bytes) has none.
func checkPledgeNumbers(t *testing.T, w data.MergeWrite, got mergeBatch) {
	t.Helper()
	pledgeOf := map[int]string{}
	for _, op := range got.ops {
		rec := got.records[op.rec]
		if op.history || rec.pledge < 0 {
			continue
		}
		id := w.Reviews[op.i].PledgeID
		if was, ok := pledgeOf[rec.pledge]; ok && was != id {
			t.Fatalf("pledge number %d stands for %q and %q", rec.pledge, was, id)
		}
		pledgeOf[rec.pledge] = id
	}
	collide := false
	for _, rv := range w.Reviews {
		collide = collide || strings.ContainsRune(rv.PledgeID+rv.ReviewerID, 0)
	}
	for _, e := range w.History {
		collide = collide || strings.ContainsRune(e.PledgeID+e.ReviewerID, 0)
	}
	for _, rec := range got.records {
		if collide && rec.pledge >= 0 {
			t.Fatalf("record %q numbered %d among ids holding 0 bytes", rec.key, rec.pledge)
		}
	}
}
