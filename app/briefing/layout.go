package briefing

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"pledgereview/resources"
)

// fontFamily is the family name the font is registered under. fpdf names
// the embedded font "utf8"+family; tagSubsetFont rewrites that name, in
// place and at the same length, into a tagged subset name.
const fontFamily = "wqymicrohei"

// Colours (RGB).
type rgb struct{ r, g, b int }

var (
	ink     = rgb{31, 41, 55}
	muted   = rgb{107, 114, 128}
	faint   = rgb{209, 213, 219}
	accent  = rgb{29, 78, 216}
	warn    = rgb{185, 28, 28}
	paleBox = rgb{243, 244, 246}
)

// Font sizes (pt).
const (
	sizeTiny  float64 = 7.5
	sizeSmall float64 = 8.5
	sizeBody  float64 = 10
	sizeH3    float64 = 12
	sizeH2    float64 = 15
	sizeH1    float64 = 22
)

// lineH is the height of a text line at a font size, in mm.
func lineH(size float64) float64 { return size * 0.3528 * 1.45 }

// row is one unit of the plan: a height, a drawing at a position, and how it
// may be placed on pages.
type row struct {
	h           float64
	draw        func(y float64)
	breakBefore bool // start a new page (a section start)
	gap         bool // space only: dropped at the top of a page
	keep        int  // the next keep rows go on the same page as this one
	page        *int // when set, receives the page number of the row
	pledge      bool // the first row of a pledge block (progress)
	head        *row // a table's heading, drawn again above this row when it starts a page

	placedPage int
	placedY    float64
	headY      float64 // where head is drawn again; 0 when it is not
}

type doc struct {
	m *model
	f *fpdf.Fpdf

	pageW, pageH        float64
	left, right         float64 // body x range
	top, bottom         float64 // body y range
	unit                map[rune]float64
	rows                []*row
	pages               int
	toc                 []*tocEntry
	dashEntry, excEntry *tocEntry
	annexEntry          *tocEntry
	vague               []exception // listed in the annex, counted in the exceptions
	vaguePage           int         // the page of that list, from the paginator
	vagueLink           int
}

func newDoc(m *model) (*doc, error) {
	size := "A4"
	if m.opt.Paper == PaperLetter {
		size = "Letter"
	}
	f := fpdf.New("P", "mm", size, "")
	f.SetAutoPageBreak(false, 0)
	f.SetCompression(true)
	f.AddUTF8FontFromBytes(fontFamily, "", resources.FontTTF)
	if f.Err() {
		return nil, fmt.Errorf("briefing: load font: %w", f.Error())
	}
	f.SetFont(fontFamily, "", sizeBody)
	title := oneLine(m.in.Report.Title)
	f.SetTitle(title+" · "+m.kindLabel(), true)
	f.SetSubject(m.tr("评审简报", "Briefing pack")+m.colon()+m.scopeText(), true)
	var names []string
	for i := range m.reviewers {
		names = append(names, oneLine(m.reviewers[i].Name))
	}
	f.SetAuthor(strings.Join(names, ", "), true)
	f.SetCreator("Pledge Review", true)
	f.SetKeywords("pledge review briefing", true)
	f.SetCreationDate(m.in.Generated)
	f.SetModificationDate(m.in.Generated)
	f.SetLang("zh-CN")
	w, h := f.GetPageSize()
	d := &doc{m: m, f: f, pageW: w, pageH: h, unit: make(map[rune]float64, 4096)}
	d.left, d.right = 18, w-18
	d.top, d.bottom = 22, h-18
	for _, it := range m.pledges {
		it.link = f.AddLink()
	}
	return d, nil
}

func (d *doc) bodyW() float64 { return d.right - d.left }

// width returns the width of rune r at size pt, in mm. fpdf's widths are
// linear in the font size and have no kerning, so one measurement per rune
// is enough.
func (d *doc) width(r rune, size float64) float64 {
	u, ok := d.unit[r]
	if !ok {
		pt, _ := d.f.GetFontSize()
		u = d.f.GetStringWidth(string(r)) / pt
		d.unit[r] = u
	}
	return u * size
}

func (d *doc) strW(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += d.width(r, size)
	}
	return w
}

// lines wraps text (sanitised here) to width at a font size.
func (d *doc) lines(s string, size, width float64) []string {
	return wrap(sanitize(s), width, func(r rune) float64 { return d.width(r, size) })
}

// capLines wraps text like lines, keeping at most n lines; the last one
// ends with "…" when text was left out. For places of fixed size (the
// cover); the full text is elsewhere in the pack.
func (d *doc) capLines(s string, size, width float64, n int) []string {
	ls := d.lines(s, size, width)
	if len(ls) <= n {
		return ls
	}
	ls = ls[:n]
	ls[n-1] = d.fit(ls[n-1]+"…", size, width)
	return ls
}

