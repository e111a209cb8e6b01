package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// A report is stored with the SHA-256 of its JSON. bbolt keeps no checksum
// of its pages, and a bit flipped inside a report's text still decodes: a
// pledge would read otherwise than it was imported, and nobody would be
// told. A sum that does not match is damage, named with the newest backup
// like every other. Reports stored before the sum was kept have none and
// are read as they are.
type summedReport struct {
	Report json.RawMessage `json:"report"`
	Source string          `json:"source"`
	Sum    string          `json:"sum,omitempty"`
}

// putReport stores r under its id, with the sum of its JSON.
func putReport(b *bolt.Bucket, r *data.Report) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(raw)
	return putJSON(b, []byte(r.ID), summedReport{Report: raw, Source: r.Source, Sum: hex.EncodeToString(sum[:])})
}

// decodeReport reads a stored report, checking its sum when it has one.
func decodeReport(id string, raw []byte) (*data.Report, error) {
	var sr summedReport
	if err := json.Unmarshal(raw, &sr); err != nil || len(sr.Report) == 0 {
		return nil, fmt.Errorf("%w: report %s cannot be read", data.ErrDamaged, id)
	}
	if sr.Sum != "" {
		sum := sha256.Sum256(sr.Report)
		if hex.EncodeToString(sum[:]) != sr.Sum {
			return nil, fmt.Errorf("%w: the text of report %s is not the text imported", data.ErrDamaged, id)
		}
	}
	var r *data.Report
	if err := json.Unmarshal(sr.Report, &r); err != nil || r == nil {
		return nil, fmt.Errorf("%w: report %s cannot be read", data.ErrDamaged, id)
	}
	r.Source = sr.Source
	return r, nil
}
