package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"pledgereview/data"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// seekAfter is how many keys storedClocks steps over before it seeks: a
// step costs far less than a seek, which starts from the root again.
const seekAfter = 16

// storedClocks reads, in one pass in key order, what the workspace holds of
// the records a merge writes: each stored review's clock and its history's
// clocks, decoding nothing else. An empty bucket holds none of them.
func storedClocks(b *bolt.Bucket, records []mergeRecord) error {
	c := b.Cursor()
	k, v := c.First()
	for i := range records {
		if k == nil {
			return nil // past the last key: the rest are not stored
		}
		rec := &records[i]
		for k, v = advance(c, k, v, rec.key); k != nil && bytes.Equal(recordOf(k), rec.key); k, v = c.Next() {
			if err := rec.read(k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// advance moves the cursor, at k, to the first key whose record is not
// before want: a few steps forward, or a seek.
func advance(c *bolt.Cursor, k, v, want []byte) ([]byte, []byte) {
	for range seekAfter {
		if k == nil || bytes.Compare(recordOf(k), want) >= 0 {
			return k, v
		}
		k, v = c.Next()
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
func (r *mergeRecord) read(k, v []byte) error {
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

	pledge   int // the pledge checked last (mergeRecord.pledge, -1 at first or unnumbered), and whether it exists
	pledgeOK bool
	reportID string          // the report of the last pledge checked
	pledges  map[string]bool // its pledge ids, nil when it is not there

	key     []byte // the key of the history entry put last, reused
	unknown int    // reviews of pledges the workspace does not have
}

// pledgeExists tells whether the workspace has the pledge of rec, rv's.
// A merge writes in key order, so the reviews of one pledge come one after
// the other; they are told apart by the record's number for the pledge,
// not by rv's id, whose bytes lie in the file it came from: far apart in
// memory from one review to the next.
func (m *merger) pledgeExists(rec *mergeRecord, rv *data.Review) bool {
	if rec.pledge < 0 || rec.pledge != m.pledge {
		m.pledge, m.pledgeOK = rec.pledge, m.lookUpPledge(rv.PledgeID)
	}
	return m.pledgeOK
}

func (m *merger) lookUpPledge(pledgeID string) bool {
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

// review puts rv, encoded as raw, under its key when its pledge exists
// and it is newer than the record held.
func (m *merger) review(rec *mergeRecord, rv *data.Review, raw []byte) (reviewOutcome, error) {
	if !m.pledgeExists(rec, rv) {
		m.unknown++
		return reviewNoPledge, nil
	}
	if rec.exists && rv.Updated.Compare(rec.updated) <= 0 {
		return reviewNotNewer, nil
	}
	if err := m.reviews.Put(rec.key, raw); err != nil {
		return reviewWritten, err
	}
	rec.exists, rec.updated = true, rv.Updated
	return reviewWritten, nil
}

// history appends e, encoded as raw, unless its review holds an entry with
// its clock already.
func (m *merger) history(rec *mergeRecord, e *data.HistoryEntry, raw []byte, res *data.MergeResult) error {
	if rec.hasHistory(e.At) {
		return nil
	}
	seq, err := m.reviews.NextSequence()
	if err != nil {
		return err
	}
	m.key = binary.BigEndian.AppendUint64(append(append(m.key[:0], rec.key...), 0), seq)
	if err := m.reviews.Put(m.key, raw); err != nil { // bbolt keeps a copy of the key
		return err
	}
	rec.history = append(rec.history, e.At)
	res.History++
	return nil
}
