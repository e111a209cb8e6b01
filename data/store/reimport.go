package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// bucketLook holds the pledges whose text changed under their reviews
// when their report was imported again: report, pledge -> the old text.
var bucketLook = []byte("look")

// Reimport replaces a report by its new import and moves its reviews,
// their history and its progress updates to their new pledges, in one
// transaction. Two records of one reviewer that would land on one pledge
// (sentences joined by the correction) keep the first there and the
// other unplaced, never dropped.
func (s *Store) Reimport(ri data.Reimport) (data.ReimportResult, error) {
	var res data.ReimportResult
	r := ri.Report
	if r == nil || r.ID == "" {
		return res, fmt.Errorf("import report again: report has no id")
	}
	err := s.update(func(tx *bolt.Tx) error {
		old, err := s.loadReport(tx, r.ID)
		if err != nil {
			return err
		}
		mv := reimporter{ri: ri, old: old, now: pledgeSet(r), tx: tx}
		if res, err = mv.reviews(); err != nil {
			return err
		}
		if err := mv.progress(); err != nil {
			return err
		}
		if err := mv.look(); err != nil {
			return err
		}
		r.Imported = s.now().UTC()
		return putReport(tx.Bucket(bucketReports), r)
	})
	if err != nil {
		s.mu.Lock()
		delete(s.reports, r.ID)
		s.mu.Unlock()
		return data.ReimportResult{}, fmt.Errorf("import report %s again: %w", r.ID, err)
	}
	s.remember(r)
	s.mu.Lock()
	s.saved = map[string]data.Review{}
	s.mu.Unlock()
	return res, nil
}

func pledgeSet(r *data.Report) map[string]bool {
	out := map[string]bool{}
	for _, p := range r.Pledges() {
		out[p.ID] = true
	}
	return out
}

type reimporter struct {
	ri  data.Reimport
	old *data.Report
	now map[string]bool
	tx  *bolt.Tx
}

// to is where the records of an old pledge go, "" when nowhere.
func (m *reimporter) to(pledgeID string) string {
	if to, ok := m.ri.Moves[pledgeID]; ok {
		return to
	}
	if m.now[pledgeID] {
		return pledgeID
	}
	return ""
}

type kv struct{ k, v []byte }

// take removes and returns the entries of a bucket under a prefix.
func take(b *bolt.Bucket, prefix []byte) ([]kv, error) {
	var out []kv
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		out = append(out, kv{bytes.Clone(k), bytes.Clone(v)})
	}
	for _, e := range out {
		if err := b.Delete(e.k); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// reviews moves the reviews and their history.
func (m *reimporter) reviews() (data.ReimportResult, error) {
	var res data.ReimportResult
	b := m.tx.Bucket(bucketReviews)
	entries, err := take(b, []byte(m.old.ID+"/"))
	if err != nil {
		return res, err
	}
	texts := map[string]string{}
	for _, p := range m.old.Pledges() {
		texts[p.ID] = p.Text
	}
	taken := map[string]string{} // new review key -> the old pledge whose record took it
	var unplaced []data.UnplacedRecord
	for _, e := range entries {
		if isHistoryKey(e.k) {
			continue
		}
		var rv data.Review
		if err := decodeRecord(e.v, &rv); err != nil {
			return res, fmt.Errorf("%w: review %q: %v", data.ErrDamaged, e.k, err)
		}
		to := m.to(rv.PledgeID)
		key := string(reviewKey(to, rv.ReviewerID))
		if _, dup := taken[key]; to == "" || dup {
			unplaced = append(unplaced, data.UnplacedRecord{ReportID: m.old.ID, Fingerprint: m.old.Fingerprint, Review: rv,
				PledgeText: texts[rv.PledgeID], Source: "reimport"})
			continue
		}
		taken[key] = rv.PledgeID
		if to == rv.PledgeID {
			res.Kept++
		} else {
			res.Moved++
		}
		rv.PledgeID = to
		if err := putJSON(b, []byte(key), rv); err != nil {
			return res, err
		}
	}
	res.Unplaced = len(unplaced)
	if _, err := putUnplaced(m.tx, unplaced); err != nil {
		return res, err
	}
	return res, m.history(b, entries, taken)
}

// history puts the history entries of the reviews that were placed back
// under their new key; those of unplaced reviews go with nothing.
func (m *reimporter) history(b *bolt.Bucket, entries []kv, taken map[string]string) error {
	for _, e := range entries {
		if !isHistoryKey(e.k) {
			continue
		}
		var h data.HistoryEntry
		if err := decodeRecord(e.v, &h); err != nil {
			return fmt.Errorf("%w: history %q: %v", data.ErrDamaged, e.k, err)
		}
		to := m.to(h.PledgeID)
		if from, ok := taken[string(reviewKey(to, h.ReviewerID))]; to == "" || !ok || from != h.PledgeID {
			continue
		}
		seq := e.k[len(historyPrefix(h.PledgeID, h.ReviewerID)):]
		h.PledgeID = to
		if err := putJSON(b, append(historyPrefix(to, h.ReviewerID), seq...), h); err != nil {
			return err
		}
	}
	return nil
}

// progress moves the progress updates; those of pledges gone are dropped
// with them, as their pledge's targets are.
func (m *reimporter) progress() error {
	b := m.tx.Bucket(bucketProgress)
	entries, err := take(b, []byte(m.old.ID+"/"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		var u data.ProgressUpdate
		if err := json.Unmarshal(e.v, &u); err != nil {
			return fmt.Errorf("%w: progress %q: %v", data.ErrDamaged, e.k, err)
		}
		if u.PledgeID = m.to(u.PledgeID); u.PledgeID == "" {
			continue
		}
		if err := putJSON(b, updateKey(u), u); err != nil {
			return err
		}
	}
	return nil
}

// look marks the pledges whose text changed under their records.
func (m *reimporter) look() error {
	b := m.tx.Bucket(bucketLook)
	for id, text := range m.ri.Look {
		if err := b.Put([]byte(m.old.ID+"\x00"+id), []byte(text)); err != nil {
			return err
		}
	}
	return nil
}

// TextChanged returns the pledges of a report whose text changed under
// their reviews when it was imported again, with the text reviewed.
func (s *Store) TextChanged(reportID string) (map[string]string, error) {
	out := map[string]string{}
	err := s.view(func(tx *bolt.Tx) error {
		prefix := []byte(reportID + "\x00")
		c := tx.Bucket(bucketLook).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			out[string(k[len(prefix):])] = string(v)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("changed pledges of %s: %w", reportID, err)
	}
	return out, nil
}
