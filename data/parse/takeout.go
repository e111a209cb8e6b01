package parse

import (
	"slices"

	"pledgereview/data"
)

// takeOut splits ps into the sentences kept and those gone says go.
func takeOut(ps []data.Pledge, gone func(*data.Pledge) bool) (kept, out []data.Pledge) {
	for i := range ps {
		if gone(&ps[i]) {
			out = append(out, ps[i])
		} else {
			kept = append(kept, ps[i])
		}
	}
	return kept, out
}

// setAsideSentences adds sentences taken out of the report to its
// set-aside text, in reading order, with reason.
func setAsideSentences(rep *data.Report, ps []data.Pledge, reason string) {
	slices.SortStableFunc(ps, func(a, b data.Pledge) int { return a.Start - b.Start })
	for _, p := range ps {
		rep.SetAside = append(rep.SetAside, data.SetAside{Text: p.Text, Reason: reason})
	}
}
