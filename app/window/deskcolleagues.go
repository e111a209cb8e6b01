package window

import "pledgereview/data"

// showColleagues puts the colleagues' reviews of a report read again on
// the desk, keeping my own as the desk holds them (saved meanwhile, maybe):
// the list, the form and what I am typing stay as they are. Only if the
// merge brought a newer record of mine (a copy of my own file, after the
// workspace was put back from a backup) is the whole desk read again.
func (d *Desk) showColleagues(l loadedReport) {
	me := d.sess.Me().ID
	var reviews []data.Review
	for _, rv := range l.team.all() {
		if rv.ReviewerID != me {
			reviews = append(reviews, rv)
			continue
		}
		if i, ok := d.loaded.index.Position(rv.PledgeID); ok && rv.Updated.Compare(d.loaded.index.Rows[i].Mine.Updated) > 0 {
			d.views.form.flush()
			d.reloadWith(l)
			return
		}
	}
	for i := range d.loaded.index.Rows {
		if mine := d.loaded.index.Rows[i].Mine; !mine.Updated.IsZero() {
			reviews = append(reviews, mine)
		}
	}
	d.loaded.team = newTeam(d.loaded.index, me, l.team.reviewers, reviews)
	d.loaded.progress = l.progress // colleagues' progress updates merged with their reviews
	d.listing.rowGen++
	if d.listing.disputedOnly {
		d.applyFilter()
	} else {
		d.views.list.list.Refresh()
	}
	d.views.bar.showDisputedCount()
	if row := d.currentRow(); row != nil {
		d.views.side.show(d.loaded.team, row.Pledge.ID)
		d.views.prog.show(row.Pledge, row.Mine)
	}
}