// fit shortens one line of text to width, ending it with "…" when cut.
func (d *doc) fit(s string, size, width float64) string {
	s = oneLine(s)
	if d.strW(s, size) <= width {
		return s
	}
	ell := d.width('…', size)
	w := 0.0
	for i, r := range s {
		w += d.width(r, size)
		if w+ell > width {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

// text prints one line (already sanitised and fitted) with one CellFormat.
func (d *doc) text(x, y, w float64, s string, size float64, c rgb, align string, link int) {
	f := d.f
	if pt, _ := f.GetFontSize(); pt != size { // fpdf writes every call out
		f.SetFontSize(size)
	}
	f.SetTextColor(c.r, c.g, c.b)
	f.SetXY(x, y)
	if link < 0 {
		link = 0
	}
	f.CellFormat(w, lineH(size), s, "", 0, align, false, link, "")
}

func (d *doc) fill(c rgb) { d.f.SetFillColor(c.r, c.g, c.b) }
func (d *doc) draw(c rgb) { d.f.SetDrawColor(c.r, c.g, c.b) }

// add appends rows to the plan.
func (d *doc) add(rs ...*row) { d.rows = append(d.rows, rs...) }

// textRows returns one row per wrapped line of s.
func (d *doc) textRows(s string, size float64, c rgb, x, width float64) []*row {
	var out []*row
	for _, ln := range d.lines(s, size, width) {
		out = append(out, &row{h: lineH(size), draw: func(y float64) {
			d.text(x, y, width, ln, size, c, "L", 0)
		}})
	}
	return out
}

func gapRow(h float64) *row { return &row{h: h, gap: true, draw: func(float64) {}} }

// plan turns every section into rows.
func (d *doc) plan() {
	d.planCover()
	d.planContents()
	d.planDashboard()
	d.planExceptions()
	d.planChapters()
	d.planAnnex()
}

// paginate gives every row a page and a position. A row goes to a new page
// when it (with the rows it keeps) does not fit in what is left of the page;
// a space row at the top of a page is dropped.
func (d *doc) paginate() {
	page, y := 0, d.top
	atTop := true
	for i, r := range d.rows {
		r.headY = 0
		if page == 0 || (r.breakBefore && !atTop) {
			page, y, atTop = page+1, d.top, true
		}
		if r.gap && atTop {
			r.placedPage, r.placedY = page, y
			r.h = 0
			continue
		}
		need := r.h
		for k := 1; k <= r.keep && i+k < len(d.rows); k++ {
			need += d.rows[i+k].h
		}
		if y+need > d.bottom+0.01 && !atTop {
			page, y = page+1, d.top
			if r.gap {
				r.placedPage, r.placedY, r.h = page, y, 0
				continue
			}
			if r.head != nil {
				r.headY = y
				y += r.head.h
			}
		}
		r.placedPage, r.placedY = page, y
		if r.page != nil {
			*r.page = page
		}
		y += r.h
		atTop = false
	}
	d.pages = page
}

// render draws the rows on their pages, with the running header and footer.
func (d *doc) render() error {
	total := 0
	for _, r := range d.rows {
		if r.pledge {
			total++
		}
	}
	done := 0
	progress := d.m.opt.Progress
	step := max(total/100, 1)
	for i, r := range d.rows {
		d.rows[i] = nil // a drawn row (and what its closure holds) can go
		for d.f.PageNo() < r.placedPage {
			d.f.AddPage()
			d.pageFrame()
		}
		if r.headY > 0 {
			r.head.draw(r.headY)
		}
		if r.h > 0 || !r.gap {
			r.draw(r.placedY)
		}
		if r.pledge {
			done++
			if progress != nil && done%step == 0 && done < total {
				progress(done, total)
			}
		}
		if d.f.Err() {
			return fmt.Errorf("briefing: lay out page %d: %w", d.f.PageNo(), d.f.Error())
		}
	}
	if d.f.PageNo() != d.pages {
		return fmt.Errorf("briefing: drew %d pages, planned %d", d.f.PageNo(), d.pages)
	}
	return nil
}

// pageFrame draws the running header and the footer of the current page;
// the cover has neither.
func (d *doc) pageFrame() {
	n := d.f.PageNo()
	if n == 1 && d.m.opt.Kind != KindMeeting {
		return
	}
	title := d.fit(d.m.in.Report.Title, sizeTiny, d.bodyW()*0.7)
	d.text(d.left, 10, d.bodyW()*0.7, title, sizeTiny, muted, "L", 0)
	d.text(d.left+d.bodyW()*0.7, 10, d.bodyW()*0.3, d.m.kindLabel(), sizeTiny, muted, "R", 0)
	d.draw(faint)
	d.f.SetLineWidth(0.2)
	d.f.Line(d.left, 14.5, d.right, 14.5)
	foot := d.m.trf("第 %d 页 / 共 %d 页", "page %d of %d", n, d.pages)
	d.text(d.left, d.pageH-12, d.bodyW(), foot, sizeTiny, muted, "C", 0)
}
