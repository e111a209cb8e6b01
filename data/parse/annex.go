package parse

import (
	"slices"
	"strings"

	"pledgereview/data"
)

// Annexes follow the body: "附件1" with a list of projects (民生实事), or a
// glossary ("附件2 名词解释", "名词解释", "注释") of term：explanation lines.

// isAnnexHeading reports a line that opens an annex.
func isAnnexHeading(rs []rune, l span) bool {
	if l.end-l.start > 30 || !headingLike(rs, l) && !isGlossaryHeading(rs, l) {
		return false
	}
	i := l.start
	if hasPrefix(rs[:l.end], i, "附件") || hasPrefix(rs[:l.end], i, "附：") || hasPrefix(rs[:l.end], i, "附:") {
		return true
	}
	return isGlossaryHeading(rs, l)
}

// isGlossaryHeading reports "名词解释", "注释", "附件2 名词解释", "附：名词解释".
func isGlossaryHeading(rs []rune, l span) bool {
	if l.end-l.start > 16 {
		return false
	}
	s := strings.TrimRight(string(rs[l.start:l.end]), "：: ")
	for _, w := range []string{"名词解释", "注释", "名词注释", "名词说明"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// annexStart returns the index of the first annex heading after the body's
// first half, or a line the user marked as annex; len(body) when none.
func annexStart(rs []rune, body []line) int {
	for i, l := range body {
		if l.make == data.MakeAnnex {
			return i
		}
		if l.make == "" && i > len(body)/2 && isAnnexHeading(rs, l.span) {
			return i
		}
	}
	return len(body)
}

// buildAnnexes reads the lines after the body. Each heading opens an
// annex: a glossary becomes Report.Glossary, anything else a chapter
// marked as annex whose numbered items are headlines.
func (b *builder) buildAnnexes(lines []line) {
	for i := 0; i < len(lines); {
		j := i + 1
		// "附件2" alone is followed by its own title, which may be a
		// glossary's heading ("名词解释")
		if l := lines[i]; l.end-l.start <= 5 && hasPrefix(b.rs[:l.end], l.start, "附件") && j < len(lines) &&
			b.isAnnexOwnTitle(lines[j]) && isGlossaryHeading(b.rs, lines[j].span) && !hasPrefix(b.rs[:lines[j].end], lines[j].start, "附") {
			j++
		}
		for j < len(lines) && !(lines[j].make == data.MakeAnnex || lines[j].make == "" && isAnnexHeading(b.rs, lines[j].span)) {
			j++
		}
		b.annex(lines[i:j])
		i = j
	}
}

// annex reads one annex: its heading line, then its lines.
func (b *builder) annex(lines []line) {
	head, title, rest := b.annexTitle(lines)
	if isGlossaryHeading(b.rs, head) {
		b.glossaryAnnex(title, rest)
	} else {
		b.listAnnex(title, rest)
	}
}

// annexTitle reads the heading of an annex: "附件1" alone is followed by
// the annex's own title, which joins it. head is the line that names the
// annex, rest the lines after the title.
func (b *builder) annexTitle(lines []line) (head span, title string, rest []line) {
	head, rest = lines[0].span, lines[1:]
	title = b.text(head)
	if head.end-head.start <= 5 && len(rest) > 0 && b.isAnnexOwnTitle(rest[0]) {
		title += " " + b.text(rest[0].span)
		if isGlossaryHeading(b.rs, rest[0].span) {
			head = rest[0].span
		}
		rest = rest[1:]
	}
	return head, title, rest
}

// isAnnexOwnTitle reports a heading-like line without numbering, as the
// title under "附件1" is.
func (b *builder) isAnnexOwnTitle(l line) bool {
	return l.make == "" && headingLike(b.rs, l.span) && noMarkerAt(b.rs, l.span)
}

// glossaryAnnex reads a glossary into Report.Glossary, an entry a line.
func (b *builder) glossaryAnnex(title string, rest []line) {
	b.setAside(title, data.AsideGlossaryHeading)
	numbered := false
	for _, l := range rest {
		_, start := glossaryMarker(b.rs, l.span)
		if start == l.start && numbered {
			// A numbered glossary's line without a number goes on
			// with the entry before it.
			e := &b.rep.Glossary[len(b.rep.Glossary)-1]
			e.Text += b.text(l.span)
			e.End = l.end
			continue
		}
		numbered = start != l.start
		b.glossaryEntry(l.span)
	}
}

// listAnnex reads any other annex as a chapter marked as annex whose
// numbered items are headlines; with any such item it is a list of
// projects.
func (b *builder) listAnnex(title string, rest []line) {
	kind := data.AnnexOther
	if slices.ContainsFunc(rest, func(l line) bool { return !noMarkerAt(b.rs, l.span) }) {
		kind = data.AnnexProjects
	}
	b.startChapter(title)
	b.rep.Chapters[b.ch].Annex = kind
	for _, l := range rest {
		m, start := lineMarker(b.rs, l.span)
		if m == noMarker || l.make == data.MakeBody {
			b.paragraph(l.span)
			continue
		}
		head, more := splitHeading(b.rs, span{start, l.end})
		b.startHeadline(head)
		b.paragraph(more)
	}
}

// glossaryMarker is lineMarker, and also reads "8." before a digit, which
// in a glossary numbers a term ("8.6个重大科技专项：…"), not a decimal.
func glossaryMarker(rs []rune, l span) (marker, int) {
	if m, start := lineMarker(rs, l); m != noMarker {
		return m, start
	}
	j := l.start
	for j < l.end && j-l.start < 3 && isASCIIDigit(rs[j]) {
		j++
	}
	if j > l.start && j+1 < l.end && (rs[j] == '.' || rs[j] == '．' || rs[j] == '、') {
		return itemMarker, j + 1
	}
	return noMarker, l.start
}

func noMarkerAt(rs []rune, l span) bool {
	m, _ := lineMarker(rs, l)
	return m == noMarker
}

// glossaryEntry reads "1.“岳山造林”：上世纪70年代…": the term before the
// first colon, the explanation after it.
func (b *builder) glossaryEntry(l span) {
	_, start := glossaryMarker(b.rs, l)
	e := data.GlossaryEntry{Start: start, End: l.end}
	colon := -1
	for i := start; i < l.end && i < start+40; i++ {
		if b.rs[i] == '：' || b.rs[i] == ':' {
			colon = i
			break
		}
	}
	if colon < 0 {
		e.Text = b.text(span{start, l.end})
	} else {
		e.Term = b.text(trim(b.rs, span{start, colon}))
		e.Text = b.text(trim(b.rs, span{colon + 1, l.end}))
	}
	b.rep.Glossary = append(b.rep.Glossary, e)
}

func (b *builder) setAside(text, reason string) {
	b.rep.SetAside = append(b.rep.SetAside, data.SetAside{Text: text, Reason: reason})
}
