package store_test

import (
	"fmt"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// BenchmarkCheckFile is the check every open runs before bbolt maps the
// file, on a workspace of 5,000 pledges reviewed by 20 reviewers with
// history (written by merges, as the team folder writes it).
func BenchmarkCheckFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "ws.pledgereview")
	s, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	r := datatest.ReportOfSize("big", 5000)
	if err := s.AddReport(r); err != nil {
		b.Fatal(err)
	}
	for i := range 20 {
		var w data.MergeWrite
		who := fmt.Sprintf("r-%02d", i)
		for j, p := range r.Pledges()[:5000] {
			rv := datatest.Review(p.ID, who, i+j)
			rv.Updated = data.HLC{Wall: int64(1_600_000_000_000 + j), Node: who}
			w.Reviews = append(w.Reviews, rv)
			w.History = append(w.History, data.HistoryEntry{PledgeID: p.ID, ReviewerID: who, At: rv.Updated,
				Changes: []data.FieldChange{{Field: "note", New: rv.Note}}})
		}
		if _, err := s.ApplyMerge(w); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	for b.Loop() {
		if err := store.CheckFile(path); err != nil {
			b.Fatal(err)
		}
	}
	fi, _ := os.Stat(path)
	b.ReportMetric(float64(fi.Size())/(1<<20), "file-MB")
}
