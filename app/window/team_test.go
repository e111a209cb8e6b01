package window

import (
	"reflect"
	"testing"

	"pledgereview/data"
)

// teamFixture: four pledges; 王芳 twice (two reviewers with one name), me.
// p1: we disagree on a score (1 vs 4); p2: on the status; p3: we agree;
// p4: nobody but me.
func teamFixture() (*data.Index, *team) {
	r := &data.Report{ID: "t", Chapters: []data.Chapter{{N: 1, Title: "一", Pledges: []data.Pledge{
		{ID: "t/1", Chapter: 1, Sentence: 1, Text: "一"},
		{ID: "t/2", Chapter: 1, Sentence: 2, Text: "二"},
		{ID: "t/3", Chapter: 1, Sentence: 3, Text: "三"},
		{ID: "t/4", Chapter: 1, Sentence: 4, Text: "四"},
	}}}}
	reviewers := []data.Reviewer{{ID: "me", Name: "李明"}, {ID: "r-a", Name: "王芳"}, {ID: "r-b", Name: "王芳"}}
	rv := func(pledge, who string, st data.Status, score int) data.Review {
		return data.Review{PledgeID: pledge, ReviewerID: who, Status: st, Scores: map[string]int{"specific": score}}
	}
	reviews := []data.Review{
		rv("t/1", "me", data.Done, 1), rv("t/1", "r-b", data.Done, 4),
		rv("t/2", "me", data.Done, 2), rv("t/2", "r-a", data.Behind, 2),
		rv("t/3", "me", data.Done, 3), rv("t/3", "r-a", data.Done, 3), rv("t/3", "r-b", data.Done, 3),
		rv("t/4", "me", data.Done, 3),
	}
	mine := map[string]data.Review{}
	for _, x := range reviews {
		if x.ReviewerID == "me" {
			mine[x.PledgeID] = x
		}
	}
	ix := data.NewIndex(r, "me", mine)
	return ix, newTeam(ix, "me", reviewers, reviews)
}

func TestTeamReviewsOfMineFirstThenByName(t *testing.T) {
	_, tm := teamFixture()
	cases := []struct {
		pledge string
		want   []string
	}{
		{"t/1", []string{"李明", "王芳 (2)"}},
		{"t/3", []string{"李明", "王芳", "王芳 (2)"}},
		{"t/4", []string{"李明"}},
		{"t/none", nil},
	}
	for _, c := range cases {
		var got []string
		for _, rv := range tm.reviewsOf(c.pledge) {
			got = append(got, tm.name(rv.ReviewerID))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.pledge, got, c.want)
		}
	}
	if got := tm.name("r-unknown"); got != "r-unknown" {
		t.Errorf("an unknown reviewer is shown as %q, want the id", got)
	}
}

func TestTeamDisputesFollowSaves(t *testing.T) {
	cases := []struct {
		name      string
		save      data.Review
		wantQueue []string
		wantRows  []int
	}{
		{"as loaded", data.Review{}, []string{"t/1", "t/2"}, []int{0, 1}},
		{"I agree on the score", data.Review{PledgeID: "t/1", ReviewerID: "me", Status: data.Done, Scores: map[string]int{"specific": 4}},
			[]string{"t/2"}, []int{1}},
		{"I disagree where we agreed", data.Review{PledgeID: "t/3", ReviewerID: "me", Status: data.NotDone, Scores: map[string]int{"specific": 3}},
			[]string{"t/1", "t/2", "t/3"}, []int{0, 1, 2}},
		{"my first review of a pledge", data.Review{PledgeID: "t/new", ReviewerID: "me", Status: data.Done},
			[]string{"t/1", "t/2"}, []int{0, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, tm := teamFixture()
			if c.save.PledgeID != "" {
				tm.set(c.save)
			}
			var queue []string
			for _, d := range tm.queue() {
				queue = append(queue, d.PledgeID)
			}
			if !reflect.DeepEqual(queue, c.wantQueue) || tm.count != len(c.wantQueue) {
				t.Errorf("queue %v (count %d), want %v", queue, tm.count, c.wantQueue)
			}
			if got := tm.keep([]int{0, 1, 2, 3, 99, -1}); !reflect.DeepEqual(got, c.wantRows) {
				t.Errorf("disputed rows %v, want %v", got, c.wantRows)
			}
		})
	}
}
