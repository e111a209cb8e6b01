package store

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// rejectedKey is the meta key of the links rejected between two reports.
// A rejection is a local preference of this workspace, like the schedule
// settings: never a signed record, never shared.
func rejectedKey(from, to string) []byte {
	return []byte("rejected-links\x00" + from + "\x00" + to)
}

// RejectedLinks returns the pledges of report from whose link to report
// to's review was rejected here, each with the outcome rejected ("" when
// the pledge was left with none).
func (s *Store) RejectedLinks(from, to string) (map[string]string, error) {
	out := map[string]string{}
	err := s.view(func(tx *bolt.Tx) error {
		return getJSON(tx.Bucket(bucketMeta), rejectedKey(from, to), &out)
	})
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return nil, fmt.Errorf("read the rejected links of %s: %w", from, err)
	}
	return out, nil
}

// SetRejectedLink records that the link of pledge to outcome was rejected,
// or, with rejected false, forgets that the pledge's link was.
func (s *Store) SetRejectedLink(from, to, pledge, outcome string, rejected bool) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketMeta)
		set := map[string]string{}
		if err := getJSON(b, rejectedKey(from, to), &set); err != nil && !errors.Is(err, data.ErrNotFound) {
			return err
		}
		if rejected {
			set[pledge] = outcome
		} else {
			delete(set, pledge)
		}
		return putJSON(b, rejectedKey(from, to), set)
	})
	if err != nil {
		return fmt.Errorf("remember the rejected link of %s: %w", pledge, err)
	}
	return nil
}
