package window

// The desk as the filter bar's source (filterbar.go).

import "pledgereview/data"

func (d *Desk) disputedCount() int {
	if d.loaded.team == nil {
		return 0
	}
	return d.loaded.team.count
}

// setBarFilter takes the filter bar's part of the filter (statuses, flag,
// scores, target, deadline) and applies it.
func (d *Desk) setBarFilter(b data.Filter) {
	f := &d.listing.filter
	f.Statuses, f.Flagged, f.Scored, f.HasTarget, f.DeadlineBefore = b.Statuses, b.Flagged, b.Scored, b.HasTarget, b.DeadlineBefore
	d.applyFilter()
}

// setDisputedOnly shows only the pledges where reviewers disagree, or all.
func (d *Desk) setDisputedOnly(on bool) {
	d.listing.disputedOnly = on
	d.app.Preferences().SetBool(prefDisputed, on)
	d.applyFilter()
}

// setBehindOnly shows only the pledges the schedule test finds behind or
// overdue, or all.
func (d *Desk) setBehindOnly(on bool) {
	d.listing.behindOnly = on
	d.app.Preferences().SetBool(prefBehind, on)
	d.applyFilter()
}

// clearFilters turns every filter and the search off; the tree's chapter
// stays: it is where the reviewer is, not a filter.
func (d *Desk) clearFilters() {
	f := &d.listing.filter
	*f = data.Filter{Chapter: f.Chapter, Headline: f.Headline}
	d.views.list.search.SetText("")
	d.views.bar.reset(*f)
	d.listing.disputedOnly, d.listing.behindOnly = false, false
	p := d.app.Preferences()
	p.SetBool(prefDisputed, false)
	p.SetBool(prefBehind, false)
	d.applyFilter()
}
