package store

import (
	"bytes"
	"fmt"
	"pledgereview/data"
	"strings"

	bolt "go.etcd.io/bbolt"
)

func reviewKey(pledgeID, reviewerID string) []byte {
	return []byte(pledgeID + "\x00" + reviewerID)
}

// SaveReview stores a reviewer's review of a pledge in one transaction:
// the record, a newer clock, and a history entry of what changed. A save that
// changes nothing writes nothing and returns the stored review.
func (s *Store) SaveReview(rv data.Review) (data.Review, error) {
	rv = rv.Clone()
	rv.CleanReviewText()
	rv.Status = rv.Status.OrNotRated()
	rv.Tags = cleanTags(rv.Tags)
	if len(rv.Scores) == 0 {
		rv.Scores = nil
	}
	if err := rv.Validate(s.Rubric()); err != nil {
		return data.Review{}, fmt.Errorf("save review of %s: %w", rv.PledgeID, err)
	}
	var saved data.Review
	err := s.update(func(tx *bolt.Tx) error {
		if !s.pledgeExists(tx, rv.PledgeID) {
			return fmt.Errorf("%w: pledge %s", data.ErrNotFound, rv.PledgeID)
		}
		reviews := tx.Bucket(bucketReviews)
		key := reviewKey(rv.PledgeID, rv.ReviewerID)
		old, cached := s.lastSaved(key)
		if !cached {
			old = data.NewReview(rv.PledgeID, rv.ReviewerID)
			if err := getRecord(reviews, key, &old); err != nil && err != data.ErrNotFound {
				return err
			}
		}
		changes := data.Diff(old, rv)
		if len(changes) == 0 {
			saved = old.Clone()
			return nil
		}
		clock := s.tick(old.Updated, rv.ReviewerID)
		rv.Updated = clock
		if err := putJSON(reviews, key, rv); err != nil {
			return err
		}
		// Filled under bbolt's writer lock, so a merge (which clears it in
		// its own transaction) is ordered before or after, never between.
		s.rememberSaved(key, rv.Clone())
		saved = rv
		return appendHistory(tx, data.HistoryEntry{PledgeID: rv.PledgeID, ReviewerID: rv.ReviewerID, At: clock, Changes: changes})
	})
	if err != nil {
		s.forget(reviewKey(rv.PledgeID, rv.ReviewerID))
		return data.Review{}, fmt.Errorf("save review of %s: %w", rv.PledgeID, err)
	}
	return saved, nil
}

// rememberSaved and forget keep s.saved; the cached copies are never handed out.
func (s *Store) rememberSaved(key []byte, rv data.Review) {
	s.mu.Lock()
	s.saved[string(key)] = rv
	s.mu.Unlock()
}

func (s *Store) forget(key []byte) {
	s.mu.Lock()
	delete(s.saved, string(key))
	s.mu.Unlock()
}

func (s *Store) lastSaved(key []byte) (data.Review, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rv, ok := s.saved[string(key)]
	return rv, ok
}

// tick returns a clock newer than the record it replaces and than every
// clock this store has made or merged. Only merges persist the clock: a
// record's own clock already orders its versions, and wall time orders the rest.
func (s *Store) tick(seen data.HLC, node string) data.HLC {
	s.mu.Lock()
	defer s.mu.Unlock()
	last := s.clock
	if seen.Compare(last) > 0 {
		last = seen
	}
	s.clock = data.Next(last, s.now(), node)
	return s.clock
}

func (s *Store) pledgeExists(tx *bolt.Tx, pledgeID string) bool {
	reportID, _, ok := strings.Cut(pledgeID, "/")
	if !ok {
		return false
	}
	if _, err := s.loadReport(tx, reportID); err != nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pledges[reportID][pledgeID]
}

func cleanTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// Review returns a reviewer's review of a pledge, or an empty one.
func (s *Store) Review(pledgeID, reviewerID string) (data.Review, error) {
	rv := data.NewReview(pledgeID, reviewerID)
	err := s.view(func(tx *bolt.Tx) error {
		err := getRecord(tx.Bucket(bucketReviews), reviewKey(pledgeID, reviewerID), &rv)
		if err == data.ErrNotFound {
			return nil
		}
		return err
	})
	if err != nil {
		return data.Review{}, fmt.Errorf("read review of %s: %w", pledgeID, err)
	}
	return rv, nil
}

// Reviews returns every stored review of a report's pledges, by every
// reviewer, ordered by pledge id then reviewer id.
func (s *Store) Reviews(reportID string) ([]data.Review, error) {
	var out []data.Review
	err := s.view(func(tx *bolt.Tx) (err error) {
		out, err = readReviews(tx, reportID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read reviews of %s: %w", reportID, err)
	}
	return out, nil
}

func readReviews(tx *bolt.Tx, reportID string) ([]data.Review, error) {
	var out []data.Review
	prefix := []byte(reportID + "/")
	c := tx.Bucket(bucketReviews).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if isHistoryKey(k) {
			continue
		}
		var rv data.Review
		if err := decodeRecord(v, &rv); err != nil {
			return nil, fmt.Errorf("%w: review %q: %v", data.ErrDamaged, k, err)
		}
		out = append(out, rv)
	}
	return out, nil
}

// ReviewsBy returns one reviewer's reviews of a report, keyed by pledge id.
func (s *Store) ReviewsBy(reportID, reviewerID string) (map[string]data.Review, error) {
	all, err := s.Reviews(reportID)
	if err != nil {
		return nil, err
	}
	out := map[string]data.Review{}
	for _, rv := range all {
		if rv.ReviewerID == reviewerID {
			out[rv.PledgeID] = rv
		}
	}
	return out, nil
}
