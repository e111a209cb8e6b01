package ingest

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// pdfLine is one printed line: its runs joined left to right.
type pdfLine struct {
	page                     int
	text                     string
	left, right, top, bottom float64
}

// layoutPDF rebuilds paragraphs from the runs of every page: runs into
// lines by their height on the page, page furniture set aside, lines into
// paragraphs by indent, right margin and line gaps.
func layoutPDF(pages [][]pdfRect) *Document {
	d := &Document{Format: "pdf", Pages: len(pages)}
	lines := make([][]pdfLine, len(pages))
	for i, rects := range pages {
		lines[i] = linesOf(i+1, rects)
	}
	body := setAsideFurniture(lines, d)
	d.Paragraphs = paragraphsOf(body)
	return d
}

// linesOf groups the characters of one page into lines. Glyph boxes are
// ink boxes: 一, dashes, commas and quotation marks are thin and sit high
// or low, so the lines are first made of the full-height characters (one
// line per band they overlap), and the thin ones then join the nearest
// line whose band, widened by half its height, holds their middle.
func linesOf(page int, rects []pdfRect) []pdfLine {
	if len(rects) == 0 {
		return nil
	}
	var heights []float64
	for _, r := range rects {
		heights = append(heights, r.top-r.bottom)
	}
	tall := 0.6 * median(heights)
	sort.SliceStable(rects, func(i, j int) bool {
		return rects[i].top+rects[i].bottom > rects[j].top+rects[j].bottom
	})
	var bands []*lineBand
	var thin []pdfRect
	for _, r := range rects {
		switch {
		case r.top-r.bottom < tall:
			thin = append(thin, r)
		case len(bands) > 0 && bands[len(bands)-1].overlaps(r):
			bands[len(bands)-1].widen(r)
		default:
			bands = append(bands, newLineBand(r))
		}
	}
	for _, r := range thin {
		if b := nearestBand(bands, (r.top+r.bottom)/2); b != nil {
			b.rects = append(b.rects, r)
		} else {
			bands = append(bands, newLineBand(r))
		}
	}
	sort.SliceStable(bands, func(i, j int) bool {
		return bands[i].bottom+bands[i].top > bands[j].bottom+bands[j].top
	})
	out := make([]pdfLine, 0, len(bands))
	for _, b := range bands {
		out = append(out, b.line(page))
	}
	return out
}

// lineBand is the characters of one printed line, and the band of its
// full-height glyphs.
type lineBand struct {
	rects       []pdfRect
	bottom, top float64
}

func newLineBand(r pdfRect) *lineBand {
	return &lineBand{rects: []pdfRect{r}, bottom: r.bottom, top: r.top}
}

// overlaps tells whether r overlaps the band by half the height of the
// lower of the two at least.
func (b *lineBand) overlaps(r pdfRect) bool {
	overlap := min(b.top, r.top) - max(b.bottom, r.bottom)
	return overlap >= 0.5*min(b.top-b.bottom, r.top-r.bottom)
}

// widen adds a full-height character to the band.
func (b *lineBand) widen(r pdfRect) {
	b.rects = append(b.rects, r)
	b.bottom, b.top = min(b.bottom, r.bottom), max(b.top, r.top)
}

// nearestBand is the band whose middle is nearest mid among those that,
// widened by half their height, hold it; nil when none does.
func nearestBand(bands []*lineBand, mid float64) *lineBand {
	var best *lineBand
	dist := math.MaxFloat64
	for _, b := range bands {
		h := b.top - b.bottom
		if mid < b.bottom-h/2 || mid > b.top+h/2 {
			continue
		}
		if d := math.Abs(mid - (b.bottom+b.top)/2); d < dist {
			best, dist = b, d
		}
	}
	return best
}

// line joins the band's characters left to right, a space only between
// English words set apart.
func (b *lineBand) line(page int) pdfLine {
	g := b.rects
	sort.SliceStable(g, func(i, j int) bool { return g[i].left < g[j].left })
	l := pdfLine{page: page, left: g[0].left, right: g[0].right, top: g[0].top, bottom: g[0].bottom}
	em := 0.0
	for _, r := range g {
		em = max(em, r.top-r.bottom)
	}
	var sb strings.Builder
	for i, r := range g {
		t := strings.TrimSpace(r.text)
		if i > 0 && r.left-g[i-1].right > 0.2*em && wordEnd(sb.String()) && wordStart(t) {
			sb.WriteByte(' ')
		}
		sb.WriteString(t)
		l.left, l.right = min(l.left, r.left), max(l.right, r.right)
		l.top, l.bottom = max(l.top, r.top), min(l.bottom, r.bottom)
	}
	l.text = sb.String()
	return l
}

// wordEnd and wordStart tell whether a space may stand between two pieces
// of text: only between Latin letters (English words), never inside a
// number nor next to a hanzi.
func wordEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < 0x80 && (unicode.IsLetter(r) || r == ',' || r == ';' || r == '.' || r == ':')
}

func wordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x80 && unicode.IsLetter(r)
}

var digitsRE = regexp.MustCompile(`\d+`)

// furnitureKey is a line's text with its numbers masked, so that "第 3 页"
// and "第 4 页" repeat.
func furnitureKey(s string) string {
	return digitsRE.ReplaceAllString(strings.Join(strings.Fields(s), ""), "#")
}

