package store

import (
	"fmt"
	"pledgereview/data"

	bolt "go.etcd.io/bbolt"
)

// Snapshot is everything the workspace holds about one report's reviews,
// read in one transaction, so that an export never pairs reviews with a
// history or a reviewer list from another moment.
type Snapshot struct {
	Reviews   []data.Review
	History   []data.HistoryEntry
	Reviewers []data.Reviewer
	Progress  []data.ProgressUpdate
}

// Snapshot reads the reviews, their history and the reviewers at once.
func (s *Store) Snapshot(reportID string) (Snapshot, error) {
	var snap Snapshot
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		if snap.Reviews, err = readReviews(tx, reportID); err != nil {
			return err
		}
		if snap.History, err = readHistory(tx, []byte(reportID+"/")); err != nil {
			return err
		}
		if snap.Progress, err = readProgress(tx, []byte(reportID+"/")); err != nil {
			return err
		}
		snap.Reviewers, err = readReviewers(tx)
		return err
	})
	if err != nil {
		return Snapshot{}, fmt.Errorf("read the reviews of %s: %w", reportID, err)
	}
	return snap, nil
}
