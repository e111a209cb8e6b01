package data_test

import (
	"reflect"
	"testing"

	"pledgereview/data"
)

func queryFixture() *data.Index {
	r := &data.Report{ID: "q", Chapters: []data.Chapter{
		{N: 1, Title: "一", Headlines: []data.Headline{{N: 1, Title: "年底5G基站达到5000座以上", Pledges: []data.Pledge{
			{ID: "q/01.01.00", Chapter: 1, Headline: 1, Text: "年底5G基站达到5000座以上", Targets: []data.Target{{Value: 5000}}, Deadline: &data.Deadline{Raw: "年底", Due: "2021-12-31"}},
			{ID: "q/01.01.01", Chapter: 1, Headline: 1, Sentence: 1, Text: "鼓励龙头企业整合产业链上下游。"},
		}}}},
		{N: 2, Title: "二", Pledges: []data.Pledge{
			{ID: "q/02.00.01", Chapter: 2, Sentence: 1, Text: "钟楼街改造7月完工。", Deadline: &data.Deadline{Raw: "7月", Due: "2021-07-31"}},
			{ID: "q/02.00.02", Chapter: 2, Sentence: 2, Text: "Build a DATA platform。", Targets: []data.Target{{Value: 1}}},
		}},
	}}
	mine := map[string]data.Review{
		"q/01.01.01": {PledgeID: "q/01.01.01", ReviewerID: "me", Status: data.Behind, Flag: true, Scores: map[string]int{"specific": 1, "impact": 3}},
		"q/02.00.01": {PledgeID: "q/02.00.01", ReviewerID: "me", Status: data.Done, Scores: map[string]int{"specific": 4}},
		// flagged with a note, neither scored nor given a status: not reviewed
		"q/02.00.02": {PledgeID: "q/02.00.02", ReviewerID: "me", Flag: true, Note: "待议"},
	}
	return data.NewIndex(r, "me", mine)
}

func ids(ix *data.Index, rows []int) []string {
	out := []string{}
	for _, i := range rows {
		out = append(out, ix.Rows[i].Pledge.ID)
	}
	return out
}

func TestIndexFilter(t *testing.T) {
	ix := queryFixture()
	cases := []struct {
		name string
		f    data.Filter
		want []string
	}{
		{"all", data.Filter{}, []string{"q/01.01.00", "q/01.01.01", "q/02.00.01", "q/02.00.02"}},
		{"chinese substring", data.Filter{Text: "龙头"}, []string{"q/01.01.01"}},
		{"latin case-folded", data.Filter{Text: "data"}, []string{"q/02.00.02"}},
		{"by id", data.Filter{Text: "02.00.01"}, []string{"q/02.00.01"}},
		{"chapter", data.Filter{Chapter: 2}, []string{"q/02.00.01", "q/02.00.02"}},
		{"headline", data.Filter{Chapter: 1, Headline: 1}, []string{"q/01.01.00", "q/01.01.01"}},
		{"status", data.Filter{Statuses: []data.Status{data.Done, data.Behind}}, []string{"q/01.01.01", "q/02.00.01"}},
		{"not rated", data.Filter{Statuses: []data.Status{data.NotRated}}, []string{"q/01.01.00", "q/02.00.02"}},
		{"flagged", data.Filter{Flagged: data.Yes}, []string{"q/01.01.01", "q/02.00.02"}},
		{"has target", data.Filter{HasTarget: data.Yes}, []string{"q/01.01.00", "q/02.00.02"}},
		{"no target", data.Filter{HasTarget: data.No}, []string{"q/01.01.01", "q/02.00.01"}},
		{"deadline before", data.Filter{DeadlineBefore: "2021-08-01"}, []string{"q/02.00.01"}},
		{"reviewed", data.Filter{Reviewed: data.Yes}, []string{"q/01.01.01", "q/02.00.01"}},
		{"unreviewed", data.Filter{Reviewed: data.No}, []string{"q/01.01.00", "q/02.00.02"}},
		{"score range", data.Filter{ScoreRange: true, MinScore: 1.5, MaxScore: 2.5}, []string{"q/01.01.01"}},
		{"combined", data.Filter{Text: "改造", Reviewed: data.Yes, Chapter: 2}, []string{"q/02.00.01"}},
		{"nothing", data.Filter{Text: "不存在的词"}, []string{}},
	}
	for _, c := range cases {
		if got := ids(ix, ix.Filter(c.f)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestIndexSetAndTallies(t *testing.T) {
	ix := queryFixture()
	ix.Set(data.Review{PledgeID: "q/01.01.00", ReviewerID: "me", Status: data.Done})
	tl := ix.Tallies()
	all := tl[data.Part{}]
	if all.Total != 4 || all.Reviewed != 3 || all.ByStatus[data.Done] != 2 || all.ByStatus[data.NotRated] != 1 {
		t.Fatalf("report tally = %+v", all)
	}
	if h := tl[data.Part{Chapter: 1, Headline: 1}]; h.Total != 2 || h.Reviewed != 2 {
		t.Fatalf("headline tally = %+v", h)
	}
	if c := tl[data.Part{Chapter: 2}]; c.Total != 2 || c.Reviewed != 1 {
		t.Fatalf("chapter tally = %+v", c)
	}
}

func TestFilterWithinNarrowsASubset(t *testing.T) {
	ix := queryFixture()
	f := data.Filter{Reviewed: data.Yes}
	if got := ids(ix, ix.FilterWithin(f, []int{0, 1, 3, 99, -1})); !reflect.DeepEqual(got, []string{"q/01.01.01"}) {
		t.Fatalf("FilterWithin = %v", got)
	}
	if got := ix.FilterWithin(f, nil); len(got) != 0 {
		t.Fatalf("FilterWithin of nothing = %v", got)
	}
}

func TestIndexLastSaved(t *testing.T) {
	ix := queryFixture()
	if at, ok := ix.LastSaved(); ok {
		t.Fatalf("no clock set, LastSaved = %v", at)
	}
	ix.Set(data.Review{PledgeID: "q/01.01.00", ReviewerID: "me", Status: data.Done, Updated: data.HLC{Wall: 1_700_000_000_000}})
	ix.Set(data.Review{PledgeID: "q/02.00.01", ReviewerID: "me", Status: data.Done, Updated: data.HLC{Wall: 1_600_000_000_000}})
	if at, ok := ix.LastSaved(); !ok || at.UnixMilli() != 1_700_000_000_000 {
		t.Fatalf("LastSaved = %v, %v", at, ok)
	}
}
