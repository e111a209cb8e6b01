package workspace

import (
	"time"

	"pledgereview/data"
)

// Desk is what the review desk shows of one report: the reports to choose
// from, the report, every reviewer's reviews and the schedule test.
type Desk struct {
	Reports   []data.ReportInfo
	Report    *data.Report
	Reviews   []data.Review // every reviewer's
	Reviewers []data.Reviewer
	Progress  *ProgressView
	// TextChanged are the pledges whose text changed under their reviews
	// at a later import, with the text reviewed.
	TextChanged map[string]string
}

// LoadDesk reads report id, or the default report when the workspace has
// no report id, with everything the desk shows of it on today.
func (s *Session) LoadDesk(id string, today time.Time) (Desk, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	reports, err := s.store.Reports()
	if err != nil {
		return Desk{}, err
	}
	d := Desk{Reports: reports}
	if d.Report, err = s.reportOrDefault(reports, id); err != nil {
		return Desk{}, err
	}
	if d.Reviews, err = s.store.Reviews(d.Report.ID); err != nil {
		return Desk{}, err
	}
	if d.Reviewers, err = s.store.Reviewers(); err != nil {
		return Desk{}, err
	}
	if d.Progress, err = s.progress(d.Report, today); err != nil {
		return Desk{}, err
	}
	if d.TextChanged, err = s.store.TextChanged(d.Report.ID); err != nil {
		return Desk{}, err
	}
	return d, nil
}

func (s *Session) reportOrDefault(reports []data.ReportInfo, id string) (*data.Report, error) {
	for _, ri := range reports {
		if ri.ID == id {
			return s.store.Report(id)
		}
	}
	return s.defaultReport()
}

// Reports lists the workspace's reports.
func (s *Session) Reports() ([]data.ReportInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Reports()
}

// Report reads one report.
func (s *Session) Report(id string) (*data.Report, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Report(id)
}

// AddReport adds an imported report to the workspace.
func (s *Session) AddReport(r *data.Report) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.AddReport(r)
}

// Rubric is the workspace's rubric.
func (s *Session) Rubric() data.Rubric {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Rubric()
}

// Reviewers lists every reviewer the workspace has seen.
func (s *Session) Reviewers() ([]data.Reviewer, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Reviewers()
}

// Reviews returns every reviewer's reviews of a report.
func (s *Session) Reviews(reportID string) ([]data.Review, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Reviews(reportID)
}

// MyReviews returns the local reviewer's reviews of a report, by pledge.
func (s *Session) MyReviews(reportID string) (map[string]data.Review, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.ReviewsBy(reportID, s.me.ID)
}

// MyReview returns the local reviewer's review of a pledge (a blank one
// when there is none yet).
func (s *Session) MyReview(pledgeID string) (data.Review, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Review(pledgeID, s.me.ID)
}

// SaveReview saves a review as the local reviewer's, in one transaction,
// and returns it as stored.
func (s *Session) SaveReview(rv data.Review) (data.Review, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	rv.ReviewerID = s.me.ID
	return s.store.SaveReview(rv)
}

// MyHistory returns the changes the local reviewer made to a pledge's
// review, oldest first.
func (s *Session) MyHistory(pledgeID string) ([]data.HistoryEntry, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.History(pledgeID, s.me.ID)
}

// ScheduleSettings are the settings of the schedule test.
func (s *Session) ScheduleSettings() (data.ScheduleSettings, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.ScheduleSettings()
}

// SetScheduleSettings changes the settings of the schedule test.
func (s *Session) SetScheduleSettings(set data.ScheduleSettings) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.SetScheduleSettings(set)
}
