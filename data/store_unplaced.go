package data

import (
	"encoding/json"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// bucketUnplaced holds the records of colleagues' files that found no
// pledge in the report (its text differs from the author's), kept as the
// author wrote them until a later import or correction lets them be placed.
var bucketUnplaced = []byte("unplaced")

// UnplacedRecord is a review kept apart: the record as its author wrote it
// (its pledge id is the author's), what the author's file said of the
// pledge, and the report form it was written on.
type UnplacedRecord struct {
	ReportID    string `json:"report"`
	Fingerprint string `json:"fingerprint"` // of the author's form of the report
	Review      Review `json:"review"`
	PledgeText  string `json:"pledge_text"`
	TextHash    string `json:"text_hash"`
	Source      string `json:"source,omitempty"` // the file it came in
}

// Key is where the record is kept: one per report, form, pledge and reviewer.
func (u UnplacedRecord) Key() []byte {
	return []byte(u.ReportID + "\x00" + u.Fingerprint + "\x00" + u.Review.PledgeID + "\x00" + u.Review.ReviewerID)
}

// putUnplaced keeps unplaced records; one already kept is replaced only by
// a newer record.
func putUnplaced(tx *bolt.Tx, us []UnplacedRecord) (int, error) {
	b := tx.Bucket(bucketUnplaced)
	n := 0
	for _, u := range us {
		var old UnplacedRecord
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
func (s *Store) Unplaced(reportID string) ([]UnplacedRecord, error) {
	var out []UnplacedRecord
	err := s.view(func(tx *bolt.Tx) error {
		prefix := []byte(reportID + "\x00")
		c := tx.Bucket(bucketUnplaced).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
			var u UnplacedRecord
			if err := json.Unmarshal(v, &u); err != nil {
				return fmt.Errorf("%w: an unplaced record cannot be read", ErrDamaged)
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
func dropUnplaced(tx *bolt.Tx, us []UnplacedRecord) error {
	b := tx.Bucket(bucketUnplaced)
	for _, u := range us {
		if err := b.Delete(u.Key()); err != nil {
			return err
		}
	}
	return nil
}
