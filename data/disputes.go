package data

import (
	"cmp"
	"slices"
)

// DisputeReason is one way the reviewers of a pledge disagree: on a
// criterion's score (Criterion set, scores from Min to Max) or on the
// delivery status (Criterion empty, Statuses the distinct ones given).
type DisputeReason struct {
	Criterion string
	Min, Max  int
	Statuses  []Status
}

// Dispute is a pledge on which reviewers disagree.
type Dispute struct {
	PledgeID string
	// Amount says how much they disagree: the sum of the spreads (max-min)
	// of the disputed criteria, plus 2 for every distinct status beyond the
	// first, so a status conflict weighs like a score spread at the
	// threshold.
	Amount  int
	Reasons []DisputeReason // criteria by id, then the status
}

// DisputeSpread is the score spread at which reviewers disagree.
const DisputeSpread = 2

// Disputes returns the pledges on which at least two reviewers disagree: a
// criterion scored with a spread of DisputeSpread or more, or different
// statuses (not_rated left out). They are sorted by Amount, largest first,
// then by pledge id.
func Disputes(reviews []Review) []Dispute {
	byPledge := map[string][]*Review{}
	for i := range reviews {
		r := &reviews[i]
		byPledge[r.PledgeID] = append(byPledge[r.PledgeID], r)
	}
	var out []Dispute
	for id, rs := range byPledge {
		if len(rs) < 2 {
			continue
		}
		if d, ok := dispute(id, rs); ok {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b Dispute) int {
		return cmp.Or(cmp.Compare(b.Amount, a.Amount), cmp.Compare(a.PledgeID, b.PledgeID))
	})
	return out
}

func dispute(id string, rs []*Review) (Dispute, bool) {
	type span struct{ lo, hi int }
	spans := map[string]span{}
	var statuses []Status
	for _, r := range rs {
		for c, v := range r.Scores {
			s, ok := spans[c]
			if !ok {
				s = span{v, v}
			}
			spans[c] = span{min(s.lo, v), max(s.hi, v)}
		}
		if r.Status != NotRated && r.Status != "" && !slices.Contains(statuses, r.Status) {
			statuses = append(statuses, r.Status)
		}
	}
	d := Dispute{PledgeID: id}
	for c, s := range spans {
		if s.hi-s.lo >= DisputeSpread {
			d.Reasons = append(d.Reasons, DisputeReason{Criterion: c, Min: s.lo, Max: s.hi})
			d.Amount += s.hi - s.lo
		}
	}
	slices.SortFunc(d.Reasons, func(a, b DisputeReason) int { return cmp.Compare(a.Criterion, b.Criterion) })
	if len(statuses) > 1 {
		slices.Sort(statuses)
		d.Reasons = append(d.Reasons, DisputeReason{Statuses: statuses})
		d.Amount += DisputeSpread * (len(statuses) - 1)
	}
	return d, len(d.Reasons) > 0
}
