package datatest

import (
	"sort"

	"pledgereview/data"
)

// AsOldImport is r as a workspace imported it before review chapters were
// classified: every outcome back among the pledges, in reading order, and
// no chapter kind. r is not changed.
func AsOldImport(r *data.Report) *data.Report {
	out := *r
	out.Chapters = make([]data.Chapter, len(r.Chapters))
	for i, c := range r.Chapters {
		c.Pledges = merged(c.Pledges, c.Outcomes)
		c.Outcomes, c.Kind = nil, data.KindPlan
		hs := make([]data.Headline, len(c.Headlines))
		for j, h := range c.Headlines {
			h.Pledges = merged(h.Pledges, h.Outcomes)
			h.Outcomes = nil
			hs[j] = h
		}
		c.Headlines = hs
		out.Chapters[i] = c
	}
	return &out
}

func merged(a, b []data.Pledge) []data.Pledge {
	out := append(append([]data.Pledge{}, a...), b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
