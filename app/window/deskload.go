package window

// How a report comes on the desk: read off the UI goroutine (loadReport)
// and put on it (applyReport), when a workspace is opened, another report
// chosen or the reviews read again.

import (
	"context"

	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
)

// loadReport reads report id of sess (the workspace's default report when
// id is unknown) off the UI goroutine, and gives it to shown on the UI
// goroutine: the one way a report comes on the desk (a workspace opened,
// another report chosen, a report imported, a reload). first, when not
// nil, runs in the same job before the read (an import stores its report).
// A result for a workspace no longer on the desk is dropped.
func (d *Desk) loadReport(sess *workspace.Session, id string, first func() error, shown func(loadedReport, error)) {
	was := d.sess
	current := func() bool { return d.sess == was }
	runJob(d.jobs, job[loadedReport]{
		work: func(context.Context, func(int, int)) (loadedReport, error) {
			if first != nil {
				if err := first(); err != nil {
					return loadedReport{}, err
				}
			}
			return readReport(sess, id)
		},
		done: func(l loadedReport) {
			if current() {
				shown(l, nil)
			}
		},
		failed: func(err error) {
			if current() {
				shown(loadedReport{}, err)
			}
		},
		// the window closed while a workspace being opened (none was on
		// the desk) was read: nobody else closes it
		discard: func(loadedReport) {
			if was == nil {
				closeSession(sess)
			}
		},
	})
}

// closeSession closes a workspace opened for a window that closed meanwhile.
func closeSession(sess *workspace.Session) {
	if err := sess.Close(); err != nil {
		fyne.LogError("close workspace", err)
	}
}

// applyReport puts a loaded report on the desk.
func (d *Desk) applyReport(l loadedReport) {
	if d.loaded.report == nil || d.loaded.report.ID != l.report.ID {
		d.listing.filter.Chapter, d.listing.filter.Headline = 0, 0
	}
	if d.loaded.report != nil && d.loaded.report.ID != l.report.ID {
		d.dropFilters()
	}
	d.loaded = l
	// the rows were of the report before: none is shown until the filter
	// runs over the new one, or a redraw in between reads past its end
	d.listing.rows = nil
	d.listing.cache.Clear()
	d.sel.row = -1
	d.app.Preferences().SetString(prefLastReport, l.report.ID)
}

// Reload reads the reviews of the report again, after a feature changed
// the workspace behind the desk (a merge, say); the pledge shown stays.
func (d *Desk) Reload() {
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	d.loadReport(d.sess, d.loaded.report.ID, nil, func(l loadedReport, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		d.reloadWith(l)
	})
}

// reloadWith shows a report read again (after a merge or an undo) and keeps
// the pledge that was shown.
func (d *Desk) reloadWith(l loadedReport) {
	shown := ""
	if row := d.currentRow(); row != nil {
		shown = row.Pledge.ID
	}
	d.applyReport(l)
	d.rebuild()
	d.restorePledge(shown)
}

// switchReport puts another report of the workspace on the desk.
func (d *Desk) switchReport(id string) {
	if d.loaded.report != nil && d.loaded.report.ID == id {
		return
	}
	d.loadReport(d.sess, id, nil, d.showLoaded)
}

// reportsChanged shows report id ("" for the default one) after the
// workspace's reports changed (renamed, removed).
func (d *Desk) reportsChanged(id string) {
	d.loadReport(d.sess, id, nil, d.showLoaded)
}

// showLoaded shows a report loadReport read, or why it could not.
func (d *Desk) showLoaded(l loadedReport, err error) {
	if err != nil {
		showError(d.win, err)
		return
	}
	d.applyReport(l)
	d.rebuild()
}
