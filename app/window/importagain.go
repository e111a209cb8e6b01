package window

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// reimporter is what importing a report again needs of the session.
type reimporter interface {
	PlanReimport(r *data.Report) (workspace.ReimportPlan, error)
	ApplyReimport(p workspace.ReimportPlan) (data.ReimportResult, error)
}

// offerReimport is the import of a report whose id the workspace holds:
// it says where the reviews would go, and on the user's word replaces the
// report, the reviews following their pledges' text, after one backup.
func (d *Desk) offerReimport(sess reimporter, r *data.Report) {
	plan, err := sess.PlanReimport(r)
	if err != nil {
		showError(d.win, err)
		return
	}
	question := lang.X("reimport.question", "{{.ID}} is already in this workspace. Import this file as a corrected version of it? Its text and the old one align at {{.Sim}}. Pledges with reviews: {{.Kept}} stay on their id, {{.Moved}} move to the pledge with their text, {{.NotFound}} find none (their reviews are kept under File → Unplaced records…). {{.Changed}} pledges changed their text: their reviews are marked for a look. A backup is made first; File → Undo last merge takes it back.",
		map[string]any{"ID": r.ID, "Sim": fmt.Sprintf("%.1f %%", 100*plan.Similarity), "Kept": plan.Kept, "Moved": plan.Moved,
			"NotFound": plan.NotFound, "Changed": len(plan.Changed)})
	confirmAction(d.win, lang.X("reimport.title", "Import a corrected version?"), question, lang.X("reimport.verb", "Import again"), func() {
		apply := func() error { _, err := sess.ApplyReimport(plan); return err }
		d.loadReport(d.sess, r.ID, apply, func(l loadedReport, err error) {
			if err != nil {
				showError(d.win, err)
				return
			}
			d.applyReport(l)
			d.rebuild()
		})
	})
}
