package workspace

import (
	"fmt"
	"os"
	"path/filepath"

	"pledgereview/data"
	"pledgereview/data/share"
)

// ReviewSet reads what a briefing pack or a spreadsheet of a report shows;
// the caller builds the file with package briefing and writes it with
// WriteExport.
func (s *Session) ReviewSet(reportID string) (data.ReviewSet, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, err := s.store.Report(reportID)
	if err != nil {
		return data.ReviewSet{}, err
	}
	reviews, err := s.store.Reviews(reportID)
	if err != nil {
		return data.ReviewSet{}, err
	}
	reviewers, err := s.store.Reviewers()
	if err != nil {
		return data.ReviewSet{}, err
	}
	names := share.DisplayNames(reviewers)
	for i := range reviewers {
		reviewers[i].Name = names[reviewers[i].ID]
	}
	set := data.ReviewSet{Report: r, Rubric: s.store.Rubric(), Reviewers: reviewers, Me: s.me.ID,
		Reviews: reviews, Workspace: filepath.Base(s.path)}
	if set.Progress, err = s.store.Progress(reportID); err != nil {
		return data.ReviewSet{}, err
	}
	if set.Schedule, err = s.store.ScheduleSettings(); err != nil {
		return data.ReviewSet{}, err
	}
	return set, nil
}

// CheckWritable tells early whether a file can be created in path's folder.
func CheckWritable(path string) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".pledgereview-check-*")
	if err != nil {
		return fmt.Errorf("%w in %s: %w", data.ErrCannotCreateFile, dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
