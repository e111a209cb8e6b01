package data

import (
	"reflect"
	"testing"
)

func TestDisputes(t *testing.T) {
	rv := func(p, who string, st Status, scores ...int) Review {
		r := NewReview(p, who)
		r.Status = st
		if len(scores) > 0 {
			r.Scores = map[string]int{}
			for i, c := range []string{"specific", "impact"} {
				if i < len(scores) && scores[i] >= 0 {
					r.Scores[c] = scores[i]
				}
			}
		}
		return r
	}
	tests := []struct {
		name    string
		reviews []Review
		want    []Dispute
	}{
		{"no reviews", nil, nil},
		{"one reviewer never disputes", []Review{rv("p1", "a", Done, 0, 4)}, nil},
		{"spread of 1 is not a dispute", []Review{rv("p1", "a", Done, 2, 3), rv("p1", "b", Done, 3, 4)}, nil},
		{"not rated does not disagree", []Review{rv("p1", "a", Done), rv("p1", "b", NotRated), rv("p1", "c", "")}, nil},
		{"criterion scored by one only", []Review{rv("p1", "a", NotRated, 0, -1), rv("p1", "b", NotRated, -1, 4)}, nil},
		{"score spread", []Review{rv("p1", "a", Done, 1, 2), rv("p1", "b", Done, 3, 2), rv("p1", "c", NotRated, 2)},
			[]Dispute{{PledgeID: "p1", Amount: 2, Reasons: []DisputeReason{{Criterion: "specific", Min: 1, Max: 3}}}}},
		{"status", []Review{rv("p1", "a", Done), rv("p1", "b", Behind)},
			[]Dispute{{PledgeID: "p1", Amount: 2, Reasons: []DisputeReason{{Statuses: []Status{Behind, Done}}}}}},
		{"both, sorted by amount then id", []Review{
			rv("p1", "a", Done, 0), rv("p1", "b", Done, 2),
			rv("p2", "a", Done, 0, 0), rv("p2", "b", Behind, 4, 3), rv("p2", "c", NotDone, 4, 1),
			rv("p0", "a", Done, 4), rv("p0", "b", Done, 2),
			rv("p3", "a", Done, 2), rv("p4", "b", Done, 0), // different pledges
		}, []Dispute{
			{PledgeID: "p2", Amount: 4 + 3 + 4, Reasons: []DisputeReason{
				{Criterion: "impact", Min: 0, Max: 3}, {Criterion: "specific", Min: 0, Max: 4},
				{Statuses: []Status{Behind, Done, NotDone}}}},
			{PledgeID: "p0", Amount: 2, Reasons: []DisputeReason{{Criterion: "specific", Min: 2, Max: 4}}},
			{PledgeID: "p1", Amount: 2, Reasons: []DisputeReason{{Criterion: "specific", Min: 0, Max: 2}}},
		}},
	}
	for _, tt := range tests {
		if got := Disputes(tt.reviews); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}
