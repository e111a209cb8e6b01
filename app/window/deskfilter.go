package window

import (
	"strings"

	"pledgereview/data"
)

// The desk's filters beyond the search and the tree: what the filter bar
// sets, and the schedule test's filter.

// The desk as the filter bar's source (filterbar.go).

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

// dropFilters turns every filter and the search off, on the desk and in
// the preferences: filters chosen for one report would hide the pledges of
// the next ("0 of 10").
func (d *Desk) dropFilters() {
	d.listing.filter = data.Filter{}
	d.listing.disputedOnly, d.listing.behindOnly = false, false
	p := d.app.Preferences()
	p.SetBool(prefDisputed, false)
	p.SetBool(prefBehind, false)
	storeFilter(p, d.listing.filter)
}

// filtersActive tells whether a filter or the search narrows the list
// (the chapter chosen in the tree aside).
func (d *Desk) filtersActive() bool {
	f := &d.listing.filter
	return d.listing.disputedOnly || d.listing.behindOnly || strings.TrimSpace(f.Text) != "" || len(f.Statuses) > 0 || f.ScoreRange ||
		f.Flagged != data.Any || f.HasTarget != data.Any || f.Reviewed != data.Any || f.Scored != data.Any ||
		f.DeadlineBefore != ""
}

// verdict is the schedule test's suggestion for a pledge on the desk.
func (d *Desk) verdict(p data.Pledge) data.Verdict {
	if d.loaded.progress == nil {
		return data.VerdictNoData
	}
	return d.loaded.progress.Suggest(p).Verdict
}

// keepBehind keeps the rows the schedule test finds behind or overdue.
func (d *Desk) keepBehind(rows []int) []int {
	var out []int
	for _, i := range rows {
		if v := d.verdict(d.loaded.index.Rows[i].Pledge); v == data.VerdictBehind || v == data.VerdictOverdue {
			out = append(out, i)
		}
	}
	return out
}
