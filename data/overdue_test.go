package data

import (
	"testing"
	"time"
)

func TestOverdue(t *testing.T) {
	due2021 := Pledge{ID: "r/01.01.00", Deadline: &Deadline{Raw: "年底", Due: "2021-12-31"}}
	noDeadline := Pledge{ID: "r/01.01.01"}
	jan22 := time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC)
	dec21 := time.Date(2021, 12, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name   string
		p      Pledge
		status Status
		sug    Verdict
		asOf   time.Time
		want   bool
	}{
		{"deadline past, no data", due2021, NotStarted, VerdictNoData, jan22, true},
		{"deadline not yet past on the date set", due2021, NotStarted, VerdictNoData, dec21, false},
		{"reviewers say done", due2021, Done, VerdictNoData, jan22, false},
		{"reviewers say done late", due2021, DoneLate, VerdictOverdue, jan22, false},
		{"progress says done", due2021, Behind, VerdictDone, jan22, false},
		{"the schedule test says overdue without a deadline in the text", noDeadline, NotStarted, VerdictOverdue, jan22, true},
		{"no deadline, no data", noDeadline, Behind, VerdictNoData, jan22, false},
	} {
		if got := Overdue(c.p, c.status, Suggestion{Verdict: c.sug}, c.asOf); got != c.want {
			t.Errorf("%s: Overdue = %v, want %v", c.name, got, c.want)
		}
	}
}
