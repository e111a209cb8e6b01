package store

import (
	"errors"
	"path/filepath"
	"pledgereview/data"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestApplyMergeRefusesDamagedRecords(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ws.pledgereview"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := data.PledgeID("r1", 1, 1, 0)
	r := &data.Report{ID: "r1", Fingerprint: "fp-r1", Chapters: []data.Chapter{{N: 1, Headlines: []data.Headline{{N: 1, Pledges: []data.Pledge{{ID: p, Chapter: 1, Headline: 1}}}}}}}
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	review := func(note string) data.Review {
		rv := data.NewReview(p, "me")
		rv.Note = note
		return rv
	}
	if _, err := s.SaveReview(review("一")); err != nil {
		t.Fatal(err)
	}
	damage := func(history bool) {
		t.Helper()
		err := s.update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketReviews)
			c := b.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				if isHistoryKey(k) == history {
					return b.Put(append([]byte(nil), k...), []byte(`{"at": {"wall": "x"`))
				}
			}
			return errors.New("no record to damage")
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	newer := review("二")
	newer.Updated = data.HLC{Wall: 1 << 50, Node: "me"}
	w := data.MergeWrite{Reviews: []data.Review{newer}, History: []data.HistoryEntry{{PledgeID: p, ReviewerID: "me", At: newer.Updated}}}

	damage(true)
	if _, err := s.ApplyMerge(w); !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("merge over a damaged history entry: %v", err)
	}
	if h, err := s.History(p, "me"); err == nil || len(h) != 0 {
		t.Fatalf("history after a failed merge: %+v %v", h, err)
	}
	if rv, _ := s.Review(p, "me"); rv.Note != "一" {
		t.Fatalf("a failed merge wrote %+v", rv)
	}
	damage(false)
	if _, err := s.ApplyMerge(data.MergeWrite{Reviews: w.Reviews}); !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("merge over a damaged review: %v", err)
	}
}
