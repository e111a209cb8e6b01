package store

import (
	"fmt"
	"pledgereview/data"

	bolt "go.etcd.io/bbolt"
)

// A report is kept in the file as its structure, its source and a sum
// (reportsum.go).

// AddReport stores a parsed report; a report with the same id is refused.
func (s *Store) AddReport(r *data.Report) error {
	if r == nil || r.ID == "" {
		return fmt.Errorf("add report: report has no id")
	}
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReports)
		// The same text under any id is named first: "give it another id"
		// would only lead to this refusal.
		err := b.ForEach(func(k, _ []byte) error {
			other, err := s.loadReport(tx, string(k))
			if err == nil && r.Fingerprint != "" && other.Fingerprint == r.Fingerprint {
				return &data.SameReportError{ID: other.ID}
			}
			return err
		})
		if err != nil {
			return err
		}
		if b.Get([]byte(r.ID)) != nil {
			return fmt.Errorf("%w: %s (give it another id)", data.ErrReportExists, r.ID)
		}
		r.Imported = s.now().UTC()
		return putReport(b, r)
	})
	if err != nil {
		return fmt.Errorf("add report %s: %w", r.ID, err)
	}
	s.remember(r)
	return nil
}

func (s *Store) remember(r *data.Report) {
	ids := map[string]bool{}
	for _, p := range r.Pledges() {
		ids[p.ID] = true
	}
	s.mu.Lock()
	s.reports[r.ID] = r
	s.pledges[r.ID] = ids
	s.mu.Unlock()
}

// HasReports reports whether the workspace holds any report, without
// reading one.
func (s *Store) HasReports() (bool, error) {
	var has bool
	err := s.view(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketReports).Cursor().First()
		has = k != nil
		return nil
	})
	return has, err
}

// Reports lists the reports of the workspace, sorted by id.
func (s *Store) Reports() ([]data.ReportInfo, error) {
	var out []data.ReportInfo
	err := s.eachReport(func(_ *bolt.Tx, r *data.Report) {
		out = append(out, reportInfo(r))
	})
	return out, err
}

// eachReport calls fn with every report of the workspace, in id order,
// in one read transaction.
func (s *Store) eachReport(fn func(tx *bolt.Tx, r *data.Report)) error {
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReports).ForEach(func(k, _ []byte) error {
			r, err := s.loadReport(tx, string(k))
			if err == nil {
				fn(tx, r)
			}
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("list reports: %w", err)
	}
	return nil
}

func reportInfo(r *data.Report) data.ReportInfo {
	_, _, n := r.Count()
	return data.ReportInfo{ID: r.ID, Title: r.Title, Fingerprint: r.Fingerprint, Pledges: n}
}

// Report returns the report with the given id. The value is shared and must
// not be changed by the caller.
func (s *Store) Report(id string) (*data.Report, error) {
	var r *data.Report
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		r, err = s.loadReport(tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", id, err)
	}
	return r, nil
}

func (s *Store) loadReport(tx *bolt.Tx, id string) (*data.Report, error) {
	s.mu.Lock()
	r, ok := s.reports[id]
	s.mu.Unlock()
	if ok {
		return r, nil
	}
	raw := tx.Bucket(bucketReports).Get([]byte(id))
	if raw == nil {
		return nil, data.ErrNotFound
	}
	r, err := decodeReport(id, raw)
	if err != nil {
		return nil, err
	}
	s.remember(r)
	return r, nil
}
