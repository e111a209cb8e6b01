package linebreak

import "github.com/rivo/uniseg"

// paragraph is the text between two line break characters, as clusters,
// to be broken into lines of a width.
type paragraph struct {
	text    string
	cs      []cluster
	width   float64
	measure Measure
}

// unit is what goes on a line whole: the clusters between two allowed
// breaks, or a cut of them when they are wider than the line.
type unit struct {
	start, ink, end int     // text[start:ink] is printed, text[ink:end] spaces
	w, spaceW       float64 // the widths of the two
	newLine         bool    // the unit starts a line of its own
}

// lines appends the lines of the paragraph, which ends at byte end, to out:
// each line takes units while they fit. Every unit is measured once, so the
// work grows with the length of the text, not with its square.
func (p *paragraph) lines(out []Span, end int) []Span {
	units := p.units()
	if len(units) == 0 {
		return append(out, Span{end, end})
	}
	line := Span{units[0].start, units[0].ink}
	used := units[0].w + units[0].spaceW
	for _, u := range units[1:] {
		if !u.newLine && used+u.w <= p.width {
			line.End = u.ink
			used += u.w + u.spaceW
			continue
		}
		out = append(out, line)
		line = Span{u.start, u.ink}
		used = u.w + u.spaceW
	}
	line.End = end // the last line keeps its trailing spaces
	return append(out, line)
}

// units splits the paragraph at every allowed break, measuring each part,
// and cuts the parts wider than the line.
func (p *paragraph) units() []unit {
	var units []unit
	from := 0
	for i, c := range p.cs {
		if c.after == uniseg.LineDontBreak && i+1 < len(p.cs) {
			continue
		}
		u := p.measured(from, i+1)
		if u.w > p.width && p.inkEnd(from, i+1) > from+1 { // more than one cluster to cut between
			units = append(units, p.cut(from, i+1)...)
		} else {
			units = append(units, u)
		}
		from = i + 1
	}
	return units
}

// inkEnd is the index of the first of the spaces that end clusters
// cs[from:to], or to when none do.
func (p *paragraph) inkEnd(from, to int) int {
	for to > from && p.cs[to-1].isSpace() {
		to--
	}
	return to
}

// measured is clusters cs[from:to] as one unit, measured.
func (p *paragraph) measured(from, to int) unit {
	u := unit{start: p.cs[from].start, end: p.cs[to-1].end}
	u.ink = u.start // spaces only
	if ink := p.inkEnd(from, to); ink > from {
		u.ink = p.cs[ink-1].end
	}
	if u.ink > u.start {
		u.w = p.measure(p.text[u.start:u.ink])
	}
	if u.end > u.ink {
		u.spaceW = p.measure(p.text[u.ink:u.end])
	}
	return u
}

// cut breaks clusters cs[from:to], which hold no allowed break and are
// wider than the line, between clusters: as many as fit on each line,
// taking back those that would put closing punctuation first or opening
// punctuation last. Each cluster is measured once.
func (p *paragraph) cut(from, to int) []unit {
	ink := p.inkEnd(from, to)
	ws := make([]float64, ink-from)
	for i := range ws {
		c := p.cs[from+i]
		ws[i] = p.measure(p.text[c.start:c.end])
	}
	var units []unit
	start, used := from, 0.0
	for i := from; i < ink; i++ {
		if used+ws[i-from] <= p.width || i == start {
			used += ws[i-from]
			continue
		}
		j := p.cutBefore(start, i)
		units = append(units, unit{start: p.cs[start].start, ink: p.cs[j].start, end: p.cs[j].start,
			w: sum(ws[start-from : j-from]), newLine: true})
		start, used = j, 0
		i = j - 1 // measure the taken-back clusters again on the new line
	}
	last := unit{start: p.cs[start].start, ink: p.cs[ink-1].end, end: p.cs[to-1].end,
		w: sum(ws[start-from:]), newLine: true}
	if last.end > last.ink {
		last.spaceW = p.measure(p.text[last.ink:last.end])
	}
	return append(units, last)
}

// cutBefore is the cluster that starts the next line when cs[i] no longer
// fits on the line that starts at cs[start]: i, or an earlier cluster when
// cs[i] may not start a line or cs[i-1] may not end one. When no cluster
// will do, i.
func (p *paragraph) cutBefore(start, i int) int {
	for j := i; j > start; j-- {
		a, b := p.cs[j-1], p.cs[j]
		if !NoLineStart(b.first) && !NoLineEnd(a.last) && !inseparable(a.last, b.first) {
			return j
		}
	}
	return i
}

func sum(ws []float64) float64 {
	t := 0.0
	for _, w := range ws {
		t += w
	}
	return t
}
