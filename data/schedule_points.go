package data

import (
	"sort"
	"time"
)

// ChartPoint is one update placed in its plan period: X the share of the
// period gone at its date, Y its completion (value over target), both
// 0..1; Y is capped at 1.2.
type ChartPoint struct{ X, Y float64 }

// ProgressPoints places the updates of the target a suggestion speaks of
// (by every reviewer, in date order) for a chart against the straight
// elapsed-time line from (0, 0) to (1, 1). It is empty when the target has
// no updates or no plan period.
func ProgressPoints(p Pledge, year int, ups []ProgressUpdate, s Suggestion, set ScheduleSettings) []ChartPoint {
	if s.Verdict == VerdictNoData || s.Goal == 0 {
		return nil
	}
	start, due, _ := period(p, year, set)
	if !due.After(start) {
		return nil
	}
	var mine []ProgressUpdate
	for _, u := range ups {
		if u.PledgeID == p.ID && u.Target == s.Target {
			mine = append(mine, u)
		}
	}
	sort.SliceStable(mine, func(i, j int) bool {
		if mine[i].AsOf != mine[j].AsOf {
			return mine[i].AsOf < mine[j].AsOf
		}
		return mine[i].Recorded.Compare(mine[j].Recorded) < 0
	})
	span := due.Sub(start).Hours()
	var pts []ChartPoint
	for _, u := range mine {
		t, err := time.Parse(DateLayout, u.AsOf)
		if err != nil {
			continue
		}
		pts = append(pts, ChartPoint{min(max(t.Sub(start).Hours()/span, 0), 1), min(max(u.Value/s.Goal, 0), 1.2)})
	}
	return pts
}
