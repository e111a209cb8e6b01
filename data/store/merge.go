package store

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"pledgereview/data"
	"runtime"
	"slices"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// ApplyMerge writes a merge in one transaction. The newer-clock rule is
// checked again inside the transaction, so a plan made earlier can never
// overwrite a newer record; history entries already present are not repeated.
//
// Several writes of one record are checked in the order given, so the newest
// clock wins whatever the order. The records are put in key order, each
// review followed by its history: bbolt splits pages only at commit, and a
// large merge put in file order would shift ever longer pages.
func (s *Store) ApplyMerge(w data.MergeWrite) (data.MergeResult, error) {
	if err := CheckMergeWrite(w); err != nil {
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	ops := mergeOrder(w)
	enc, err := encodeMerge(w)
	if err != nil {
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	var res data.MergeResult
	err = s.update(func(tx *bolt.Tx) (err error) {
		res, err = s.writeMerge(tx, w, ops, enc)
		return err
	})
	if err != nil {
		s.mu.Lock()
		s.saved = map[string]data.Review{}
		s.mu.Unlock()
		return data.MergeResult{}, fmt.Errorf("merge %s: %w", w.Source, err)
	}
	return res, nil
}

// writeMerge is the transaction of ApplyMerge.
func (s *Store) writeMerge(tx *bolt.Tx, w data.MergeWrite, ops []mergeOp, enc mergeJSON) (data.MergeResult, error) {
	var res data.MergeResult
	if err := putKeys(tx, w.Keys); err != nil {
		return res, err
	}
	if err := putSeals(tx, w.Seals); err != nil {
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
	m := merger{s: s, tx: tx, reviews: tx.Bucket(bucketReviews)}
	if m.stored, err = storedClocks(m.reviews, ops); err != nil {
		return res, err
	}
	newest, err := m.records(w, ops, enc, &res)
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
func fillPercent(stored map[string]*storedRecord) float64 {
	for _, rec := range stored {
		if rec.exists || len(rec.history) > 0 {
			return 0.9
		}
	}
	return 1.0
}

// records puts the reviews and history of w in the order of ops, counting
// them in res, and returns the newest clock written.
func (m *merger) records(w data.MergeWrite, ops []mergeOp, enc mergeJSON, res *data.MergeResult) (data.HLC, error) {
	m.reviews.FillPercent = fillPercent(m.stored)
	var newest data.HLC
	for _, op := range ops {
		if op.history {
			if err := m.history(op.key, w.History[op.i], enc.history[op.i], res); err != nil {
				return newest, err
			}
			continue
		}
		rv := w.Reviews[op.i]
		outcome, err := m.review(op.key, rv, enc.reviews[op.i])
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

// mergeOp is one record of a MergeWrite: w.Reviews[i], or w.History[i].
type mergeOp struct {
	key     string // reviewKey of the record
	history bool
	i       int
}

// mergeOrder sorts the records of w by key, a review before its history,
// keeping the given order among the writes of one record. The keys are
// reviewKey's, made as strings at once.
func mergeOrder(w data.MergeWrite) []mergeOp {
	ops := make([]mergeOp, 0, len(w.Reviews)+len(w.History))
	for i, rv := range w.Reviews {
		ops = append(ops, mergeOp{key: rv.PledgeID + "\x00" + rv.ReviewerID, i: i})
	}
	for i, e := range w.History {
		ops = append(ops, mergeOp{key: e.PledgeID + "\x00" + e.ReviewerID, history: true, i: i})
	}
	slices.SortFunc(ops, func(a, b mergeOp) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		switch {
		case a.history == b.history:
			return cmp.Compare(a.i, b.i) // the given order
		case a.history:
			return 1
		default:
			return -1
		}
	})
	return ops
}

// mergeJSON holds the records of a MergeWrite encoded, by index.
type mergeJSON struct {
	reviews, history [][]byte
}

// encodeMerge encodes the records of w before the transaction, on every
// core: encoding is most of the work of a large merge. History entries get
// w.Source when they name no source.
func encodeMerge(w data.MergeWrite) (mergeJSON, error) {
	enc := mergeJSON{reviews: make([][]byte, len(w.Reviews)), history: make([][]byte, len(w.History))}
	n := len(w.Reviews) + len(w.History)
	workers := min(runtime.GOMAXPROCS(0), (n+1023)/1024)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			sources := map[string][]byte{} // the end of an entry naming a source, by source
			for i := g; i < n && errs[g] == nil; i += workers {
				if i < len(w.Reviews) {
					enc.reviews[i], errs[g] = encodedOr(w.ReviewsJSON, i, w.Reviews[i])
				} else {
					j := i - len(w.Reviews)
					enc.history[j], errs[g] = encodeHistory(w, j, sources)
				}
			}
		})
	}
	wg.Wait()
	return enc, errors.Join(errs...)
}

func encodedOr(raw [][]byte, i int, v any) ([]byte, error) {
	if i < len(raw) && raw[i] != nil {
		return raw[i], nil
	}
	return json.Marshal(v)
}

// encodeHistory encodes w.History[j] naming its source (w.Source when it
// names none): its JSON as the file held it when there is, with the source
// added, else encoded again.
func encodeHistory(w data.MergeWrite, j int, sources map[string][]byte) ([]byte, error) {
	e := w.History[j]
	if e.Source == "" {
		e.Source = w.Source
	}
	if j >= len(w.HistoryJSON) || w.HistoryJSON[j] == nil {
		return json.Marshal(e)
	}
	raw := w.HistoryJSON[j]
	if e.Source == "" {
		return raw, nil
	}
	end, ok := sources[e.Source]
	if !ok {
		s, err := json.Marshal(e.Source)
		if err != nil {
			return nil, err
		}
		end = append(append([]byte(`,"source":`), s...), '}')
		sources[e.Source] = end
	}
	// "source" goes last, as json.Marshal writes it.
	out := make([]byte, 0, len(raw)-1+len(end))
	return append(append(out, raw[:len(raw)-1]...), end...), nil
}

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
