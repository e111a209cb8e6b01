package data

import (
	"math"
	"testing"
)

// krippendorff2011 is the example of "Computing Krippendorff's
// Alpha-Reliability" (2011): 12 units × observers A, B, C, D.
func krippendorff2011() [][]float64 {
	m := Missing
	obs := [][]float64{
		{1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m},
		{1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3},
		{m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m},
		{1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m},
	}
	units := make([][]float64, 12)
	for u := range units {
		for _, o := range obs {
			units[u] = append(units[u], o[u])
		}
	}
	return units
}

func TestAlphaPublishedExample(t *testing.T) {
	for _, tt := range []struct {
		m    Metric
		want float64
	}{{Nominal, 0.743}, {Ordinal, 0.815}, {Interval, 0.849}, {Ratio, 0.797}} {
		got, ok := Alpha(krippendorff2011(), tt.m)
		if !ok || math.Round(got*1000)/1000 != tt.want {
			t.Errorf("metric %d: alpha %.4f (ok %v), want %.3f", tt.m, got, ok, tt.want)
		}
	}
}

func TestAlphaEdgeCases(t *testing.T) {
	m := Missing
	tests := []struct {
		name   string
		units  [][]float64
		want   float64
		wantOK bool
	}{
		{"nothing", nil, 0, false},
		{"no unit with two values", [][]float64{{1, m}, {m, 2}}, 0, false},
		{"no variation", [][]float64{{2, 2}, {2, 2, m}}, 0, false},
		{"perfect", [][]float64{{1, 1}, {3, 3}, {4, 4, 4}}, 1, true},
		{"lone values are left out", [][]float64{{1, 1}, {3, 3}, {0, m}}, 1, true},
		// Two units, observers always disagree: Do=1, De=(n/(n-1))·(1/2): α = 1-3/2.
		{"systematic disagreement", [][]float64{{0, 1}, {1, 0}}, -0.5, true},
	}
	for _, tt := range tests {
		for _, metric := range []Metric{Nominal, Ordinal, Interval, Ratio} {
			if metric == Ratio && tt.name == "systematic disagreement" {
				continue // 0 against anything is the largest ratio difference
			}
			got, ok := Alpha(tt.units, metric)
			if ok != tt.wantOK || (ok && math.Abs(got-tt.want) > 1e-9) || (!ok && !math.IsNaN(got)) {
				t.Errorf("%s, metric %d: got %v, %v; want %v, %v", tt.name, metric, got, ok, tt.want, tt.wantOK)
			}
		}
	}
}

func TestPercentAgreement(t *testing.T) {
	tests := []struct {
		name  string
		units [][]string
		want  float64
		used  int
	}{
		{"none", [][]string{{"done", ""}}, 0, 0},
		{"all agree", [][]string{{"done", "done"}, {"behind", "behind", ""}}, 1, 2},
		// unit 1: 1 of 3 pairs agree; unit 2: 0 of 1: mean 1/6.
		{"mixed", [][]string{{"done", "done", "behind"}, {"done", "behind"}, {"done"}}, 1.0 / 6, 2},
	}
	for _, tt := range tests {
		got, used, ok := PercentAgreement(tt.units)
		if used != tt.used || ok != (tt.used > 0) || (ok && math.Abs(got-tt.want) > 1e-12) {
			t.Errorf("%s: got %v, %d, %v; want %v, %d", tt.name, got, used, ok, tt.want, tt.used)
		}
	}
}

func TestReviewAgreement(t *testing.T) {
	rb := Rubric{Criteria: []Criterion{{ID: "specific"}, {ID: "impact"}}}
	a, b, c := Reviewer{ID: "a"}, Reviewer{ID: "b"}, Reviewer{ID: "c"}
	rv := func(p string, who Reviewer, specific int, st Status) Review {
		r := NewReview(p, who.ID)
		r.Scores = map[string]int{"specific": specific}
		r.Status = st
		return r
	}
	reviews := []Review{
		rv("p1", a, 4, Done), rv("p1", b, 4, Done), rv("p1", c, 3, NotRated),
		rv("p2", a, 1, Behind), rv("p2", b, 1, InProgress),
		rv("p3", a, 0, Done),
		rv("p3", Reviewer{ID: "stranger"}, 4, Behind), // not among the reviewers
	}
	got := ReviewAgreement(rb, []Reviewer{a, b, c}, reviews)

	// specific: units p1 {4,4,3}, p2 {1,1}; p3 has one value.
	wantOrd, _ := Alpha([][]float64{{4, 4, 3}, {1, 1}}, Ordinal)
	wantInt, _ := Alpha([][]float64{{4, 4, 3}, {1, 1}}, Interval)
	s := got.Criteria[0]
	if s.Criterion != "specific" || !s.OK || s.Units != 2 || s.Ordinal != wantOrd || s.Interval != wantInt {
		t.Errorf("specific: %+v, want ordinal %v interval %v over 2 units", s, wantOrd, wantInt)
	}
	if i := got.Criteria[1]; i.Criterion != "impact" || i.OK || i.Units != 0 || !math.IsNaN(i.Ordinal) {
		t.Errorf("impact, never scored: %+v", i)
	}
	// status: p1 {done, done} agrees (c is not rated), p2 disagrees.
	if !got.StatusOK || got.StatusUnits != 2 || got.Status != 0.5 {
		t.Errorf("status: %v over %d units (ok %v), want 0.5 over 2", got.Status, got.StatusUnits, got.StatusOK)
	}
}
