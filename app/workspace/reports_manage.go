package workspace

import (
	"context"
	"errors"
	"fmt"

	"pledgereview/data"
	"pledgereview/data/parse"
)

// ErrLastReport refuses to remove the only report of a workspace: a
// workspace with none would be seeded again on its next opening.
var ErrLastReport = errors.New("it is the only report of the workspace: import another before removing it")

// ReportSummaries lists the workspace's reports with their year, place,
// counts and the records kept on them, for the list of reports.
func (s *Session) ReportSummaries() ([]data.ReportSummary, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out, err := s.store.ReportSummaries()
	if err != nil {
		return nil, err
	}
	for i := range out {
		if r, err := s.store.Report(out[i].ID); err == nil {
			out[i].Place = parse.PlaceOf(r)
		}
	}
	return out, nil
}

// RenameReport gives a report another title. Its id stays: the pledges,
// the reviews and the colleagues' review files name the report by it.
func (s *Session) RenameReport(id, title string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.SetReportTitle(id, title)
}

// RemoveReport backs the workspace up and removes a report with every
// record kept on it, in one transaction; File → Undo last merge (and
// UndoLastMerge) brings it back. It returns how many reviews went with it.
func (s *Session) RemoveReport(id string) (int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	reports, err := s.store.Reports()
	if err != nil {
		return 0, err
	}
	found := false
	for _, r := range reports {
		found = found || r.ID == id
	}
	switch {
	case !found:
		return 0, fmt.Errorf("remove report %s: %w", id, data.ErrNotFound)
	case len(reports) == 1:
		return 0, fmt.Errorf("remove report %s: %w", id, ErrLastReport)
	}
	var n int
	err = s.withBackup(backupNote{kind: mergeBackup}, func() (err error) {
		n, err = s.store.RemoveReport(id)
		return err
	})
	return n, err
}

// StoredDraft is the import draft of a stored report: its text as it was
// read, parsed again with its corrections, for its structure to be
// corrected again. Its title stays the stored one.
func (s *Session) StoredDraft(id string) (*ReportDraft, error) {
	r, err := s.Report(id)
	if err != nil {
		return nil, err
	}
	return draftOfReport(r)
}

// ReplacementDraft is the draft of a new version of the stored report id,
// read from the file at path under that id: the corrections of the old
// version are carried over (those whose line still holds their text
// apply), and the old title is kept when the file has none.
func (s *Session) ReplacementDraft(ctx context.Context, path, id string) (*ReportDraft, error) {
	old, err := s.Report(id)
	if err != nil {
		return nil, err
	}
	dr, err := OpenReportDraftContext(ctx, path, id)
	if err != nil {
		return nil, err
	}
	if len(old.Corrections) > 0 {
		if err := dr.Correct(old.Corrections); err != nil {
			return nil, err
		}
	}
	dr.keepTitle(old.Title, false)
	return dr, nil
}
