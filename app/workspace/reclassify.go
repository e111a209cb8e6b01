package workspace

import (
	"fmt"

	"pledgereview/data/parse"
)

// Reclassified is what opening the workspace did to the reports imported
// before review chapters were told from plan chapters: the sentences of
// their reviews (2024年工作回顾) had been stored as pledges.
type Reclassified struct {
	Reports []string // the reports whose review sentences became outcomes
	// Outcomes counts the sentences that left the pledges; Unplaced the
	// reviews written on them, kept unplaced (File → Unplaced reviews).
	Outcomes, Unplaced int
}

// reclassify parses again, with the same classifier as an import, every
// stored report that has no classification, and keeps every review: one
// on a plan sentence stays on it, one on a review sentence is kept
// unplaced. Each report is replaced after a backup, in one transaction,
// as importing it again would (File → Undo last merge takes it back). A
// report the parser refuses now is left as it was.
func (s *Session) reclassify() (Reclassified, error) {
	var done Reclassified
	infos, err := s.store.Reports()
	if err != nil {
		return done, err
	}
	for _, ri := range infos {
		r, err := s.store.Report(ri.ID)
		if err != nil {
			return done, err
		}
		if !parse.Unclassified(r) {
			continue
		}
		dr, err := draftOfReport(r) // parsed again as the Reports dialog does
		if err != nil || dr.Unstructured != nil || len(dr.Report.Outcomes()) == 0 {
			continue
		}
		nr := dr.Report
		p, err := s.PlanReimport(nr)
		if err != nil {
			return done, fmt.Errorf("classify the review of %s: %w", r.ID, err)
		}
		res, err := s.ApplyReimport(p)
		if err != nil {
			return done, fmt.Errorf("classify the review of %s: %w", r.ID, err)
		}
		done.Reports = append(done.Reports, r.ID)
		done.Outcomes += len(nr.Outcomes())
		done.Unplaced += res.Unplaced
	}
	return done, nil
}

// Reclassified tells what opening the workspace reclassified (nothing on
// every later opening: a reclassified report is classified).
func (s *Session) Reclassified() Reclassified { return s.reclassified }
