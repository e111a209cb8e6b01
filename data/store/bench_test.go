package store_test

import (
	"path/filepath"
	"pledgereview/data/store"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

func BenchmarkFilter50k(b *testing.B) {
	r := datatest.ReportOfSize("big", 50000)
	mine := map[string]data.Review{}
	for i, p := range r.Pledges() {
		if i%3 == 0 {
			mine[p.ID] = datatest.Review(p.ID, "me", i)
		}
	}
	ix := data.NewIndex(r, "me", mine)
	f := data.Filter{Text: "停车位", Reviewed: data.Yes}
	b.ResetTimer()
	for b.Loop() {
		if len(ix.Filter(f)) == 0 {
			b.Fatal("filter found nothing")
		}
	}
}

// benchWorkspace is the file both save benchmarks write to: a report of
// 1,000 pledges, each reviewed three times, so that the bare update and the
// review save work on a tree of the same depth.
func benchWorkspace(b *testing.B) (path string, pledges []data.Pledge) {
	path = filepath.Join(b.TempDir(), "ws.pledgereview")
	s, err := store.Open(path, store.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	r := datatest.Report("bench", 10, 10, 9)
	s.AddReport(r)
	pledges = r.Pledges()
	for round := range 3 {
		for i, p := range pledges {
			if _, err := s.SaveReview(datatest.Review(p.ID, "me", i+round)); err != nil {
				b.Fatal(err)
			}
		}
	}
	s.Close()
	return path, pledges
}

// BenchmarkSaveReview and BenchmarkBareBoltUpdate write to the same
// workspace file with the same fsync; the bare one puts one key, so their
// ratio is what our layer (validation, diff, clock, history) costs.
func BenchmarkSaveReview(b *testing.B) {
	path, pledges := benchWorkspace(b)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		rv := datatest.Review(pledges[i%len(pledges)].ID, "me", i)
		rv.Note = "note " + strconv.Itoa(i)
		if _, err := s.SaveReview(rv); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareBoltUpdate(b *testing.B) {
	path, pledges := benchWorkspace(b)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	val := make([]byte, 300)
	key := []byte(pledges[0].ID + "\x00me")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		err := db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("reviews")).Put(key, append(val[:0:0], strconv.Itoa(i)...))
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
