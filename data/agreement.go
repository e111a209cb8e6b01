package data

import (
	"math"
	"slices"
	"strconv"
)

// Metric is the difference function of Krippendorff's alpha.
type Metric int

// The metrics of Krippendorff's alpha.
const (
	Nominal Metric = iota
	Ordinal
	Interval
	Ratio
)

// Missing marks a value an observer did not give; any NaN counts as missing.
var Missing = math.NaN()

// Alpha returns Krippendorff's alpha of units × observers values, following
// "Computing Krippendorff's Alpha-Reliability" (2011): only units with at
// least two values are pairable. ok is false when alpha is undefined: fewer
// than two pairable values, or no variation among them (expected
// disagreement zero).
func Alpha(units [][]float64, m Metric) (alpha float64, ok bool) {
	values := pairableValues(units)
	o := coincidences(units, values)
	nc, n := marginals(o)
	if n < 2 {
		return math.NaN(), false
	}
	observed, expected := disagreement(m, values, o, nc)
	if expected == 0 {
		return math.NaN(), false
	}
	return 1 - (n-1)*observed/expected, true
}

// pairableValues returns the distinct values of the pairable units, sorted.
func pairableValues(units [][]float64) []float64 {
	var values []float64
	for _, u := range units {
		if pairable(u) < 2 {
			continue
		}
		for _, v := range u {
			if !math.IsNaN(v) {
				values = append(values, v)
			}
		}
	}
	slices.Sort(values)
	return slices.Compact(values)
}

// coincidences is the coincidence matrix o over the distinct values: each
// pairable unit adds its ordered pairs of values, weighed 1/(m_u-1).
func coincidences(units [][]float64, values []float64) [][]float64 {
	k := len(values)
	index := make(map[float64]int, k)
	for i, v := range values {
		index[v] = i
	}
	o := make([][]float64, k)
	for i := range o {
		o[i] = make([]float64, k)
	}
	count := make([]float64, k)
	for _, u := range units {
		mu := pairable(u)
		if mu < 2 {
			continue
		}
		clear(count)
		for _, v := range u {
			if !math.IsNaN(v) {
				count[index[v]]++
			}
		}
		addPairs(o, count, float64(mu-1))
	}
	return o
}

// addPairs adds one unit's pairs (count of each value) to o.
func addPairs(o [][]float64, count []float64, weight float64) {
	for c, nc := range count {
		if nc == 0 {
			continue
		}
		for d, nd := range count {
			pairs := nc * nd
			if c == d {
				pairs = nc * (nc - 1)
			}
			o[c][d] += pairs / weight
		}
	}
}

// marginals returns the row totals of o and their sum.
func marginals(o [][]float64) (nc []float64, n float64) {
	nc = make([]float64, len(o))
	for c, row := range o {
		for _, x := range row {
			nc[c] += x
		}
		n += nc[c]
	}
	return nc, n
}

// disagreement returns the observed and expected disagreement (each up to
// the factors Alpha applies).
func disagreement(m Metric, values []float64, o [][]float64, nc []float64) (observed, expected float64) {
	for c := range o {
		for d := range o {
			if c == d {
				continue
			}
			delta := diff2(m, values, nc, c, d)
			observed += o[c][d] * delta
			expected += nc[c] * nc[d] * delta
		}
	}
	return observed, expected
}

func pairable(u []float64) int {
	m := 0
	for _, v := range u {
		if !math.IsNaN(v) {
			m++
		}
	}
	return m
}

// diff2 is the squared difference δ² of values c and d (indexes into the
// sorted distinct values; nc their totals, which the ordinal metric ranks by).
func diff2(m Metric, values, nc []float64, c, d int) float64 {
	switch m {
	case Nominal:
		return 1
	case Ordinal:
		lo, hi := min(c, d), max(c, d)
		s := 0.0
		for g := lo; g <= hi; g++ {
			s += nc[g]
		}
		s -= (nc[c] + nc[d]) / 2
		return s * s
	case Ratio:
		a, b := values[c], values[d]
		if a+b == 0 {
			return 0
		}
		r := (a - b) / (a + b)
		return r * r
	default: // Interval
		x := values[c] - values[d]
		return x * x
	}
}

// PercentAgreement returns the share (0..1) of agreeing observer pairs,
// averaged over the units with at least two values, each unit weighing the
// same; "" is missing. used is the number of such units; ok is false when
// there is none.
func PercentAgreement(units [][]string) (share float64, used int, ok bool) {
	sum := 0.0
	for _, u := range units {
		counts := map[string]int{}
		m := 0
		for _, v := range u {
			if v != "" {
				counts[v]++
				m++
			}
		}
		if m < 2 {
			continue
		}
		agree := 0
		for _, c := range counts {
			agree += c * (c - 1) / 2
		}
		sum += float64(agree) / float64(m*(m-1)/2)
		used++
	}
	if used == 0 {
		return math.NaN(), 0, false
	}
	return sum / float64(used), used, true
}

