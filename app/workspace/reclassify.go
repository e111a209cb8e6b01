package workspace

import (
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
// unplaced. Each report is replaced after a backup of its own kind, in one
// transaction, as importing it again would. It is best effort: a report
// that cannot be read, parsed, planned or written now is left as it was
// (the next opening tries again), and never keeps the workspace from
// opening; a damaged report says so, with the newest backup, when it is
// read. Its backups are not merges: Undo last merge never takes a
// migration back, which the next opening would only do again.
func (s *Session) reclassify() Reclassified {
	var done Reclassified
	infos, err := s.store.Reports()
	if err != nil {
		return done
	}
	for _, ri := range infos {
		r, err := s.store.Report(ri.ID)
		if err != nil || !parse.Unclassified(r) {
			continue
		}
		dr, err := draftOfReport(r) // parsed again as the Reports dialog does
		if err != nil || dr.Unstructured != nil || len(dr.Report.Outcomes()) == 0 {
			continue
		}
		nr := dr.Report
		p, err := s.PlanReimport(nr)
		if err != nil {
			continue
		}
		res, err := s.applyReimport(p, backupNote{kind: reclassifyBackup})
		if err != nil {
			continue
		}
		done.Reports = append(done.Reports, r.ID)
		done.Outcomes += len(nr.Outcomes())
		done.Unplaced += res.Unplaced
	}
	if len(done.Reports) > 0 {
		s.undo.forget() // the newest merge's undo now sees the workspace changed since
	}
	return done
}

// Reclassified tells what opening the workspace reclassified (nothing on
// every later opening: a reclassified report is classified).
func (s *Session) Reclassified() Reclassified { return s.reclassified }
