package data_test

import (
	"maps"
	"testing"

	"pledgereview/data"
)

// TestTalliesMove moves a pledge between statuses and checks that the
// counts kept up to date match the counts made again from the index.
func TestTalliesMove(t *testing.T) {
	cases := []struct {
		name   string
		pledge string
		new    data.Review
	}{
		{"first status of a headline pledge", "q/01.01.00", data.Review{Status: data.Done}},
		{"status changed", "q/01.01.01", data.Review{Status: data.Done, Scores: map[string]int{"specific": 1}}},
		{"review emptied", "q/02.00.01", data.Review{}},
		{"flag only, no headline", "q/02.00.02", data.Review{Flag: true}},
		{"scores only", "q/02.00.02", data.Review{Scores: map[string]int{"impact": 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ix := queryFixture()
			kept := ix.Tallies()
			i, ok := ix.Position(c.pledge)
			if !ok {
				t.Fatalf("no pledge %s", c.pledge)
			}
			old := ix.Rows[i].Mine
			rv := c.new
			rv.PledgeID, rv.ReviewerID = c.pledge, "me"
			ix.Set(rv)
			kept.Move(ix.Rows[i].Pledge, old, ix.Rows[i].Mine)
			want := ix.Tallies()
			if len(kept) != len(want) {
				t.Fatalf("parts: got %d, want %d", len(kept), len(want))
			}
			for part, w := range want {
				g := kept[part]
				if g.Total != w.Total || g.Reviewed != w.Reviewed || !maps.Equal(nonZero(g.ByStatus), w.ByStatus) {
					t.Errorf("part %+v: got %+v, want %+v", part, *g, *w)
				}
			}
		})
	}
}

func nonZero(m map[data.Status]int) map[data.Status]int {
	out := map[data.Status]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func TestStatusOrNotRated(t *testing.T) {
	for in, want := range map[data.Status]data.Status{"": data.NotRated, data.Done: data.Done, data.NotRated: data.NotRated} {
		if got := in.OrNotRated(); got != want {
			t.Errorf("%q.OrNotRated() = %q, want %q", in, got, want)
		}
	}
}
