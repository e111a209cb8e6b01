package workspace

import (
	"fmt"
	"time"

	"pledgereview/data"
)

// AddProgress records progress updates of the local reviewer in one
// transaction, as the review form and `review --progress` do.
func (s *Session) AddProgress(ups ...data.ProgressUpdate) ([]data.ProgressUpdate, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for i := range ups {
		ups[i].ReviewerID = s.me.ID
	}
	return s.store.AddProgress(ups...)
}

// ProgressView is what the window, the CLI and the packs need to show the
// schedule test of a report: every update, the settings, and the day.
type ProgressView struct {
	Report   *data.Report
	Updates  []data.ProgressUpdate
	Settings data.ScheduleSettings
	Today    time.Time
	byPledge map[string][]data.ProgressUpdate
	sugs     map[string]data.Suggestion // Suggest's answers, until the pledge gets an update
}

// Progress reads the updates and settings of a report for the schedule test on today.
func (s *Session) Progress(r *data.Report, today time.Time) (*ProgressView, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.progress(r, today)
}

func (s *Session) progress(r *data.Report, today time.Time) (*ProgressView, error) {
	ups, err := s.store.Progress(r.ID)
	if err != nil {
		return nil, err
	}
	set, err := s.store.ScheduleSettings()
	if err != nil {
		return nil, err
	}
	return NewProgressView(r, ups, set, set.AsOf(today)), nil
}

// NewProgressView indexes updates by pledge.
func NewProgressView(r *data.Report, ups []data.ProgressUpdate, set data.ScheduleSettings, today time.Time) *ProgressView {
	v := &ProgressView{Report: r, Updates: ups, Settings: set, Today: today,
		byPledge: map[string][]data.ProgressUpdate{}, sugs: map[string]data.Suggestion{}}
	for _, u := range ups {
		v.byPledge[u.PledgeID] = append(v.byPledge[u.PledgeID], u)
	}
	return v
}

// Of returns the updates of a pledge by every reviewer.
func (v *ProgressView) Of(pledgeID string) []data.ProgressUpdate { return v.byPledge[pledgeID] }

// Suggest runs the schedule test on a pledge with every reviewer's updates
// (the newest per target counts) and returns its worst target's suggestion.
func (v *ProgressView) Suggest(p data.Pledge) data.Suggestion {
	if s, ok := v.sugs[p.ID]; ok {
		return s
	}
	s := data.Worst(data.Schedule(p, v.Report.Year, v.byPledge[p.ID], v.Today, v.Settings))
	v.sugs[p.ID] = s
	return s
}

// Add puts updates just stored into the view.
func (v *ProgressView) Add(ups ...data.ProgressUpdate) {
	for _, u := range ups {
		v.Updates = append(v.Updates, u)
		v.byPledge[u.PledgeID] = append(v.byPledge[u.PledgeID], u)
		delete(v.sugs, u.PledgeID)
	}
}

// ChapterCounts counts the suggestions of a chapter's pledges by verdict.
func (v *ProgressView) ChapterCounts(ch *data.Chapter) map[data.Verdict]int {
	n := map[data.Verdict]int{}
	for _, p := range chapterPledges(ch) {
		n[v.Suggest(p).Verdict]++
	}
	return n
}

func chapterPledges(ch *data.Chapter) []data.Pledge {
	out := append([]data.Pledge(nil), ch.Pledges...)
	for _, h := range ch.Headlines {
		out = append(out, h.Pledges...)
	}
	return out
}

// ChapterPledges returns a chapter's pledges in reading order.
func ChapterPledges(ch *data.Chapter) []data.Pledge { return chapterPledges(ch) }

func (s *Session) progressKeys(reportID string) (map[string]bool, error) {
	ups, err := s.store.Progress(reportID)
	if err != nil {
		return nil, fmt.Errorf("read progress for the merge: %w", err)
	}
	keys := make(map[string]bool, len(ups))
	for _, u := range ups {
		keys[data.ProgressKey(u)] = true
	}
	return keys, nil
}
