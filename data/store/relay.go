package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// bucketRelay holds what relays colleagues' records placed by text
// (data.Relay): reviews under "r", progress updates under "p", seals under
// "s", forms under "f".
var bucketRelay = []byte("relay")

// putRelay keeps what a merge gives to relay; a seal replaces one of the
// same form and reviewer only when it seals newer records.
func putRelay(tx *bolt.Tx, r data.Relay) error {
	if r.IsEmpty() {
		return nil
	}
	b := tx.Bucket(bucketRelay)
	for _, rec := range r.Records {
		if err := putJSON(b, rec.Key(), rec); err != nil {
			return fmt.Errorf("keep a record to relay: %w", err)
		}
	}
	for _, st := range r.Seals {
		var old data.RelayedSeal
		err := getJSON(b, st.Key(), &old)
		if err != nil && err != data.ErrNotFound {
			return err
		}
		if err == nil && st.Seal.Newest.Compare(old.Seal.Newest) <= 0 {
			continue
		}
		if err := putJSON(b, st.Key(), st); err != nil {
			return fmt.Errorf("keep a seal to relay: %w", err)
		}
	}
	for _, fm := range r.Forms {
		if err := putJSON(b, fm.Key(), fm); err != nil {
			return fmt.Errorf("keep a report form to relay: %w", err)
		}
	}
	return nil
}

// Relay returns what the workspace keeps to relay the records of a report
// placed by text.
func (s *Store) Relay(reportID string) (data.Relay, error) {
	var out data.Relay
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRelay)
		if b == nil { // a workspace opened read-only before the bucket existed
			return nil
		}
		for _, kind := range []string{"r", "p"} {
			if err := scanRelay(b, kind, reportID, func(v []byte) error {
				var rec data.RelayedRecord
				err := json.Unmarshal(v, &rec)
				out.Records = append(out.Records, rec)
				return err
			}); err != nil {
				return err
			}
		}
		if err := scanRelay(b, "s", reportID, func(v []byte) error {
			var st data.RelayedSeal
			err := json.Unmarshal(v, &st)
			out.Seals = append(out.Seals, st)
			return err
		}); err != nil {
			return err
		}
		return scanRelay(b, "f", reportID, func(v []byte) error {
			var fm data.RelayedForm
			err := json.Unmarshal(v, &fm)
			out.Forms = append(out.Forms, fm)
			return err
		})
	})
	if err != nil {
		return data.Relay{}, fmt.Errorf("records to relay of %s: %w", reportID, err)
	}
	return out, nil
}

// scanRelay calls fn with every value of one kind kept for a report.
func scanRelay(b *bolt.Bucket, kind, reportID string, fn func([]byte) error) error {
	prefix := []byte(kind + "\x00" + reportID + "\x00")
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if err := fn(v); err != nil {
			return fmt.Errorf("%w: a record to relay cannot be read", data.ErrDamaged)
		}
	}
	return nil
}
