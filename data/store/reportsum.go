package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// A report is stored with the SHA-256 of its JSON and its source text.
// bbolt keeps no checksum of its pages, and a bit flipped inside a report's
// text still decodes: a pledge would read otherwise than it was imported
// (or its source, which placement and corrections read), and nobody would
// be told. A sum that does not match is damage, named with the newest backup
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
	return putJSON(b, []byte(r.ID), summedReport{Report: raw, Source: r.Source, Sum: reportSum(raw, r.Source)})
}

// reportSum is the hex SHA-256 of a report's JSON and its source text.
func reportSum(raw json.RawMessage, source string) string {
	h := sha256.New()
	h.Write(raw)
	h.Write([]byte{0})
	h.Write([]byte(source))
	return hex.EncodeToString(h.Sum(nil))
}

// decodeReport reads a stored report, checking its sum when it has one.
func decodeReport(id string, raw []byte) (*data.Report, error) {
	var sr summedReport
	if err := json.Unmarshal(raw, &sr); err != nil || len(sr.Report) == 0 {
		return nil, fmt.Errorf("%w: report %s cannot be read", data.ErrDamaged, id)
	}
	if sr.Sum != "" {
		if reportSum(sr.Report, sr.Source) != sr.Sum {
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
