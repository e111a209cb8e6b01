package store

import (
	"encoding/json"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// bucketUnplaced holds the records kept unplaced (data.UnplacedRecord).
var bucketUnplaced = []byte("unplaced")

// putUnplaced keeps unplaced records; one already kept is replaced only by
// a newer record.
func putUnplaced(tx *bolt.Tx, us []data.UnplacedRecord) (int, error) {
	b := tx.Bucket(bucketUnplaced)
	n := 0
	for _, u := range us {
		var old data.UnplacedRecord
		if getJSON(b, u.Key(), &old) == nil && u.Review.Updated.Compare(old.Review.Updated) <= 0 {
			continue
		}
		if err := putJSON(b, u.Key(), u); err != nil {
			return n, fmt.Errorf("keep an unplaced record: %w", err)
		}
		n++
	}
	return n, nil
}

// Unplaced lists the records of a report kept unplaced, by pledge text.
func (s *Store) Unplaced(reportID string) ([]data.UnplacedRecord, error) {
	var out []data.UnplacedRecord
	err := s.view(func(tx *bolt.Tx) error {
		prefix := []byte(reportID + "\x00")
		c := tx.Bucket(bucketUnplaced).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
			var u data.UnplacedRecord
			if err := json.Unmarshal(v, &u); err != nil {
				return fmt.Errorf("%w: an unplaced record cannot be read", data.ErrDamaged)
			}
			out = append(out, u)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("unplaced records of %s: %w", reportID, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].PledgeText < out[j].PledgeText })
	return out, nil
}

// dropUnplaced removes kept records that have now been placed.
func dropUnplaced(tx *bolt.Tx, us []data.UnplacedRecord) error {
	b := tx.Bucket(bucketUnplaced)
	for _, u := range us {
		if err := b.Delete(u.Key()); err != nil {
			return err
		}
	}
	return nil
}
