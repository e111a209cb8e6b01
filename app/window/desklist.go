package window

import (
	"sort"

	"fyne.io/fyne/v2/lang"

	"pledgereview/data"
)

// listState is what the pledge list shows: the filter, the rows of the
// index that pass it, and when every row must be drawn again.
type listState struct {
	filter       data.Filter
	disputedOnly bool // the Disputed filter: only pledges where reviewers disagree
	behindOnly   bool // the Behind filter: only pledges the schedule test finds behind or overdue
	cache        data.FilterCache
	rowGen       int   // bumped when every list row must be drawn again
	rows         []int // rows of index that pass the filter, in reading order
}

// applyFilter runs the filter over the index and refreshes the list.
func (d *Desk) applyFilter() {
	d.rows = d.cache.Rows(d.index, d.filter)
	if d.disputedOnly && d.team != nil {
		d.rows = d.team.keep(d.rows)
	}
	if d.behindOnly {
		d.rows = d.keepBehind(d.rows)
	}
	d.list.refresh()
	d.keepShownInList()
}

// keepShownInList keeps the pledge on the right one that the list shows:
// when the filter hides it, the first row of the list takes its place, and
// an empty list leaves the right side empty, so that the keys 0–4 never
// score a pledge the reviewer cannot see in the list. It selects without
// taking the focus, so typing in the search field goes on.
func (d *Desk) keepShownInList() {
	if d.sel.row < 0 {
		d.list.list.UnselectAll()
		d.detail.noteListEmpty(len(d.rows) == 0)
		return
	}
	if pos := d.rowPosition(d.sel.row); pos >= 0 {
		d.list.selectQuietly(pos)
		return
	}
	if len(d.rows) == 0 {
		d.showNothing()
		return
	}
	d.showRow(d.rows[0])
	d.list.selectQuietly(0)
	d.list.list.ScrollToTop()
}

// showNothing empties the right side after saving what was typed.
func (d *Desk) showNothing() {
	if d.sel.show(-1) {
		d.list.list.UnselectAll()
	}
}

// rowPosition is the list position of index row i, or -1 when filtered out.
func (d *Desk) rowPosition(i int) int {
	if i < 0 {
		return -1
	}
	pos := sort.SearchInts(d.rows, i)
	if pos < len(d.rows) && d.rows[pos] == i {
		return pos
	}
	return -1
}

// selectPledge shows a pledge by id and selects it in the list if the
// filter shows it.
func (d *Desk) selectPledge(id string) bool {
	if d.index == nil {
		return false
	}
	i, ok := d.index.Position(id)
	if !ok {
		return false
	}
	if pos := d.rowPosition(i); pos >= 0 {
		d.list.list.Select(pos)
		d.list.list.ScrollTo(pos)
		return true
	}
	d.showRow(i)
	return true
}

// restorePledge shows again a pledge shown before (at start, after a
// merge): selected in the list when the filter shows it, else the first
// row of the list, else nothing.
func (d *Desk) restorePledge(id string) {
	if d.index == nil || id == "" {
		return
	}
	i, ok := d.index.Position(id)
	if !ok {
		return
	}
	if d.rowPosition(i) < 0 {
		if len(d.rows) == 0 {
			return
		}
		i = d.rows[0]
	}
	d.selectPledge(d.index.Rows[i].Pledge.ID)
}

// move selects the pledge delta places away in the filtered list.
func (d *Desk) move(delta int) {
	if len(d.rows) == 0 {
		return
	}
	pos := d.rowPosition(d.sel.row)
	switch {
	case pos < 0 && delta > 0:
		pos = 0
	case pos < 0:
		pos = len(d.rows) - 1
	default:
		pos += delta
	}
	pos = max(0, min(len(d.rows)-1, pos))
	d.list.list.Select(pos)
	d.list.list.ScrollTo(pos)
}

// nextUnreviewed selects the next pledge in the list I have not reviewed,
// wrapping round at the end.
func (d *Desk) nextUnreviewed() bool {
	n := len(d.rows)
	start := d.rowPosition(d.sel.row)
	for k := 1; k <= n; k++ {
		pos := (start + k + n) % n
		if start < 0 {
			pos = k - 1
		}
		if !d.index.Rows[d.rows[pos]].Mine.Reviewed() {
			d.list.list.Select(pos)
			d.list.list.ScrollTo(pos)
			return true
		}
	}
	showMessage(lang.X("next.title", "Nothing left"), lang.X("next.none", "Every pledge in the list has been reviewed."), d.win)
	return false
}

// The desk as the pledge list's source (pledgelist.go).

func (d *Desk) shownRows() []int { return d.rows }

func (d *Desk) listRow(i int) listRow {
	r := &d.index.Rows[i]
	return listRow{row: r, gen: d.rowGen, disputed: d.team != nil && d.team.disputed[i], verdict: d.verdict(r.Pledge)}
}

func (d *Desk) totalRows() int {
	if d.index == nil {
		return 0
	}
	return len(d.index.Rows)
}

func (d *Desk) searchFor(text string) {
	d.filter.Text = text
	d.applyFilter()
}

func (d *Desk) unfocus() { d.win.Canvas().Unfocus() }

// The desk as the tree's source (tree.go).

func (d *Desk) tally(p data.Part) *data.Tally { return d.tallies[p] }

func (d *Desk) showPart(p data.Part) {
	d.filter.Chapter, d.filter.Headline = p.Chapter, p.Headline
	d.applyFilter()
	d.detail.context.Hide()
	if c := d.report.Chapter(p.Chapter); c != nil && p.Headline == 0 && c.Kind == data.KindReview && len(d.rows) == 0 {
		d.detail.showReview(c)
	}
}
