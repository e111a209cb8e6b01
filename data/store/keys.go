package store

import (
	"bytes"
	"fmt"
	"pledgereview/data"

	bolt "go.etcd.io/bbolt"
)

func sealKey(reportID, reviewerID string) []byte {
	return []byte(reportID + "\x00" + reviewerID)
}

// ReviewerKeys returns the pinned public keys by reviewer id.
func (s *Store) ReviewerKeys() (map[string][]byte, error) {
	out := map[string][]byte{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketKeys)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			out[string(k)] = bytes.Clone(v)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read reviewer keys: %w", err)
	}
	return out, nil
}

// Seals returns the stored seals of a report's reviewers, by reviewer id.
func (s *Store) Seals(reportID string) (map[string]data.StoredSeal, error) {
	out := map[string]data.StoredSeal{}
	prefix := sealKey(reportID, "")
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeals)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var st data.StoredSeal
			if err := getJSON(b, k, &st); err != nil {
				return err
			}
			out[st.ReviewerID] = st
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read seals of %s: %w", reportID, err)
	}
	return out, nil
}

// putKeys pins keys not pinned yet, inside a merge; a reviewer pinned with
// another key refuses the whole merge.
func putKeys(tx *bolt.Tx, keys []data.ReviewerKey) error {
	b := tx.Bucket(bucketKeys)
	for _, k := range keys {
		old := b.Get([]byte(k.ReviewerID))
		switch {
		case old == nil:
			if err := b.Put([]byte(k.ReviewerID), k.PublicKey); err != nil {
				return err
			}
		case !bytes.Equal(old, k.PublicKey):
			return fmt.Errorf("%w: reviewer %s", data.ErrKeyChanged, k.ReviewerID)
		}
	}
	return nil
}

// putSeals keeps, for each report and reviewer, the seal over the newest
// records: seals[i] encoded as raw[i].
func putSeals(tx *bolt.Tx, seals []data.StoredSeal, raw [][]byte) error {
	b := tx.Bucket(bucketSeals)
	for i, st := range seals {
		key := sealKey(st.ReportID, st.ReviewerID)
		var old struct {
			Newest data.HLC `json:"newest"`
		}
		err := getJSON(b, key, &old)
		if err != nil && err != data.ErrNotFound {
			return err
		}
		if err == nil && st.Newest.Compare(old.Newest) <= 0 {
			continue
		}
		if err := b.Put(key, raw[i]); err != nil {
			return err
		}
	}
	return nil
}
