package data

import (
	"math"
	"slices"
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
	var values []float64
	for _, u := range units {
		if pairable(u) >= 2 {
			for _, v := range u {
				if !math.IsNaN(v) {
					values = append(values, v)
				}
			}
		}
	}
	slices.Sort(values)
	values = slices.Compact(values)
	k := len(values)
	index := make(map[float64]int, k)
	for i, v := range values {
		index[v] = i
	}

	// o is the coincidence matrix; count the values of one unit by index.
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
		for c := range k {
			if count[c] == 0 {
				continue
			}
			for d := range k {
				pairs := count[c] * count[d]
				if c == d {
					pairs = count[c] * (count[c] - 1)
				}
				o[c][d] += pairs / float64(mu-1)
			}
		}
	}
	nc := make([]float64, k)
	n := 0.0
	for c := range k {
		for d := range k {
			nc[c] += o[c][d]
		}
		n += nc[c]
	}
	if n < 2 {
		return math.NaN(), false
	}
	var observed, expected float64
	for c := range k {
		for d := range k {
			if c == d {
				continue
			}
			delta := diff2(m, values, nc, c, d)
			observed += o[c][d] * delta
			expected += nc[c] * nc[d] * delta
		}
	}
	if expected == 0 {
		return math.NaN(), false
	}
	return 1 - (n-1)*observed/expected, true
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

// CriterionAgreement is the agreement of reviewers on one rubric criterion.
type CriterionAgreement struct {
	Criterion string
	Ordinal   float64
	Interval  float64
	OK        bool // false: alpha is undefined and Ordinal, Interval are NaN
	Units     int  // pledges scored on the criterion by at least two reviewers
}

// Agreement is how far the reviewers of one report agree.
type Agreement struct {
	Criteria    []CriterionAgreement // in rubric order
	Status      float64              // PercentAgreement of delivery statuses
	StatusOK    bool
	StatusUnits int // pledges given a status by at least two reviewers
}

// ReviewAgreement measures agreement over the reviews of one report: a unit
// is a pledge, an observer one of reviewers (reviews by anyone else are left
// out). An unscored criterion is missing, and so is a status of not_rated.
func ReviewAgreement(rb Rubric, reviewers []Reviewer, reviews []Review) Agreement {
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

	var out Agreement
	for _, c := range rb.Criteria {
		units := make([][]float64, len(byPledge))
		used := 0
		for u, rs := range byPledge {
			units[u] = make([]float64, len(rs))
			for j, r := range rs {
				units[u][j] = Missing
				if r == nil {
					continue
				}
				if v, ok := r.Scores[c.ID]; ok {
					units[u][j] = float64(v)
				}
			}
			if pairable(units[u]) >= 2 {
				used++
			}
		}
		ca := CriterionAgreement{Criterion: c.ID, Units: used}
		ca.Ordinal, ca.OK = Alpha(units, Ordinal)
		ca.Interval, _ = Alpha(units, Interval)
		out.Criteria = append(out.Criteria, ca)
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
	return out
}
