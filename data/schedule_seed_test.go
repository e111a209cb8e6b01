package data_test

import (
	"testing"

	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/seeds"
)

// Every numeric target of the seed gets a suggestion: with no updates "no
// data", with a half-way update on 30 June a verdict and a line to check.
func TestScheduleSeedTargets(t *testing.T) {
	r, err := parse.Parse(seeds.Taiyuan2021, parse.Options{ID: seeds.Taiyuan2021ID})
	if err != nil {
		t.Fatal(err)
	}
	set := data.DefaultScheduleSettings()
	targets, judged := 0, map[data.Verdict]int{}
	for _, p := range r.Pledges() {
		targets += len(p.Targets)
		var ups []data.ProgressUpdate
		for i, tg := range p.Targets {
			ups = append(ups, data.ProgressUpdate{PledgeID: p.ID, ReviewerID: "r1", Target: i + 1, Value: tg.Value / 2, AsOf: "2021-06-30"})
		}
		for _, s := range data.Schedule(p, r.Year, nil, day("2021-07-01"), set) {
			if s.Verdict != data.VerdictNoData {
				t.Errorf("%s target %d: %s with no updates", p.ID, s.Target, s.Verdict)
			}
		}
		sugs := data.Schedule(p, r.Year, ups, day("2021-07-01"), set)
		for _, s := range sugs {
			if s.Target == 0 {
				continue
			}
			if s.Verdict == data.VerdictNoData || s.Zh == "" || s.En == "" {
				t.Errorf("%s target %d: %+v", p.ID, s.Target, s)
			}
			judged[s.Verdict]++
		}
	}
	n := 0
	for _, c := range judged {
		n += c
	}
	if targets == 0 || n != targets {
		t.Fatalf("%d targets in the seed, %d judged", targets, n)
	}
	t.Logf("%d seed targets judged: %v", targets, judged)
}
