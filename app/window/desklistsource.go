package window

import "pledgereview/data"

// The desk as the pledge list's source (pledgelist.go).

func (d *Desk) shownRows() []int { return d.listing.rows }

func (d *Desk) listRow(i int) listRow {
	r := &d.loaded.index.Rows[i]
	return listRow{row: r, gen: d.listing.rowGen, disputed: d.loaded.team != nil && d.loaded.team.disputed[i], verdict: d.verdict(r.Pledge)}
}

func (d *Desk) totalRows() int {
	if d.loaded.index == nil {
		return 0
	}
	return len(d.loaded.index.Rows)
}

func (d *Desk) foundOutcomes() []data.Pledge {
	if d.loaded.report == nil {
		return nil
	}
	return d.loaded.report.FindOutcomes(d.listing.filter.Text, d.listing.filter.Chapter)
}

func (d *Desk) searchFor(text string) {
	d.listing.filter.Text = text
	d.applyFilter()
}

func (d *Desk) unfocus() { d.win.Canvas().Unfocus() }

// The desk as the tree's source (tree.go).

func (d *Desk) tally(p data.Part) *data.Tally { return d.loaded.tallies[p] }

func (d *Desk) showPart(p data.Part) {
	d.listing.filter.Chapter, d.listing.filter.Headline = p.Chapter, p.Headline
	d.applyFilter()
	d.views.detail.context.Hide()
	if c := d.loaded.report.Chapter(p.Chapter); c != nil && p.Headline == 0 && c.Kind == data.KindReview && len(d.listing.rows) == 0 {
		d.views.detail.showReview(c)
	}
}