// MinAgreementPledges is the fewest pledges scored by at least two
// reviewers from which an agreement is given: from fewer, one differing
// score decides alpha alone, and too little data is not disagreement.
const MinAgreementPledges = 3

// AlphaThreshold is Krippendorff's lowest alpha for tentative conclusions:
// below it the reviewers agree too little to draw any.
const AlphaThreshold = 0.667

// FormatAlpha writes an alpha as every view shows it: three decimals, or
// a dash when it is undefined.
func FormatAlpha(v float64, ok bool) string {
	if !ok || math.IsNaN(v) {
		return "—"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

// AlphaLow reports whether a defined alpha is below AlphaThreshold.
func AlphaLow(v float64, ok bool) bool {
	return ok && !math.IsNaN(v) && v < AlphaThreshold
}

// CriterionAgreement is the agreement of reviewers on one rubric criterion.
type CriterionAgreement struct {
	Criterion string
	Ordinal   float64
	Interval  float64
	OK        bool // both alphas are numbers; false: Ordinal and Interval are NaN
	TooFew    bool // fewer than MinAgreementPledges units: no alpha is given
	Units     int  // pledges scored on the criterion by at least two reviewers
}

// Agreement is how far the reviewers of one report agree.
type Agreement struct {
	Criteria     []CriterionAgreement // in rubric order
	Status       float64              // PercentAgreement of delivery statuses
	StatusOK     bool                 // Status is a number; false: it is NaN
	StatusTooFew bool                 // fewer than MinAgreementPledges units
	StatusUnits  int                  // pledges given a status by at least two reviewers
}

// ReviewAgreement measures agreement over the reviews of one report: a unit
// is a pledge, an observer one of reviewers (reviews by anyone else are left
// out). An unscored criterion is missing, and so is a status of not_rated.
func ReviewAgreement(rb Rubric, reviewers []Reviewer, reviews []Review) Agreement {
	byPledge := reviewsByPledge(reviewers, reviews)
	var out Agreement
	for _, c := range rb.Criteria {
		out.Criteria = append(out.Criteria, criterionAgreement(c.ID, byPledge))
	}
	statuses := make([][]string, len(byPledge))
	for u, rs := range byPledge {
		statuses[u] = make([]string, len(rs))
		for j, r := range rs {
			if r != nil && r.Status != NotRated {
				statuses[u][j] = string(r.Status)
			}
		}
	}
	out.Status, out.StatusUnits, out.StatusOK = PercentAgreement(statuses)
	if out.StatusUnits < MinAgreementPledges {
		out.Status, out.StatusOK, out.StatusTooFew = math.NaN(), false, true
	}
	return out
}

// reviewsByPledge lays the reviews out as units (pledges) × observers (the
// reviewers, in order); a reviewer who did not review a pledge is nil.
func reviewsByPledge(reviewers []Reviewer, reviews []Review) [][]*Review {
	col := make(map[string]int, len(reviewers))
	for _, rv := range reviewers {
		if _, ok := col[rv.ID]; !ok {
			col[rv.ID] = len(col)
		}
	}
	row := map[string]int{}
	var byPledge [][]*Review
	for i := range reviews {
		r := &reviews[i]
		j, ok := col[r.ReviewerID]
		if !ok {
			continue
		}
		u, ok := row[r.PledgeID]
		if !ok {
			u = len(byPledge)
			row[r.PledgeID] = u
			byPledge = append(byPledge, make([]*Review, len(col)))
		}
		byPledge[u][j] = r
	}
	return byPledge
}

// criterionAgreement measures the reviewers' scores on one criterion.
func criterionAgreement(id string, byPledge [][]*Review) CriterionAgreement {
	units := make([][]float64, len(byPledge))
	used := 0
	for u, rs := range byPledge {
		units[u] = make([]float64, len(rs))
		for j, r := range rs {
			units[u][j] = Missing
			if v, ok := r.score(id); ok {
				units[u][j] = float64(v)
			}
		}
		if pairable(units[u]) >= 2 {
			used++
		}
	}
	ca := CriterionAgreement{Criterion: id, Units: used, Ordinal: math.NaN(), Interval: math.NaN()}
	if used < MinAgreementPledges {
		ca.TooFew = true
		return ca
	}
	ord, okOrd := Alpha(units, Ordinal)
	itv, okItv := Alpha(units, Interval)
	if okOrd && okItv {
		ca.Ordinal, ca.Interval, ca.OK = ord, itv, true
	}
	return ca
}

// score is the review's score on a criterion; a nil review has none.
func (r *Review) score(id string) (int, bool) {
	if r == nil {
		return 0, false
	}
	v, ok := r.Scores[id]
	return v, ok
}
