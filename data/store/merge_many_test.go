package store_test

import (
	"fmt"
	"reflect"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// TestApplyMergeOfManyFiles is a MergeWrite made of several files: records
// out of key order, one record written by two files, one history entry in
// two files.
func TestApplyMergeOfManyFiles(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 2, 3)
	s.AddReport(r)
	ps := r.Pledges()
	at := func(wall int64, node string) data.HLC { return data.HLC{Wall: wall, Node: node} }
	rev := func(p int, node string, wall int64) data.Review {
		rv := datatest.Review(ps[p].ID, node, int(wall))
		rv.Updated = at(wall, node)
		return rv
	}
	hist := func(p int, node string, wall int64, source string) data.HistoryEntry {
		return data.HistoryEntry{PledgeID: ps[p].ID, ReviewerID: node, At: at(wall, node), Source: source,
			Changes: []data.FieldChange{{Field: "note", New: fmt.Sprint(wall)}}}
	}
	w := data.MergeWrite{
		Reviewers: []data.Reviewer{{ID: "b", Name: "李雷"}, {ID: "c", Name: "张伟"}},
		Reviews: []data.Review{
			rev(5, "b", 100), rev(0, "b", 100), rev(3, "c", 100), // file 1
			rev(0, "b", 200), rev(1, "c", 100), rev(5, "b", 50), // file 2: newer p0, older p5
		},
		History: []data.HistoryEntry{
			hist(5, "b", 100, "one.json"), hist(0, "b", 100, "one.json"), hist(3, "c", 100, ""),
			hist(0, "b", 100, "two.json"), hist(0, "b", 200, "two.json"), hist(1, "c", 100, "two.json"), hist(5, "b", 50, "two.json"),
		},
		Source: "two files",
	}
	res, err := s.ApplyMerge(w)
	if err != nil {
		t.Fatal(err)
	}
	if want := (data.MergeResult{Reviewers: 2, Written: 5, Skipped: 1, History: 6}); res != want {
		t.Fatalf("result %+v, want %+v", res, want)
	}
	for _, c := range []struct {
		p    int
		node string
		wall int64
	}{{0, "b", 200}, {5, "b", 100}, {3, "c", 100}, {1, "c", 100}} {
		got, _ := s.Review(ps[c.p].ID, c.node)
		if want := rev(c.p, c.node, c.wall); !reflect.DeepEqual(got, want) {
			t.Errorf("review of %d by %s = %+v, want %+v", c.p, c.node, got, want)
		}
	}
	h0, _ := s.History(ps[0].ID, "b")
	if len(h0) != 2 || h0[0].At.Wall != 100 || h0[0].Source != "one.json" || h0[1].At.Wall != 200 {
		t.Fatalf("history of p0 = %+v", h0)
	}
	h5, _ := s.History(ps[5].ID, "b")
	if len(h5) != 2 || h5[0].At.Wall != 100 || h5[1].At.Wall != 50 || h5[1].Source != "two.json" {
		t.Fatalf("history of p5 = %+v, want both edits in merge order", h5)
	}
	if h3, _ := s.History(ps[3].ID, "c"); len(h3) != 1 || h3[0].Source != "two files" {
		t.Fatalf("an entry with no source = %+v, want the write's source", h3)
	}
	if again, err := s.ApplyMerge(w); err != nil || again.Written != 0 || again.History != 0 || again.Skipped != 6 {
		t.Fatalf("the same merge again: %+v %v", again, err)
	}
	// The order of the writes of one record does not change which wins.
	w.Reviews = []data.Review{rev(2, "b", 300), rev(2, "b", 400), rev(4, "b", 400), rev(4, "b", 300)}
	w.History = nil
	res, err = s.ApplyMerge(w)
	if err != nil || res.Written != 3 || res.Skipped != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	for _, p := range []int{2, 4} {
		if got, _ := s.Review(ps[p].ID, "b"); got.Updated.Wall != 400 {
			t.Errorf("pledge %d ends with clock %+v, want 400", p, got.Updated)
		}
	}
}
