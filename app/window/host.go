package window

import (
	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// host is what a dialog needs of the desk, as the views take their sources:
// the window to show in, the open workspace, the job runner (which saves
// what is typed before a job), the preferences, the report on the desk,
// and a reload after a change behind the desk. A dialog that needs more
// names it in an interface of its own that embeds host.
type host interface {
	window() fyne.Window
	session() *workspace.Session
	// runJob runs work off the UI goroutine behind a progress dialog
	// titled title; done gets its error on the UI goroutine.
	runJob(title string, work func() error, done func(error))
	// runSteps is runJob for work that counts its steps (determinate: the
	// bar shows them).
	runSteps(title string, determinate bool, work func(progress func(n, total int)) error, done func(error))
	inBackground(work func() error, show func(error))
	prefs() fyne.Preferences
	shownReport() *data.Report
	Reload()
}