// setAsideFurniture removes page numbers, running headers and footers: lines
// at the top or bottom of a page that are a page number, or whose text
// (numbers masked) repeats at the same edge of many pages. It returns the
// body lines in reading order.
func setAsideFurniture(pages [][]pdfLine, d *Document) []pdfLine {
	pitch := linePitch(pages)
	count := func(edge func([]pdfLine) (pdfLine, bool)) map[string]int {
		n := map[string]int{}
		for _, p := range pages {
			if l, ok := edge(p); ok {
				n[furnitureKey(l.text)]++
			}
		}
		return n
	}
	first := func(p []pdfLine) (pdfLine, bool) {
		if len(p) == 0 {
			return pdfLine{}, false
		}
		return p[0], true
	}
	last := func(p []pdfLine) (pdfLine, bool) {
		if len(p) == 0 {
			return pdfLine{}, false
		}
		return p[len(p)-1], true
	}
	repeated := max(3, len(pages)*3/10)
	// Two rounds: a header above a page number, a footer below one.
	for range 2 {
		tops, bottoms := count(first), count(last)
		for i, p := range pages {
			if len(p) == 0 {
				continue
			}
			if l := p[len(p)-1]; isFurniture(l, p, len(p)-1, bottoms[furnitureKey(l.text)] >= repeated, pitch) {
				d.SetAside = append(d.SetAside, data.SetAside{Text: l.text, Page: l.page, Reason: furnitureReason(l.text, data.AsideFooter)})
				p = p[:len(p)-1]
			}
			if len(p) > 0 {
				if l := p[0]; isFurniture(l, p, 0, tops[furnitureKey(l.text)] >= repeated, pitch) {
					d.SetAside = append(d.SetAside, data.SetAside{Text: l.text, Page: l.page, Reason: furnitureReason(l.text, data.AsideHeader)})
					p = p[1:]
				}
			}
			pages[i] = p
		}
	}
	sort.SliceStable(d.SetAside, func(i, j int) bool { return d.SetAside[i].Page < d.SetAside[j].Page })
	var body []pdfLine
	for _, p := range pages {
		body = append(body, p...)
	}
	return body
}

// isFurniture judges the line at index i of a page, at its top or bottom.
// A bare number counts as a page number only when it stands apart from the
// text beside it, as page numbers do.
func isFurniture(l pdfLine, page []pdfLine, i int, repeats bool, pitch float64) bool {
	if repeats && len(page) > 1 {
		return true
	}
	if !isPageNumber(l.text) {
		return false
	}
	if !isBareNumber(l.text) || len(page) == 1 {
		return true
	}
	var gap float64
	if i == 0 {
		gap = l.bottom - page[1].top
	} else {
		gap = page[i-1].bottom - l.top
	}
	return gap > 0.9*pitch
}

func isBareNumber(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func furnitureReason(text, edge string) string {
	if isPageNumber(text) {
		return data.AsidePageNumber
	}
	return edge
}

// linePitch is the usual distance between the tops of two lines in a row.
func linePitch(pages [][]pdfLine) float64 {
	var gaps []float64
	for _, p := range pages {
		for i := 1; i < len(p); i++ {
			if g := p[i-1].top - p[i].top; g > 0 {
				gaps = append(gaps, g)
			}
		}
	}
	if len(gaps) == 0 {
		return 20
	}
	return median(gaps)
}

func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

// mode is the most frequent value of v rounded to step.
func mode(v []float64, step float64) float64 {
	n := map[float64]int{}
	best, bestN := 0.0, 0
	for _, x := range v {
		k := math.Round(x/step) * step
		n[k]++
		if n[k] > bestN || n[k] == bestN && k < best {
			best, bestN = k, n[k]
		}
	}
	return best
}

// paragraphsOf joins body lines into paragraphs. A line continues the one
// before when that one reached the right margin, this one starts at the
// left margin (not indented) and the gap between them is a line's. When
// the text has no first-line indents, a line ending a sentence ends the
// paragraph instead.
func paragraphsOf(lines []pdfLine) []Paragraph {
	if len(lines) == 0 {
		return nil
	}
	var lefts, rights, heights []float64
	for _, l := range lines {
		lefts = append(lefts, l.left)
		rights = append(rights, l.right)
		heights = append(heights, l.top-l.bottom)
	}
	em := median(heights)
	leftMargin := mode(lefts, 2)
	rightMargin := mode(rights, 2)
	pitch := linePitch([][]pdfLine{lines})
	indented := 0
	for _, l := range lines {
		if l.left-leftMargin > 1.2*em && l.left-leftMargin < 3*em {
			indented++
		}
	}
	indents := indented*30 >= len(lines)

	var out []Paragraph
	var cur strings.Builder
	page := 0
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, Paragraph{Text: cur.String(), Page: page})
			cur.Reset()
		}
	}
	for i, l := range lines {
		if i > 0 && !continues(lines[i-1], l, leftMargin, rightMargin, em, pitch, indents) {
			flush()
		}
		if cur.Len() == 0 {
			page = l.page
			cur.WriteString(l.text)
		} else {
			cur.WriteString(joinSeparator(cur.String(), l.text))
			cur.WriteString(l.text)
		}
	}
	flush()
	return out
}

func continues(prev, l pdfLine, leftMargin, rightMargin, em, pitch float64, indents bool) bool {
	if openParen(prev.text) || startsClosing(l.text) {
		return true
	}
	if prev.right < rightMargin-1.5*em {
		return false // a short line ends its paragraph
	}
	if l.left > leftMargin+0.8*em {
		return false // an indented line starts one
	}
	if prev.page == l.page && prev.top-l.top > 1.6*pitch {
		return false // a wider gap than a line's
	}
	if !indents && endsSentence(prev.text) {
		return false
	}
	return true
}
