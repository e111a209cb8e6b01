package window

import (
	"errors"
	"time"

	"pledgereview/data"
)

// save stores a review in one transaction and shows the result everywhere.
func (d *Desk) save(rv data.Review) (data.Review, bool) {
	if d.sess == nil {
		return rv, false
	}
	i, ok := d.loaded.index.Position(rv.PledgeID)
	if !ok {
		return rv, false
	}
	old := d.loaded.index.Rows[i].Mine
	saved, err := d.sess.SaveReview(rv)
	if err != nil {
		// read-only: said once; the typed text stays in the form
		if !errors.Is(err, data.ErrReadOnly) || !d.toldReadOnly {
			showError(d.win, err)
		}
		d.toldReadOnly = d.toldReadOnly || errors.Is(err, data.ErrReadOnly)
		return old, false
	}
	if saved.Updated == old.Updated {
		return saved, true // nothing changed
	}
	d.loaded.index.Set(saved)
	d.listing.cache.Clear()
	d.loaded.team.set(saved)
	if i == d.sel.row {
		d.views.side.show(d.loaded.team, saved.PledgeID)
		d.views.prog.show(d.loaded.index.Rows[i].Pledge, saved)
	}
	d.views.bar.showDisputedCount()
	d.loaded.tallies.Move(d.loaded.index.Rows[i].Pledge, old, saved)
	if pos := d.rowPosition(i); pos >= 0 {
		d.views.list.list.RefreshItem(pos)
	}
	d.views.tree.refresh()
	d.lastSaved = time.Now()
	d.views.status.refresh()
	d.teamFolderSaved()
	return saved, true
}
