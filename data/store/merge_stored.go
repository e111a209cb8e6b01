package store

import (
	"bytes"
	"fmt"
	"pledgereview/data"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// storedRecord is what a merge needs to know of a review it writes: the
// clock of the stored record, if any, and the clocks of its history,
// stored or written by this merge.
type storedRecord struct {
	exists  bool
	updated data.HLC
	history []data.HLC
}

func (r *storedRecord) hasHistory(at data.HLC) bool {
	for _, h := range r.history {
		if h == at {
			return true
		}
	}
	return false
}

// seekAfter is how many keys storedClocks steps over before it seeks: a
// step costs far less than a seek, which starts from the root again.
const seekAfter = 16

// storedClocks reads, in one pass in key order, what the workspace holds of
// the reviews ops write: each stored review's clock and its history's
// clocks, decoding nothing else. ops are sorted by key (mergeOrder).
func storedClocks(b *bolt.Bucket, ops []mergeOp) (map[string]*storedRecord, error) {
	out := make(map[string]*storedRecord, len(ops)/2+1)
	c := b.Cursor()
	var k, v []byte
	positioned := false
	for i, op := range ops {
		if i > 0 && ops[i-1].key == op.key {
			continue
		}
		rec := &storedRecord{}
		out[op.key] = rec
		want := []byte(op.key)
		k, v = advance(c, k, v, want, positioned)
		positioned = true
		for ; k != nil && bytes.Equal(recordOf(k), want); k, v = c.Next() {
			if err := rec.read(k, v); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// advance moves the cursor, at k, to the first key whose record is not
// before want: a few steps forward, or a seek.
func advance(c *bolt.Cursor, k, v, want []byte, positioned bool) ([]byte, []byte) {
	if positioned {
		for range seekAfter {
			if k == nil || bytes.Compare(recordOf(k), want) >= 0 {
				return k, v
			}
			k, v = c.Next()
		}
	}
	return c.Seek(want)
}

// recordOf returns the review key a key of the reviews bucket belongs to:
// the key itself for a review, its review's key for a history entry.
func recordOf(k []byte) []byte {
	i := bytes.IndexByte(k, 0)
	if i < 0 {
		return k
	}
	if j := bytes.IndexByte(k[i+1:], 0); j >= 0 {
		return k[:i+1+j]
	}
	return k
}

// read takes the clock of a stored review or history entry.
func (r *storedRecord) read(k, v []byte) error {
	if isHistoryKey(k) {
		var h struct {
			At data.HLC `json:"at"`
		}
		if err := decodeRecord(v, &h); err != nil {
			return fmt.Errorf("%w: history %q: %v", data.ErrDamaged, k, err)
		}
		r.history = append(r.history, h.At)
		return nil
	}
	var old struct {
		Updated data.HLC `json:"updated"`
	}
	if err := decodeRecord(v, &old); err != nil {
		return fmt.Errorf("%w: %s: %v", data.ErrDamaged, k, err)
	}
	r.exists, r.updated = true, old.Updated
	return nil
}

// merger holds what one ApplyMerge transaction looks up again and again.
type merger struct {
	s       *Store
	tx      *bolt.Tx
	reviews *bolt.Bucket
	stored  map[string]*storedRecord // by review key, see storedClocks

	reportID string          // the report of the last pledge checked
	pledges  map[string]bool // its pledge ids, nil when it is not there

	unknown int // reviews of pledges the workspace does not have
}

func (m *merger) pledgeExists(pledgeID string) bool {
	reportID, _, ok := strings.Cut(pledgeID, "/")
	if !ok {
		return false
	}
	if reportID != m.reportID || m.pledges == nil {
		m.reportID, m.pledges = reportID, nil
		if _, err := m.s.loadReport(m.tx, reportID); err == nil {
			m.s.mu.Lock()
			m.pledges = m.s.pledges[reportID]
			m.s.mu.Unlock()
		}
	}
	return m.pledges[pledgeID]
}

// reviewOutcome is what merging one review did.
type reviewOutcome int

const (
	reviewWritten  reviewOutcome = iota
	reviewNotNewer               // the workspace holds this clock or a newer one
	reviewNoPledge               // the workspace has no such pledge
)

// review puts rv, encoded as raw, under key when its pledge exists and it
// is newer than the record held.
func (m *merger) review(key string, rv data.Review, raw []byte) (reviewOutcome, error) {
	if !m.pledgeExists(rv.PledgeID) {
		m.unknown++
		return reviewNoPledge, nil
	}
	rec := m.stored[key]
	if rec.exists && rv.Updated.Compare(rec.updated) <= 0 {
		return reviewNotNewer, nil
	}
	k := []byte(key)
	if err := m.reviews.Put(k, raw); err != nil {
		return reviewWritten, err
	}
	rec.exists, rec.updated = true, rv.Updated
	return reviewWritten, nil
}

// history appends e, encoded as raw, unless its review holds an entry with
// its clock already.
func (m *merger) history(key string, e data.HistoryEntry, raw []byte, res *data.MergeResult) error {
	rec := m.stored[key]
	if rec.hasHistory(e.At) {
		return nil
	}
	seq, err := m.reviews.NextSequence()
	if err != nil {
		return err
	}
	k := make([]byte, 0, len(key)+9)
	k = append(append(append(k, key...), 0), u64(seq)...)
	if err := m.reviews.Put(k, raw); err != nil {
		return err
	}
	rec.history = append(rec.history, e.At)
	res.History++
	return nil
}
