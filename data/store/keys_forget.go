package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ForgetKey unpins a reviewer's key, so that the next signed file from them
// pins the key it is signed with. It is for a colleague who really has a new
// key (a new laptop), once the key words were compared by phone. Their
// stored seals go too: they are signed with the old key, and relaying them
// would show the old key to colleagues who pinned the new one. Their
// records stay. It reports whether a key was pinned.
func (s *Store) ForgetKey(reviewerID string) (bool, error) {
	forgot := false
	err := s.update(func(tx *bolt.Tx) error {
		keys := tx.Bucket(bucketKeys)
		if keys.Get([]byte(reviewerID)) == nil {
			return nil
		}
		forgot = true
		if err := keys.Delete([]byte(reviewerID)); err != nil {
			return err
		}
		if err := deleteSealsOf(tx.Bucket(bucketSeals), reviewerID); err != nil {
			return err
		}
		return deleteSealsOf(tx.Bucket(bucketRelay), reviewerID)
	})
	if err != nil {
		return false, fmt.Errorf("forget the key of %s: %w", reviewerID, err)
	}
	return forgot, nil
}

// deleteSealsOf deletes a reviewer's seals of every report (and, in the
// relay bucket, the records relayed under them).
func deleteSealsOf(b *bolt.Bucket, reviewerID string) error {
	var gone [][]byte
	suffix := []byte("\x00" + reviewerID)
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if bytes.HasSuffix(k, suffix) {
			gone = append(gone, bytes.Clone(k))
		}
	}
	for _, k := range gone {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
