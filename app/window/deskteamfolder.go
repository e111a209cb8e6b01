package window

// The desk's side of the team folder (teamfolder.go): the watcher started
// and stopped with the workspace and told of my saves, its notice, the
// folder set.

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
)

// teamFolderNotice is the status bar's part of the team folder, told again
// in the language of a status bar built anew.
func (d *Desk) teamFolderNotice() fyne.CanvasObject {
	if d.teamdir == nil {
		d.teamdir = newTeamFolder(d)
	}
	d.teamdir.refresh()
	return d.teamdir.notice
}

// startTeamFolder starts watching the team folder set for the open
// workspace, if any.
func (d *Desk) startTeamFolder() {
	if d.teamdir == nil {
		d.teamdir = newTeamFolder(d)
	}
	t := d.teamdir
	t.stop()
	if d.sess == nil {
		return
	}
	dir := teamFolderOf(d.app.Preferences(), d.sess.Path())
	if t.tf == nil || t.tf.Dir != dir || t.owner != d.sess {
		t.tf, t.owner, t.last, t.when, t.undo, t.needs, t.lost, t.failed = nil, nil, nil, time.Time{}, nil, nil, nil, nil
		if dir != "" {
			t.tf, t.owner = d.sess.TeamFolder(dir), d.sess
		}
	}
	if t.tf != nil {
		sess := d.sess
		// what a pass found is shown on the UI goroutine, through the
		// desk's runner like the results of its other background work
		t.w = t.tf.Watch(workspace.WatchOptions{
			OnEvent: func(ev workspace.WatchEvent) { d.jobs.toUI.Do(func() { t.show(sess, ev) }) },
		})
	}
	t.refresh()
}

// stopTeamFolder stops the watcher, writing my file of the saves not yet
// written; call it before the workspace closes or is replaced.
func (d *Desk) stopTeamFolder() {
	if d.teamdir != nil {
		d.teamdir.stop()
	}
}

// teamFolderSaved tells the watcher that I saved a review or a progress update.
func (d *Desk) teamFolderSaved() {
	if d.teamdir != nil && d.teamdir.w != nil && d.loaded.report != nil {
		d.teamdir.w.Saved(d.loaded.report.ID)
	}
}

// setTeamFolder makes dir the team folder of the open workspace ("" for
// none) and starts watching it at once.
func (d *Desk) setTeamFolder(dir string) {
	if d.sess == nil {
		return
	}
	d.views.form.flush()
	if dir != "" {
		dir = filepath.Clean(dir)
	}
	storeTeamFolder(d.app.Preferences(), d.sess.Path(), dir)
	d.startTeamFolder()
}
