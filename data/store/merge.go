package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"pledgereview/data"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// ApplyMerge writes a merge in one transaction. The newer-clock rule is
// checked again inside the transaction, so a plan made earlier can never
// overwrite a newer record; history entries already present are not repeated.
//
// Several writes of one record are checked in the order given, so the newest
// clock wins whatever the order. The records are put in key order, each
// review followed by its history (see mergeBatch). What needs no
// transaction (the order, the records' and seals' JSON) is made before it,
// at once; while the transaction commits, the disk begins writing what it
// has written (writeBehind).
func (s *Store) ApplyMerge(w data.MergeWrite) (data.MergeResult, error) {
	if err := CheckMergeWrite(w); err != nil {
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	var batch mergeBatch
	ordered := make(chan struct{})
	go func() {
		defer close(ordered)
		batch = orderMerge(w)
	}()
	enc, err := encodeMerge(w)
	<-ordered
	if err != nil {
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	var res data.MergeResult
	stop := func() {}
	err = s.update(func(tx *bolt.Tx) (err error) {
		if res, err = s.writeMerge(tx, w, batch, enc); err == nil {
			stop = writeBehind(s.file) // for the commit, which follows
		}
		return err
	})
	stop()
	if err != nil {
		s.mu.Lock()
		s.saved = map[string]data.Review{}
		s.mu.Unlock()
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	return res, nil
}

// writeMerge is the transaction of ApplyMerge.
func (s *Store) writeMerge(tx *bolt.Tx, w data.MergeWrite, batch mergeBatch, enc mergeJSON) (data.MergeResult, error) {
	var res data.MergeResult
	if err := putKeys(tx, w.Keys); err != nil {
		return res, err
	}
	if err := putSeals(tx, w.Seals, enc.seals); err != nil {
		return res, err
	}
	var err error
	if res.Reviewers, err = putReviewers(tx, w.Reviewers); err != nil {
		return res, err
	}
	if res.Unplaced, err = putUnplaced(tx, w.Unplaced); err != nil {
		return res, err
	}
	if err := dropUnplaced(tx, w.Placed); err != nil {
		return res, err
	}
	if err := putRelay(tx, w.Relay); err != nil {
		return res, err
	}
	m := merger{s: s, tx: tx, reviews: tx.Bucket(bucketReviews), pledge: -1}
	if err = storedClocks(m.reviews, batch.records); err != nil {
		return res, err
	}
	newest, err := m.records(w, batch, enc, &res)
	if err != nil {
		return res, err
	}
	written, unknown, seen, err := m.progress(w.Progress)
	if err != nil {
		return res, err
	}
	res.Progress, res.Unknown = written, unknown+m.unknown
	if seen.Compare(newest) > 0 {
		newest = seen
	}
	s.mu.Lock()
	s.saved = map[string]data.Review{} // inside the transaction: see SaveReview
	s.mu.Unlock()
	return res, s.observe(tx, newest)
}

// putReviewers stores the reviewers of a merge, their names cleaned.
func putReviewers(tx *bolt.Tx, reviewers []data.Reviewer) (int, error) {
	rb := tx.Bucket(bucketReviewers)
	n := 0
	for _, r := range reviewers {
		if r.ID == "" {
			continue
		}
		r.Name = data.CleanName(r.Name)
		if err := putJSON(rb, []byte(r.ID), r); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// fillPercent is how full bbolt fills the pages a merge splits. The
// records go in key order, so pages filled rather than half split less and
// write fewer pages: full when the merge adds only records the workspace
// did not hold (a colleague's first file, as appending), 90% when it
// updates stored ones, so that the saves that follow do not split every
// page again.
func fillPercent(records []mergeRecord) float64 {
	for i := range records {
		if records[i].exists || len(records[i].history) > 0 {
			return 0.9
		}
	}
	return 1.0
}

// records puts the reviews and history of w in the order of the batch,
// counting them in res, and returns the newest clock written.
func (m *merger) records(w data.MergeWrite, batch mergeBatch, enc mergeJSON, res *data.MergeResult) (data.HLC, error) {
	m.reviews.FillPercent = fillPercent(batch.records)
	var newest data.HLC
	for _, op := range batch.ops {
		rec := &batch.records[op.rec]
		if op.history {
			if err := m.history(rec, &w.History[op.i], enc.history[op.i], res); err != nil {
				return newest, err
			}
			continue
		}
		rv := &w.Reviews[op.i]
		outcome, err := m.review(rec, rv, enc.reviews[op.i])
		if err != nil {
			return newest, err
		}
		switch outcome {
		case reviewWritten:
			res.Written++
			if rv.Updated.Compare(newest) > 0 {
				newest = rv.Updated
			}
		case reviewNotNewer:
			res.Skipped++
		}
	}
	return newest, nil
}

// mergeJSON holds the records and seals of a MergeWrite encoded, by index.
type mergeJSON struct {
	reviews, history, seals [][]byte
}

// encodeMerge encodes the records and seals of w before the transaction,
// on every core. History entries get w.Source when they name no source.
func encodeMerge(w data.MergeWrite) (mergeJSON, error) {
	enc := mergeJSON{reviews: make([][]byte, len(w.Reviews)), history: make([][]byte, len(w.History)), seals: make([][]byte, len(w.Seals))}
	n := len(w.Reviews) + len(w.History) + len(w.Seals)
	workers := min(runtime.GOMAXPROCS(0), (n+1023)/1024)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			sources := map[string][]byte{} // the end of an entry naming a source, by source
			var buf []byte                 // room for history entries, see encodeHistory
			for i := g; i < n && errs[g] == nil; i += workers {
				switch j := i - len(w.Reviews); {
				case i < len(w.ReviewsJSON) && w.ReviewsJSON[i] != nil:
					enc.reviews[i] = w.ReviewsJSON[i] // as the file carried it
				case j < 0:
					enc.reviews[i], errs[g] = json.Marshal(w.Reviews[i])
				case j < len(w.History):
					enc.history[j], buf, errs[g] = encodeHistory(w, j, sources, buf)
				default:
					enc.seals[j-len(w.History)], errs[g] = json.Marshal(w.Seals[j-len(w.History)])
				}
			}
		})
	}
	wg.Wait()
	return enc, errors.Join(errs...)
}

// encodeHistory encodes w.History[j] naming its source (w.Source when it
// names none): its JSON as the file held it when there is, with the source
// added, else encoded again. The JSON with the source added is cut from
// buf, which it returns with what is left; a new buf is made when it
// lacks room, so what is cut from it is never written again.
func encodeHistory(w data.MergeWrite, j int, sources map[string][]byte, buf []byte) ([]byte, []byte, error) {
	e := &w.History[j]
	source := e.Source
	if source == "" {
		source = w.Source
	}
	if j >= len(w.HistoryJSON) || w.HistoryJSON[j] == nil {
		named := *e
		named.Source = source
		raw, err := json.Marshal(named)
		return raw, buf, err
	}
	raw := w.HistoryJSON[j]
	if source == "" {
		return raw, buf, nil
	}
	end, ok := sources[source]
	if !ok {
		s, err := json.Marshal(source)
		if err != nil {
			return nil, buf, err
		}
		end = append(append([]byte(`,"source":`), s...), '}')
		sources[source] = end
	}
	// "source" goes last, as json.Marshal writes it.
	size := len(raw) - 1 + len(end)
	if cap(buf)-len(buf) < size {
		buf = make([]byte, 0, max(size, historyChunk))
	}
	out := append(append(buf[len(buf):len(buf):len(buf)+size], raw[:len(raw)-1]...), end...)
	return out, buf[:len(buf)+size], nil
}

// historyChunk is the size of the buffers encodeHistory cuts entries from.
const historyChunk = 1 << 20

// observe moves the workspace clock forward to a clock seen in a merge, so
// the next local save is newer than everything merged.
func (s *Store) observe(tx *bolt.Tx, seen data.HLC) error {
	meta := tx.Bucket(bucketMeta)
	var last data.HLC
	if err := getJSON(meta, keyClock, &last); err != nil && err != data.ErrNotFound {
		return err
	}
	if seen.Compare(last) <= 0 {
		return nil
	}
	s.mu.Lock()
	if seen.Compare(s.clock) > 0 {
		s.clock = seen
	}
	s.mu.Unlock()
	return putJSON(meta, keyClock, seen)
}
