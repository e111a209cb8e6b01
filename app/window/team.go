package window

import (
	"slices"
	"strings"

	"pledgereview/data"
	"pledgereview/data/share"
)

// team is every reviewer's work on the report on the desk: the reviews of
// each pledge (mine and my colleagues'), who disagrees where, and the names
// to show. The side-by-side view, the disagreement mark of the list, the
// Disputed filter and queue and the Agreement view read it. It is built
// when the report is loaded (after a merge too) and kept up to date when I
// save, one pledge at a time.
type team struct {
	me        string
	reviewers []data.Reviewer
	names     map[string]string        // display names, "王芳 (2)" for a second 王芳
	byPledge  map[string][]data.Review // sorted by reviewer id
	disputes  map[string]*data.Dispute // by pledge id
	disputed  []bool                   // by index row: reviewers disagree
	rowOf     func(string) (int, bool) // index row of a pledge id
	count     int                      // pledges in dispute
}

func newTeam(ix *data.Index, me string, reviewers []data.Reviewer, reviews []data.Review) *team {
	t := &team{me: me, reviewers: reviewers, names: share.DisplayNames(reviewers),
		byPledge: map[string][]data.Review{}, disputes: map[string]*data.Dispute{},
		disputed: make([]bool, len(ix.Rows)), rowOf: ix.Position}
	for _, rv := range reviews {
		t.byPledge[rv.PledgeID] = append(t.byPledge[rv.PledgeID], rv)
	}
	for _, d := range data.Disputes(reviews) {
		t.setDispute(d.PledgeID, &d)
	}
	return t
}

func (t *team) setDispute(pledgeID string, d *data.Dispute) {
	if d == nil {
		if _, ok := t.disputes[pledgeID]; ok {
			delete(t.disputes, pledgeID)
			t.count--
		}
	} else {
		if _, ok := t.disputes[pledgeID]; !ok {
			t.count++
		}
		t.disputes[pledgeID] = d
	}
	if i, ok := t.rowOf(pledgeID); ok {
		t.disputed[i] = d != nil
	}
}

// set puts a review I saved in place and works out the pledge's dispute again.
func (t *team) set(rv data.Review) {
	rs := t.byPledge[rv.PledgeID]
	i := slices.IndexFunc(rs, func(x data.Review) bool { return x.ReviewerID == rv.ReviewerID })
	if i >= 0 {
		rs[i] = rv
	} else {
		rs = append(rs, rv)
		slices.SortFunc(rs, func(a, b data.Review) int { return strings.Compare(a.ReviewerID, b.ReviewerID) })
	}
	t.byPledge[rv.PledgeID] = rs
	var d *data.Dispute
	if ds := data.Disputes(rs); len(ds) > 0 {
		d = &ds[0]
	}
	t.setDispute(rv.PledgeID, d)
}

// name is how a reviewer is shown.
func (t *team) name(id string) string {
	if n, ok := t.names[id]; ok {
		return n
	}
	return id
}

// reviewsOf returns the reviews of a pledge that hold a judgement, mine
// first, then my colleagues' by name.
func (t *team) reviewsOf(pledgeID string) []data.Review {
	var out []data.Review
	for _, rv := range t.byPledge[pledgeID] {
		if rv.HasContent() {
			out = append(out, rv)
		}
	}
	slices.SortStableFunc(out, func(a, b data.Review) int {
		am, bm := a.ReviewerID == t.me, b.ReviewerID == t.me
		switch {
		case am && !bm:
			return -1
		case bm && !am:
			return 1
		}
		return strings.Compare(t.name(a.ReviewerID), t.name(b.ReviewerID))
	})
	return out
}

// all returns every review of the report.
func (t *team) all() []data.Review {
	var out []data.Review
	for _, rs := range t.byPledge {
		out = append(out, rs...)
	}
	return out
}

// queue returns the disputed pledges, the largest disagreement first.
func (t *team) queue() []data.Dispute {
	out := make([]data.Dispute, 0, len(t.disputes))
	for _, d := range t.disputes {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b data.Dispute) int {
		if a.Amount != b.Amount {
			return b.Amount - a.Amount
		}
		return strings.Compare(a.PledgeID, b.PledgeID)
	})
	return out
}

// keep returns the rows of in where reviewers disagree, in a new slice.
func (t *team) keep(in []int) []int {
	out := make([]int, 0, min(len(in), t.count))
	for _, i := range in {
		if i >= 0 && i < len(t.disputed) && t.disputed[i] {
			out = append(out, i)
		}
	}
	return out
}
