package data

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// MergeWrite is what a planned merge of a review file writes.
type MergeWrite struct {
	Reviewers []Reviewer
	Reviews   []Review
	History   []HistoryEntry
	Source    string // the file merged, recorded in the history
}

// MergeResult counts what ApplyMerge changed.
type MergeResult struct {
	Reviewers int
	Written   int
	Skipped   int // not newer than the stored record when the transaction ran
	History   int
}

// ApplyMerge writes a merge in one transaction. The newer-clock rule is
// checked again inside the transaction, so a plan made earlier can never
// overwrite a newer record; history entries already present are not repeated.
func (s *Store) ApplyMerge(w MergeWrite) (MergeResult, error) {
	var res MergeResult
	err := s.db.Update(func(tx *bolt.Tx) error {
		res = MergeResult{}
		rb := tx.Bucket(bucketReviewers)
		for _, r := range w.Reviewers {
			if r.ID == "" {
				continue
			}
			if err := putJSON(rb, []byte(r.ID), r); err != nil {
				return err
			}
			res.Reviewers++
		}
		reviews := tx.Bucket(bucketReviews)
		var newest HLC
		for _, rv := range w.Reviews {
			if !s.pledgeExists(tx, rv.PledgeID) {
				res.Skipped++
				continue
			}
			key := reviewKey(rv.PledgeID, rv.ReviewerID)
			old := NewReview(rv.PledgeID, rv.ReviewerID)
			if err := getJSON(reviews, key, &old); err != nil && err != ErrNotFound {
				return err
			}
			if reviews.Get(key) != nil && rv.Updated.Compare(old.Updated) <= 0 {
				res.Skipped++
				continue
			}
			if err := putJSON(reviews, key, rv); err != nil {
				return err
			}
			res.Written++
			if rv.Updated.Compare(newest) > 0 {
				newest = rv.Updated
			}
		}
		for _, e := range w.History {
			known, err := historyHas(tx, e)
			if err != nil {
				return err
			}
			if known {
				continue
			}
			if e.Source == "" {
				e.Source = w.Source
			}
			if err := appendHistory(tx, e); err != nil {
				return err
			}
			res.History++
		}
		return s.observe(tx, newest)
	})
	s.mu.Lock()
	s.saved = map[string]Review{}
	s.mu.Unlock()
	if err != nil {
		return MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	return res, nil
}

// observe moves the workspace clock forward to a clock seen in a merge, so
// the next local save is newer than everything merged.
func (s *Store) observe(tx *bolt.Tx, seen HLC) error {
	meta := tx.Bucket(bucketMeta)
	var last HLC
	if err := getJSON(meta, keyClock, &last); err != nil && err != ErrNotFound {
		return err
	}
	if seen.Compare(last) <= 0 {
		return nil
	}
	s.mu.Lock()
	if seen.Compare(s.clock) > 0 {
		s.clock = seen
	}
	s.mu.Unlock()
	return putJSON(meta, keyClock, seen)
}

func historyHas(tx *bolt.Tx, e HistoryEntry) (bool, error) {
	prefix := historyPrefix(e.PledgeID, e.ReviewerID)
	c := tx.Bucket(bucketReviews).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var h HistoryEntry
		if err := json.Unmarshal(v, &h); err != nil {
			return false, fmt.Errorf("%w: history %q: %v", ErrDamaged, k, err)
		}
		if h.At == e.At {
			return true, nil
		}
	}
	return false, nil
}
