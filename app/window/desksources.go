package window

import (
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// The desk as the source of the views on the right and of the status bar:
// what each view reads of the desk, and what it tells it.

// The desk as the status bar's source (statusbar.go).

func (d *Desk) statusFacts() statusFacts {
	return statusFacts{path: d.sess.Path(), readOnly: d.sess.ReadOnly(), name: d.sess.Me().Name,
		tally: d.loaded.tallies[data.Part{}], lastSaved: d.lastSaved, index: d.loaded.index}
}

// The desk as the progress panel's source (progresspanel.go).

func (d *Desk) progressView() *workspace.ProgressView { return d.loaded.progress }

// displayName is the name of a reviewer the team knows, else the id.
func (d *Desk) displayName(reviewerID string) string {
	if d.sess != nil {
		if me := d.sess.Me(); reviewerID == me.ID && me.Name != "" {
			return me.Name // the team's names were read before I gave mine
		}
	}
	if d.loaded.team != nil && d.loaded.team.names[reviewerID] != "" {
		return d.loaded.team.names[reviewerID]
	}
	return reviewerID
}

// addProgress stores a progress update in one transaction and adds it to
// the schedule test of the desk.
func (d *Desk) addProgress(u data.ProgressUpdate) error {
	saved, err := d.sess.AddProgress(u)
	if err != nil {
		return err
	}
	d.loaded.progress.Add(saved...)
	d.lastSaved = time.Now()
	d.views.status.refresh()
	d.teamFolderSaved()
	return nil
}

// progressAdded draws the list again: the suggestion in a row may change.
func (d *Desk) progressAdded() {
	d.listing.rowGen++
	d.applyFilter()
}
