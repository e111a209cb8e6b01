package briefing

// A table of the meeting brief: ruled cells, each wrapped in full (never
// cut), the row as tall as its tallest cell, so a pen fits in the empty
// "decisions" column.

// column is one column of a table: its heading and width in mm.
type column struct {
	title string
	w     float64
}

// tcell is the text of one cell.
type tcell struct {
	text string
	c    rgb
}

const (
	tableSize = sizeTiny // body text of a table
	cellPad   = 1.0      // mm inside each side of a cell
)

// tableHeader is the heading row of a table, kept with the first row.
func (d *doc) tableHeader(cols []column) *row {
	cells := make([]tcell, len(cols))
	for i, c := range cols {
		cells[i] = tcell{c.title, accent}
	}
	r := d.tableRow(cols, cells, 0)
	draw := r.draw
	r.draw = func(y float64) {
		d.fill(paleBox)
		d.f.Rect(d.left, y, d.bodyW(), r.h, "F")
		draw(y)
	}
	r.keep = 1
	return r
}

// tableRow is one row of a table, at least minH tall.
func (d *doc) tableRow(cols []column, cells []tcell, minH float64) *row {
	lines := make([][]string, len(cols))
	h := minH
	for i, c := range cols {
		lines[i] = d.lines(cells[i].text, tableSize, c.w-2*cellPad)
		h = max(h, float64(len(lines[i]))*lineH(tableSize)+2*cellPad*0.8)
	}
	return &row{h: h, draw: func(y float64) {
		x := d.left
		d.draw(faint)
		d.f.SetLineWidth(0.2)
		for i, c := range cols {
			d.f.Rect(x, y, c.w, h, "D")
			ly := y + cellPad*0.8
			for _, ln := range lines[i] {
				d.text(x+cellPad, ly, c.w-2*cellPad, ln, tableSize, cells[i].c, "L", 0)
				ly += lineH(tableSize)
			}
			x += c.w
		}
	}}
}

// sectionTitle is the heading of a part of the meeting brief, kept with
// what follows it.
func (d *doc) sectionTitle(s string, keep int) *row {
	return &row{h: lineH(sizeH3) + 1.5, keep: keep, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), d.fit(s, sizeH3, d.bodyW()), sizeH3, accent, "L", 0)
	}}
}

// startTable opens a section of the meeting brief: its title, then the
// table header, or the words none when the list is empty. It returns the
// header (repeated on a next page) and the first limit items to show.
func (d *doc) startTable(title string, cols []column, list []*item, limit int, none string) (*row, []*item) {
	d.add(gapRow(5), d.sectionTitle(title, 2))
	if len(list) == 0 {
		if none != "" { // an empty none: something else is said under the title
			d.add(d.textRows(none, sizeSmall, muted, d.left, d.bodyW())...)
		}
		return nil, nil
	}
	head := d.tableHeader(cols)
	d.add(head)
	return head, list[:min(limit, len(list))]
}
