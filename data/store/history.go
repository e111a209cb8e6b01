package store

import (
	"bytes"
	"fmt"
	"pledgereview/data"

	bolt "go.etcd.io/bbolt"
)

// History entries live in the reviews bucket right after their review:
// "pledge\x00reviewer" is the review, "pledge\x00reviewer\x00<seq>" its
// history. A save then dirties one leaf page, as a bare update would.
func historyPrefix(pledgeID, reviewerID string) []byte {
	return []byte(pledgeID + "\x00" + reviewerID + "\x00")
}

// isHistoryKey tells a history key from a review key: only history keys
// have a second separator.
func isHistoryKey(k []byte) bool {
	i := bytes.IndexByte(k, 0)
	return i >= 0 && bytes.IndexByte(k[i+1:], 0) >= 0
}

// appendHistory adds an entry under its review; the bucket sequence keeps
// entries in the order they were written.
func appendHistory(tx *bolt.Tx, e data.HistoryEntry) error {
	b := tx.Bucket(bucketReviews)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	key := append(historyPrefix(e.PledgeID, e.ReviewerID), u64(seq)...)
	return putJSON(b, key, e)
}

// History returns the saves of one review, oldest first.
func (s *Store) History(pledgeID, reviewerID string) ([]data.HistoryEntry, error) {
	return s.historyWithPrefix(historyPrefix(pledgeID, reviewerID))
}

// ReportHistory returns the history of every review of a report.
func (s *Store) ReportHistory(reportID string) ([]data.HistoryEntry, error) {
	return s.historyWithPrefix([]byte(reportID + "/"))
}

func (s *Store) historyWithPrefix(prefix []byte) ([]data.HistoryEntry, error) {
	var out []data.HistoryEntry
	err := s.view(func(tx *bolt.Tx) (err error) {
		out, err = readHistory(tx, prefix)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	return out, nil
}

func readHistory(tx *bolt.Tx, prefix []byte) ([]data.HistoryEntry, error) {
	var out []data.HistoryEntry
	c := tx.Bucket(bucketReviews).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if !isHistoryKey(k) {
			continue
		}
		var e data.HistoryEntry
		if err := decodeRecord(v, &e); err != nil {
			return nil, fmt.Errorf("%w: history %q: %v", data.ErrDamaged, k, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// ChangeMark is a number that grows with every save and every merged history
// entry: two equal marks mean no review was written in between.
func (s *Store) ChangeMark() (uint64, error) {
	var mark uint64
	err := s.view(func(tx *bolt.Tx) error {
		mark = tx.Bucket(bucketReviews).Sequence()
		return nil
	})
	return mark, err
}
