package store

import (
	"encoding/json"
	"fmt"
	"pledgereview/data"

	jsonv2 "github.com/go-json-experiment/json"
	bolt "go.etcd.io/bbolt"
)

// decodeRecord decodes a review or history entry of the reviews bucket.
//
// A merge stores a colleague's record as the bytes his file held, once
// data/share's strict decoder (encoding/json/v2's rules, nothing unknown)
// has accepted them. Reading them with that same decoder is what makes a
// merge unable to store what the workspace cannot read back: there is no
// second decoder to disagree on overflow, control bytes or case folding.
// A record an earlier version stored that v2 refuses (it checked with
// another decoder) is read as that version read it, so no workspace that
// opened before stops opening.
func decodeRecord(raw []byte, v any) error {
	err := jsonv2.Unmarshal(raw, v)
	if err != nil && json.Unmarshal(raw, v) == nil {
		return nil
	}
	return err
}

// getRecord decodes the record at key of the reviews bucket.
func getRecord(b *bolt.Bucket, key []byte, v any) error {
	raw := b.Get(key)
	if raw == nil {
		return data.ErrNotFound
	}
	if err := decodeRecord(raw, v); err != nil {
		return fmt.Errorf("%w: %s: %v", data.ErrDamaged, key, err)
	}
	return nil
}
