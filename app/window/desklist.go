package window

// What the pledge list shows and which pledge is on the right: the filter
// run over the index, the pledge shown kept in the list, moving through it.

import (
	"sort"

	"fyne.io/fyne/v2/lang"

	"pledgereview/data"
)

// applyFilter runs the filter over the index and refreshes the list.
func (d *Desk) applyFilter() {
	d.listing.rows = d.listing.cache.Rows(d.loaded.index, d.listing.filter)
	if d.listing.disputedOnly && d.loaded.team != nil {
		d.listing.rows = d.loaded.team.keep(d.listing.rows)
	}
	if d.listing.behindOnly {
		d.listing.rows = d.keepBehind(d.listing.rows)
	}
	d.views.list.refresh()
	d.keepShownInList()
}

// keepShownInList keeps the pledge on the right one that the list shows:
// when the filter hides it, the first row of the list takes its place, and
// an empty list leaves the right side empty, so that the keys 0–4 never
// score a pledge the reviewer cannot see in the list. It selects without
// taking the focus, so typing in the search field goes on.
func (d *Desk) keepShownInList() {
	if d.sel.row < 0 {
		d.views.list.list.UnselectAll()
		d.views.detail.noteListEmpty(len(d.listing.rows) == 0)
		return
	}
	if pos := d.rowPosition(d.sel.row); pos >= 0 {
		d.views.list.selectQuietly(pos)
		return
	}
	if len(d.listing.rows) == 0 {
		d.showNothing()
		return
	}
	d.showRow(d.listing.rows[0])
	d.views.list.selectQuietly(0)
	d.views.list.list.ScrollToTop()
}

// showNothing empties the right side after saving what was typed.
func (d *Desk) showNothing() {
	if d.sel.show(-1) {
		d.views.list.list.UnselectAll()
	}
}

// showRow shows index row i on the right, after saving what was typed
// about the pledge shown before.
func (d *Desk) showRow(i int) {
	if i < 0 || i >= len(d.loaded.index.Rows) {
		return
	}
	if !d.sel.show(i) {
		if pos := d.rowPosition(d.sel.row); pos >= 0 {
			d.views.list.selectQuietly(pos) // stay on the pledge whose text is not saved
		}
	}
}

// rowPosition is the list position of index row i, or -1 when filtered out.
func (d *Desk) rowPosition(i int) int {
	if i < 0 {
		return -1
	}
	pos := sort.SearchInts(d.listing.rows, i)
	if pos < len(d.listing.rows) && d.listing.rows[pos] == i {
		return pos
	}
	return -1
}

// currentRow returns the row on the right, or nil.
func (d *Desk) currentRow() *data.Row { return d.rowAt(d.sel.row) }

// rowAt returns index row i, or nil for none.
func (d *Desk) rowAt(i int) *data.Row {
	if d.loaded.index == nil || i < 0 || i >= len(d.loaded.index.Rows) {
		return nil
	}
	return &d.loaded.index.Rows[i]
}

// selectPledge shows a pledge by id and selects it in the list if the
// filter shows it.
func (d *Desk) selectPledge(id string) bool {
	if d.loaded.index == nil {
		return false
	}
	i, ok := d.loaded.index.Position(id)
	if !ok {
		return false
	}
	if pos := d.rowPosition(i); pos >= 0 {
		d.views.list.list.Select(pos)
		d.views.list.list.ScrollTo(pos)
		return true
	}
	d.showRow(i)
	return true
}

// restorePledge shows again a pledge shown before (at start, after a
// merge): selected in the list when the filter shows it, else the first
// row of the list, else nothing.
func (d *Desk) restorePledge(id string) {
	if d.loaded.index == nil || id == "" {
		return
	}
	i, ok := d.loaded.index.Position(id)
	if !ok {
		return
	}
	if d.rowPosition(i) < 0 {
		if len(d.listing.rows) == 0 {
			return
		}
		i = d.listing.rows[0]
	}
	d.selectPledge(d.loaded.index.Rows[i].Pledge.ID)
}

// move selects the pledge delta places away in the filtered list.
func (d *Desk) move(delta int) {
	if len(d.listing.rows) == 0 {
		return
	}
	pos := d.rowPosition(d.sel.row)
	switch {
	case pos < 0 && delta > 0:
		pos = 0
	case pos < 0:
		pos = len(d.listing.rows) - 1
	default:
		pos += delta
	}
	pos = max(0, min(len(d.listing.rows)-1, pos))
	d.views.list.list.Select(pos)
	d.views.list.list.ScrollTo(pos)
}

// nextUnreviewed selects the next pledge in the list I have not reviewed,
// wrapping round at the end.
func (d *Desk) nextUnreviewed() bool {
	n := len(d.listing.rows)
	start := d.rowPosition(d.sel.row)
	for k := 1; k <= n; k++ {
		pos := (start + k + n) % n
		if start < 0 {
			pos = k - 1
		}
		if !d.loaded.index.Rows[d.listing.rows[pos]].Mine.Reviewed() {
			d.views.list.list.Select(pos)
			d.views.list.list.ScrollTo(pos)
			return true
		}
	}
	showMessage(lang.X("next.title", "Nothing left"), lang.X("next.none", "Every pledge in the list has been reviewed."), d.win)
	return false
}
