package store

import (
	"encoding/json"
	"fmt"
	"pledgereview/data"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// PutReviewer records a reviewer (or a new display name for a known one),
// the name cleaned (see CleanName).
func (s *Store) PutReviewer(r data.Reviewer) error {
	r.Name = data.CleanName(r.Name)
	if r.ID == "" {
		return fmt.Errorf("put reviewer: empty id")
	}
	var known data.Reviewer
	s.view(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bucketReviewers), []byte(r.ID), &known) })
	if known == r {
		return nil // opening a workspace should not write to it
	}
	err := s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketReviewers), []byte(r.ID), r)
	})
	if err != nil {
		return fmt.Errorf("put reviewer %s: %w", r.ID, err)
	}
	return nil
}

// Reviewers lists every reviewer the workspace has seen, sorted by id.
func (s *Store) Reviewers() ([]data.Reviewer, error) {
	var out []data.Reviewer
	err := s.view(func(tx *bolt.Tx) (err error) {
		out, err = readReviewers(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list reviewers: %w", err)
	}
	return out, nil
}

func readReviewers(tx *bolt.Tx) ([]data.Reviewer, error) {
	var out []data.Reviewer
	err := tx.Bucket(bucketReviewers).ForEach(func(k, v []byte) error {
		var r data.Reviewer
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("%w: reviewer %q: %v", data.ErrDamaged, k, err)
		}
		r.Name = data.CleanName(r.Name) // names stored by an older version
		out = append(out, r)
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}
