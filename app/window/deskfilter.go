package window

// The desk's filter state beyond the search and the tree: whether a filter
// narrows the list, the schedule test's filter, and dropping the filters
// when another report comes on the desk.

import (
	"strings"

	"pledgereview/data"
)

// filter is the filter of the list.
func (d *Desk) filter() data.Filter { return d.listing.filter }

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
