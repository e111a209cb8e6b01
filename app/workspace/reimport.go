package workspace

import (
	"errors"
	"fmt"

	"pledgereview/data"
	"pledgereview/data/share"
)

// ErrNotTheSameReport refuses to import a text again over a report it is
// not a version of.
var ErrNotTheSameReport = errors.New("the new text is not a version of this report: too few of its sentences are found in it")

// ReimportPlan is what importing a report again (corrected, re-published,
// its structure corrected otherwise) does to its reviews: the texts are
// aligned and every pledge with records is followed to its new place.
type ReimportPlan struct {
	Old, New   *data.Report
	Similarity float64 // share of sentences aligned
	// Pledges with records: kept on their id, moved to another id (found
	// by text), and not found (their records are kept unplaced).
	Kept, Moved, NotFound int
	// Changed are the new pledges whose text differs from the one their
	// records were written on: their reviews are marked for a look.
	Changed []string

	moves map[string]string
	look  map[string]string
}

// PlanReimport works out, changing nothing, where the records of the
// report with r's id go when r replaces it.
func (s *Session) PlanReimport(r *data.Report) (ReimportPlan, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	old, err := s.store.Report(r.ID)
	if err != nil {
		return ReimportPlan{}, err
	}
	ids, err := s.pledgesWithRecords(old.ID)
	if err != nil {
		return ReimportPlan{}, err
	}
	from, to := share.FormOf(old), share.FormOf(r)
	mapped, sim := share.MapPledges(from, to, ids)
	if sim < share.SameReportAt {
		return ReimportPlan{}, fmt.Errorf("import %s again: %w (%.0f %% of sentences aligned)", r.ID, ErrNotTheSameReport, 100*sim)
	}
	p := ReimportPlan{Old: old, New: r, Similarity: sim, moves: map[string]string{}, look: map[string]string{}}
	for _, id := range ids {
		m := mapped[id]
		switch {
		case m.To == "":
			p.NotFound++
			p.moves[id] = ""
		case m.To == id:
			p.Kept++
		default:
			p.Moved++
			p.moves[id] = m.To
		}
		if a, _ := from.Anchor(id); m.To != "" && m.Changed {
			p.Changed = append(p.Changed, m.To)
			p.look[m.To] = a.Text
		}
	}
	return p, nil
}

// pledgesWithRecords lists the pledges of a report that have reviews or
// progress updates.
func (s *Session) pledgesWithRecords(reportID string) ([]string, error) {
	snap, err := s.store.Snapshot(reportID)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var ids []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, rv := range snap.Reviews {
		add(rv.PledgeID)
	}
	for _, u := range snap.Progress {
		add(u.PledgeID)
	}
	return ids, nil
}

// ApplyReimport backs the workspace up and replaces the report in one
// transaction, its records moved as planned; File → Undo last merge takes
// it back.
func (s *Session) ApplyReimport(p ReimportPlan) (data.ReimportResult, error) {
	return s.applyReimport(p, backupNote{kind: mergeBackup})
}

func (s *Session) applyReimport(p ReimportPlan, note backupNote) (data.ReimportResult, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var res data.ReimportResult
	err := s.withBackup(note, func() (err error) {
		if res, err = s.store.Reimport(data.Reimport{Report: p.New, Moves: p.moves, Look: p.look}); err != nil {
			return err
		}
		res.Placed = placedAfterWrite(s.placeKept(p.New))
		return nil
	})
	return res, err
}

// TextChanged returns the pledges of a report whose text changed under
// their reviews at a later import, with the text that was reviewed.
func (s *Session) TextChanged(reportID string) (map[string]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.TextChanged(reportID)
}
