package briefing

import (
	"strconv"
)

// tocEntry is one line of the contents and one bookmark of the outline.
type tocEntry struct {
	title string
	level int // 0 section or chapter, 1 headline
	page  int // filled by the paginator
	link  int
}

// newEntry registers a contents entry; its target row calls mark.
func (d *doc) newEntry(title string, level int) *tocEntry {
	e := &tocEntry{title: oneLine(title), level: level, link: d.f.AddLink()}
	d.toc = append(d.toc, e)
	return e
}

// mark makes a row the target of a contents entry: the paginator writes its
// page into the entry; drawing it sets the link and the bookmark.
func (d *doc) mark(r *row, e *tocEntry) *row {
	r.page = &e.page
	draw := r.draw
	r.draw = func(y float64) {
		d.f.SetLink(e.link, y, -1)
		d.f.Bookmark(e.title, e.level, y)
		draw(y)
	}
	return r
}

// planContents lays out the contents. The entries are known before any
// page is drawn (every section registers its entries first), and the
// paginator fills their page numbers before the contents is drawn.
func (d *doc) planContents() {
	self := &tocEntry{title: d.m.tr("目录", "Contents"), link: d.f.AddLink()}
	d.toc = append(d.toc, self)
	d.dashEntry = d.newEntry(d.m.tr("概览", "Dashboard"), 0)
	d.excEntry = d.newEntry(d.m.tr("例外清单", "Exceptions"), 0)
	for _, cv := range d.m.chapters {
		cv.entry = d.newEntry(d.m.chapterLabel(cv.ch), 0)
		for _, hv := range cv.heads {
			hv.entry = d.newEntry(headlineLabel(cv.ch, hv.h), 1)
		}
	}
	d.annexEntry = d.newEntry(d.m.tr("方法附录", "Method annex"), 0)

	d.add(d.mark(&row{h: lineH(sizeH2) + 4, breakBefore: true, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), self.title, sizeH2, ink, "L", 0)
	}}, self))
	numW := 14.0
	scale := d.contentsScale()
	entries := d.toc[1:]
	for i, e := range entries {
		size, indent, c := sizeBody, 0.0, ink
		if e.level > 0 {
			size, indent, c = sizeSmall+0.5, 8, muted
		}
		size *= scale
		h := lineH(size) + 0.6
		r := &row{h: h, draw: func(y float64) {
			x := d.left + indent
			tw := d.bodyW() - indent - numW - 4
			title := d.fit(e.title, size, tw)
			d.text(x, y, tw, title, size, c, "L", e.link)
			end := x + d.strW(title, size) + 1.5
			d.draw(faint)
			d.f.SetLineWidth(0.2)
			d.f.SetDashPattern([]float64{0.4, 1.2}, 0)
			d.f.Line(end, y+h*0.68, d.right-numW-1, y+h*0.68)
			d.f.SetDashPattern(nil, 0)
			d.text(d.right-numW, y, numW, strconv.Itoa(e.page), size, c, "R", e.link)
		}}
		if e.level == 0 {
			if i+1 < len(entries) && entries[i+1].level > 0 {
				r.keep = 1 // a chapter line stays with its first headline
			}
			d.add(gapRow(1.2 * scale))
		}
		d.add(r)
	}
}

// contentsScale shrinks the contents a little when that keeps it on one
// page, rather than leaving a line or two alone on the next.
func (d *doc) contentsScale() float64 {
	total := lineH(sizeH2) + 4
	for _, e := range d.toc[1:] {
		if e.level > 0 {
			total += lineH(sizeSmall+0.5) + 0.6
		} else {
			total += lineH(sizeBody) + 0.6 + 1.2
		}
	}
	body := d.bottom - d.top
	// The paginator keeps a chapter with its first headline, so a page
	// may hold a little less than the sum.
	const fill = 0.97
	if total <= body*fill || total > body*1.2 {
		return 1
	}
	return body * fill / total
}
