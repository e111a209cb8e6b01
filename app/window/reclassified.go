package window

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// showReclassified tells, once, that reports imported before review
// chapters were classified now hold their review as outcomes, and where
// the reviews written on review sentences went.
func showReclassified(rc workspace.Reclassified, win fyne.Window) {
	msg := lang.X("reclassified.message", "The review of the past in {{.Reports}} was held as pledges: its {{.N}} sentences are now reported outcomes, shown for context and no longer counted. Every review was kept; {{.Unplaced}} written on a review sentence are under File → Unplaced records…. File → Undo last merge takes this back.",
		map[string]any{"Reports": strings.Join(rc.Reports, ", "), "N": rc.Outcomes, "Unplaced": rc.Unplaced})
	showMessage(lang.X("reclassified.title", "Review chapters are outcomes now"), msg, win)
}
