package data

import "testing"

func TestFindOutcomes(t *testing.T) {
	r := &Report{Chapters: []Chapter{
		{N: 1, Kind: KindReview, Outcomes: []Pledge{
			{ID: "r/01.00.01", Chapter: 1, Text: "城镇新增就业121.7万人。"},
			{ID: "r/01.00.02", Chapter: 1, Text: "新建5G基站2.3万个。"},
		}},
		{N: 2, Pledges: []Pledge{{ID: "r/02.00.01", Chapter: 2, Text: "新建5g基站1万个。"}}},
	}}
	for _, tt := range []struct {
		text    string
		chapter int
		want    int
	}{
		{"5G基站", 0, 1}, {"5g", 0, 1}, {"  就业 ", 0, 1}, {"就业", 2, 0}, {"", 0, 0}, {"r/01", 1, 2},
	} {
		if got := r.FindOutcomes(tt.text, tt.chapter); len(got) != tt.want {
			t.Errorf("%q in chapter %d: %d outcomes, want %d", tt.text, tt.chapter, len(got), tt.want)
		}
	}
}
