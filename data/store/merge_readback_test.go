package store_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/store"
)

// A merge handed a record that the workspace cannot decode (a clock that
// overflows, as a file checked by another decoder could carry) is rolled
// back: every reader of the workspace still works.
func TestApplyMergeReadsBackEveryRecord(t *testing.T) {
	s, _ := openTemp(t)
	r := datatest.Report("r1", 1, 1, 2)
	s.AddReport(r)
	p := r.Pledges()[0].ID
	rv := datatest.Review(p, "colleague", 3)
	raw, _ := json.Marshal(rv)
	bad := strings.Replace(string(raw), `"logical":0`, `"logical":18446744073709551617`, 1)
	_, err := s.ApplyMerge(data.MergeWrite{Reviews: []data.Review{rv}, ReviewsJSON: [][]byte{[]byte(bad)}, Source: "x.pledgereview.json"})
	if !errors.Is(err, store.ErrUnreadableMerge) {
		t.Fatalf("merge of an unreadable record: %v", err)
	}
	if got, err := s.Reviews("r1"); err != nil || len(got) != 0 {
		t.Fatalf("after the refused merge: %d reviews, %v", len(got), err)
	}
	if res, err := s.ApplyMerge(data.MergeWrite{Reviews: []data.Review{rv}}); err != nil || res.Written != 1 {
		t.Fatalf("the same record encoded here: %+v %v", res, err)
	}
}
