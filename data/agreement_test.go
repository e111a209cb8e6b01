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
		rv("p4", a, 2, Done), rv("p4", c, 2, Done),
	}
	got := ReviewAgreement(rb, []Reviewer{a, b, c}, reviews)

	// specific: units p1 {4,4,3}, p2 {1,1}, p4 {2,2}; p3 has one value.
	wantUnits := [][]float64{{4, 4, 3}, {1, 1}, {2, 2}}
	wantOrd, _ := Alpha(wantUnits, Ordinal)
	wantInt, _ := Alpha(wantUnits, Interval)
	s := got.Criteria[0]
	if s.Criterion != "specific" || !s.OK || s.TooFew || s.Units != 3 || s.Ordinal != wantOrd || s.Interval != wantInt {
		t.Errorf("specific: %+v, want ordinal %v interval %v over 3 units", s, wantOrd, wantInt)
	}
	if i := got.Criteria[1]; i.Criterion != "impact" || i.OK || i.Units != 0 || !i.TooFew || !math.IsNaN(i.Ordinal) {
		t.Errorf("impact, never scored: %+v", i)
	}
	// status: p1 {done, done} agrees (c is not rated), p2 disagrees, p4 agrees.
	if !got.StatusOK || got.StatusTooFew || got.StatusUnits != 3 || math.Abs(got.Status-2.0/3) > 1e-12 {
		t.Errorf("status: %v over %d units (ok %v), want 2/3 over 3", got.Status, got.StatusUnits, got.StatusOK)
	}
}

// One pledge scored 2 and 3 by two reviewers gives alpha 0: that is too
// little data, not disagreement, and says so instead of a number.
func TestReviewAgreementTooFewPledges(t *testing.T) {
	rb := Rubric{Criteria: []Criterion{{ID: "specific"}}}
	a, b := Reviewer{ID: "a"}, Reviewer{ID: "b"}
	ra, rbv := NewReview("p1", "a"), NewReview("p1", "b")
	ra.Scores, rbv.Scores = map[string]int{"specific": 2}, map[string]int{"specific": 3}
	ra.Status, rbv.Status = Done, Behind
	got := ReviewAgreement(rb, []Reviewer{a, b}, []Review{ra, rbv})
	c := got.Criteria[0]
	if !c.TooFew || c.OK || c.Units != 1 || !math.IsNaN(c.Ordinal) || !math.IsNaN(c.Interval) {
		t.Errorf("one pledge: %+v", c)
	}
	if !got.StatusTooFew || got.StatusOK || !math.IsNaN(got.Status) {
		t.Errorf("status over one pledge: %v ok %v too few %v", got.Status, got.StatusOK, got.StatusTooFew)
	}
}

// Whatever ReviewAgreement reports as OK is a number.
func TestReviewAgreementNeverOKWithNaN(t *testing.T) {
	rb := Rubric{Criteria: []Criterion{{ID: "specific"}}}
	a, b := Reviewer{ID: "a"}, Reviewer{ID: "b"}
	var reviews []Review
	for _, p := range []string{"p1", "p2", "p3", "p4"} {
		for _, who := range []string{"a", "b"} {
			r := NewReview(p, who)
			r.Scores = map[string]int{"specific": 3} // no variation: alpha undefined
			reviews = append(reviews, r)
		}
	}
	got := ReviewAgreement(rb, []Reviewer{a, b}, reviews)
	c := got.Criteria[0]
	if c.OK || c.TooFew || c.Units != 4 {
		t.Errorf("no variation: %+v", c)
	}
	if got.StatusOK && math.IsNaN(got.Status) {
		t.Errorf("status OK with NaN")
	}
}

func TestFormatAlpha(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		ok   bool
		want string
		low  bool
	}{
		{1, true, "1.000", false},
		{0.6666, true, "0.667", true},
		{0.8149, true, "0.815", false},
		{-0.5, true, "-0.500", true},
		{0, false, "—", false},
		{math.NaN(), true, "—", false},
	} {
		if got := FormatAlpha(tt.v, tt.ok); got != tt.want {
			t.Errorf("FormatAlpha(%v, %v) = %q, want %q", tt.v, tt.ok, got, tt.want)
		}
		if got := AlphaLow(tt.v, tt.ok); got != tt.low {
			t.Errorf("AlphaLow(%v, %v) = %v", tt.v, tt.ok, got)
		}
	}
}
