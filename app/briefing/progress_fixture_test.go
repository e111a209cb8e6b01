package briefing

import (
	"pledgereview/data"
)

// testProgress gives deterministic progress updates to the seed: every
// numeric target gets readings on 30 June and 30 September from the first
// reviewer (and a later one on 31 October from the second for a third of
// them); one pledge in eleven without a target gets a completion share.
func testProgress(r *data.Report, reviewers []data.Reviewer) []data.ProgressUpdate {
	var out []data.ProgressUpdate
	for _, p := range r.Pledges() {
		h := hash(p.ID, "progress")
		add := func(rv data.Reviewer, target int, value float64, asOf string, wall int64) {
			out = append(out, data.ProgressUpdate{PledgeID: p.ID, ReviewerID: rv.ID, Target: target, Value: value, AsOf: asOf,
				Source: data.Evidence{Text: "市统计局月报", Date: asOf}, Recorded: data.HLC{Wall: 1_630_000_000_000 + wall, Node: rv.ID}})
		}
		for i, t := range p.Targets {
			f := 0.35 + float64(h%80)/100 // share reached by 30 September
			if data.ClassifyTarget(p, t) != data.KindCount {
				f = 0.85 + float64(h%25)/100 // a rate near its target
			}
			add(reviewers[0], i+1, round(t.Value*f*0.6), "2021-06-30", int64(h%1000))
			add(reviewers[0], i+1, round(t.Value*f), "2021-09-30", int64(h%1000)+1000)
			if h%3 == 0 {
				add(reviewers[1], i+1, round(t.Value*min(f+0.1, 1.2)), "2021-10-31", int64(h%1000)+2000)
			}
		}
		if len(p.Targets) == 0 && h%11 == 0 {
			add(reviewers[0], 0, float64(h%100), "2021-09-30", int64(h%1000))
		}
	}
	return out
}

func round(v float64) float64 {
	if v >= 100 {
		return float64(int64(v + 0.5))
	}
	return float64(int64(v*10+0.5)) / 10
}
