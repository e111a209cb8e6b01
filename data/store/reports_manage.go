package store

import (
	"bytes"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// ReportSummaries lists the reports of the workspace with what they hold
// and the records kept on them, sorted by id (Place is left to the caller).
func (s *Store) ReportSummaries() ([]data.ReportSummary, error) {
	var out []data.ReportSummary
	err := s.eachReport(func(tx *bolt.Tx, r *data.Report) {
		sum := data.ReportSummary{ReportInfo: reportInfo(r), Year: r.Year, Outcomes: len(r.Outcomes()), Imported: r.Imported}
		prefix := []byte(r.ID + "/")
		sum.Reviews = countUnder(tx.Bucket(bucketReviews), prefix, func(k []byte) bool { return !isHistoryKey(k) })
		sum.Progress = countUnder(tx.Bucket(bucketProgress), prefix, nil)
		out = append(out, sum)
	})
	return out, err
}

// countUnder counts the keys of a bucket under a prefix that keep says to
// count (all when keep is nil).
func countUnder(b *bolt.Bucket, prefix []byte, keep func([]byte) bool) int {
	n := 0
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if keep == nil || keep(k) {
			n++
		}
	}
	return n
}

// SetReportTitle changes the title of a report, in one transaction; its
// id, text and records stay as they are.
func (s *Store) SetReportTitle(id, title string) error {
	title = strings.TrimSpace(title)
	if title == "" {
		return fmt.Errorf("rename report %s: the title is empty", id)
	}
	var renamed *data.Report
	err := s.update(func(tx *bolt.Tx) error {
		old, err := s.loadReport(tx, id)
		if err != nil {
			return err
		}
		r := *old // the cached report is shared: change a copy
		r.Title = title
		renamed = &r
		return putReport(tx.Bucket(bucketReports), &r)
	})
	if err != nil {
		s.dropCached(id)
		return fmt.Errorf("rename report %s: %w", id, err)
	}
	s.remember(renamed)
	return nil
}

// RemoveReport removes a report and every record kept on it (reviews and
// their history, progress updates, unplaced records, texts to look at,
// colleagues' seals, what relays records placed by text) in one
// transaction, and returns how many reviews went with it.
func (s *Store) RemoveReport(id string) (int, error) {
	var reviews int
	err := s.update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketReports).Get([]byte(id)) == nil {
			return data.ErrNotFound
		}
		gone, err := take(tx.Bucket(bucketReviews), []byte(id+"/"))
		if err != nil {
			return err
		}
		for _, e := range gone {
			if !isHistoryKey(e.k) {
				reviews++
			}
		}
		for _, under := range []struct {
			bucket []byte
			prefix string
		}{{bucketProgress, id + "/"}, {bucketUnplaced, id + "\x00"}, {bucketLook, id + "\x00"}, {bucketSeals, id + "\x00"},
			{bucketRelay, "r\x00" + id + "\x00"}, {bucketRelay, "p\x00" + id + "\x00"}, {bucketRelay, "s\x00" + id + "\x00"}, {bucketRelay, "f\x00" + id + "\x00"}} {
			b := tx.Bucket(under.bucket)
			if b == nil {
				continue
			}
			if _, err := take(b, []byte(under.prefix)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketReports).Delete([]byte(id))
	})
	if err != nil {
		return 0, fmt.Errorf("remove report %s: %w", id, err)
	}
	s.dropCached(id)
	s.mu.Lock()
	s.saved = map[string]data.Review{}
	s.mu.Unlock()
	return reviews, nil
}

// dropCached forgets the parsed report, to be read from the file again.
func (s *Store) dropCached(id string) {
	s.mu.Lock()
	delete(s.reports, id)
	delete(s.pledges, id)
	s.mu.Unlock()
}
