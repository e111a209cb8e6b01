package data

import (
	"bytes"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// ErrKeyChanged refuses a merge that would give a reviewer another key than
// the one pinned in the workspace.
var ErrKeyChanged = errors.New("another key is pinned for this reviewer")

// ReviewerKey is a reviewer's public key, pinned in the workspace by the
// first signed review file merged from them (trust on first use).
type ReviewerKey struct {
	ReviewerID string
	PublicKey  []byte
}

// StoredSeal is the newest signature a workspace holds over one reviewer's
// records of one report, kept so that "export everything" can relay those
// records with their author's signature. Seal is the signed JSON, as signed.
type StoredSeal struct {
	ReportID   string `json:"report"`
	ReviewerID string `json:"reviewer"`
	Newest     HLC    `json:"newest"`
	Seal       []byte `json:"seal"`
	Signature  []byte `json:"signature"`
}

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
func (s *Store) Seals(reportID string) (map[string]StoredSeal, error) {
	out := map[string]StoredSeal{}
	prefix := sealKey(reportID, "")
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeals)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var st StoredSeal
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
func putKeys(tx *bolt.Tx, keys []ReviewerKey) error {
	b := tx.Bucket(bucketKeys)
	for _, k := range keys {
		old := b.Get([]byte(k.ReviewerID))
		switch {
		case old == nil:
			if err := b.Put([]byte(k.ReviewerID), k.PublicKey); err != nil {
				return err
			}
		case !bytes.Equal(old, k.PublicKey):
			return fmt.Errorf("%w: reviewer %s", ErrKeyChanged, k.ReviewerID)
		}
	}
	return nil
}

// putSeals keeps, for each report and reviewer, the seal over the newest
// records.
func putSeals(tx *bolt.Tx, seals []StoredSeal) error {
	b := tx.Bucket(bucketSeals)
	for _, st := range seals {
		key := sealKey(st.ReportID, st.ReviewerID)
		var old StoredSeal
		err := getJSON(b, key, &old)
		if err != nil && err != ErrNotFound {
			return err
		}
		if err == nil && st.Newest.Compare(old.Newest) <= 0 {
			continue
		}
		if err := putJSON(b, key, st); err != nil {
			return err
		}
	}
	return nil
}
