package window

import (
	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// The desk is the host of its dialogs (host.go): these are its answers;
// runJob, inBackground (background.go) and Reload (deskload.go) are the rest.
var _ host = (*Desk)(nil)

func (d *Desk) window() fyne.Window         { return d.win }
func (d *Desk) session() *workspace.Session { return d.sess }
func (d *Desk) prefs() fyne.Preferences     { return d.app.Preferences() }
func (d *Desk) shownReport() *data.Report   { return d.loaded.report }
func (d *Desk) runSteps(title string, determinate bool, work func(progress func(n, total int)) error, done func(error)) {
	d.jobs.run(title, determinate, work, done)
}
