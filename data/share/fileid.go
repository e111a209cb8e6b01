package share

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// ID names what a review file holds, whatever its name or where it lies: a
// signed file by the signatures of its groups (each covers every record of
// its group), an unsigned one by its checksum. Two files with the same ID
// merge alike; a colleague's next export has another ID.
func (f *File) ID() string {
	if !f.Signed {
		return "v1:" + f.Checksum
	}
	ids := make([]string, 0, len(f.Seals))
	for id := range f.Seals {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	h := sha256.New()
	for _, id := range ids {
		h.Write(f.Seals[id].Signature)
	}
	for _, sub := range f.Relayed {
		h.Write(sub.Seals[sub.Exporter.ID].Signature)
	}
	return "v2:" + hex.EncodeToString(h.Sum(nil))
}
