package store_test

import (
	"errors"
	"pledgereview/data/store"
	"testing"

	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/seeds"
)

// seedStore is a real workspace file holding the seed report.
func seedStore(t testing.TB) (*store.Store, string, *data.Report) {
	t.Helper()
	s, path := openTemp(t)
	r, err := parse.Parse(seeds.Taiyuan2021, parse.Options{ID: seeds.Taiyuan2021ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	return s, path, r
}

const fiveG = "taiyuan-2021/01.01.00" // 年底5G基站达到5000座以上

func TestProgressIsATimeSeriesThatSurvivesReopen(t *testing.T) {
	s, path, _ := seedStore(t)
	for _, in := range []string{"1=3800@2021-09-30|通信管理局", "1=1200@2021-03-31", "1=3850@2021-09-30|更正"} {
		u, err := data.ParseProgress(in)
		if err != nil {
			t.Fatal(err)
		}
		u.PledgeID, u.ReviewerID = fiveG, "alice"
		if _, err := s.AddProgress(u); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s2, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.PledgeProgress(fiveG)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, u := range got {
		labels = append(labels, u.Label())
	}
	want := []string{"1=1200@2021-03-31", "1=3800@2021-09-30", "1=3850@2021-09-30"}
	if len(labels) != 3 || labels[0] != want[0] || labels[1] != want[1] || labels[2] != want[2] {
		t.Fatalf("series %v, want %v (in date order, nothing overwritten)", labels, want)
	}
	if l := data.LatestProgress(got)[1]; l.Value != 3850 || l.Source.Text != "更正" {
		t.Errorf("latest %+v, want the correction 3850", l)
	}
	hist, err := s2.History(fiveG, "alice")
	if err != nil || len(hist) != 3 || hist[0].Changes[0].Field != "progress" {
		t.Errorf("history %+v %v, want three progress entries", hist, err)
	}
}

func TestProgressRefusesAMissingTarget(t *testing.T) {
	s, _, _ := seedStore(t)
	u := data.ProgressUpdate{PledgeID: fiveG, ReviewerID: "alice", Target: 2, Value: 1, AsOf: "2021-06-30"}
	if _, err := s.AddProgress(u); !errors.Is(err, store.ErrNoSuchTarget) {
		t.Fatalf("target 2 of a one-target pledge: %v, want ErrNoSuchTarget", err)
	}
	u.PledgeID = "taiyuan-2021/99.01.00"
	if _, err := s.AddProgress(u); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("unknown pledge: %v, want ErrNotFound", err)
	}
	if got, _ := s.Progress("taiyuan-2021"); len(got) != 0 {
		t.Fatalf("refused updates were stored: %v", got)
	}
}

func TestMergeProgressIsASetUnion(t *testing.T) {
	s, _, _ := seedStore(t)
	theirs := []data.ProgressUpdate{
		{PledgeID: fiveG, ReviewerID: "bob", Target: 1, Value: 3000, AsOf: "2021-09-30", Recorded: data.HLC{Wall: 1000, Node: "bob"}},
		{PledgeID: fiveG, ReviewerID: "bob", Target: 1, Value: 4000, AsOf: "2021-10-31", Recorded: data.HLC{Wall: 2000, Node: "bob"}},
		{PledgeID: fiveG, ReviewerID: "bob", Target: 7, Value: 1, AsOf: "2021-10-31", Recorded: data.HLC{Wall: 3000, Node: "bob"}},
	}
	res, err := s.ApplyMerge(data.MergeWrite{Progress: theirs, Source: "bob.json"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Progress != 2 || res.Unknown != 1 {
		t.Fatalf("first merge %+v, want 2 added and 1 unknown target", res)
	}
	res, err = s.ApplyMerge(data.MergeWrite{Progress: theirs, Source: "bob.json"})
	if err != nil || res.Progress != 0 {
		t.Fatalf("second merge %+v %v, want nothing added", res, err)
	}
	snap, err := s.Snapshot("taiyuan-2021")
	if err != nil || len(snap.Progress) != 2 {
		t.Fatalf("snapshot progress %v %v", snap.Progress, err)
	}
	added, err := s.AddProgress(data.ProgressUpdate{PledgeID: fiveG, ReviewerID: "alice", Target: 1, Value: 1, AsOf: "2021-01-31"})
	if err != nil {
		t.Fatal(err)
	}
	if mine := added[0]; mine.Recorded.Compare(theirs[1].Recorded) <= 0 {
		t.Errorf("a local update after a merge has clock %+v, want newer than the merged %+v", mine.Recorded, theirs[1].Recorded)
	}
}

func TestScheduleSettingsAreKept(t *testing.T) {
	s, _, _ := seedStore(t)
	if got, _ := s.ScheduleSettings(); got != data.DefaultScheduleSettings() {
		t.Fatalf("new workspace settings %+v", got)
	}
	want := data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 2.5}
	if err := s.SetScheduleSettings(want); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ScheduleSettings(); got != want {
		t.Fatalf("settings %+v, want %+v", got, want)
	}
	if err := s.SetScheduleSettings(data.ScheduleSettings{PlanStart: "3月1日"}); err == nil {
		t.Fatal("a plan start that is no date was accepted")
	}
}
