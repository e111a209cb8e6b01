package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinSeparator is what goes between two pieces of one paragraph that a
// line break cut apart: a space between English words, nothing elsewhere.
// Above all nothing between two digits: "1" / "937元" is 1937元.
func joinSeparator(before, after string) string {
	if wordEnd(before) && wordStart(after) {
		return " "
	}
	return ""
}

// endsSentence reports whether a line ends with a sentence's final mark,
// perhaps followed by a closing quote or bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "”’」』）)》\"'")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？!?；;：:…", r)
}

// startsClosing reports whether a line starts with a mark that can only
// follow text: a closing bracket or a comma-like mark.
func startsClosing(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("）)》”’」』】，、。；：！？,.;:!?%％", r)
}

// displayWidth counts a hanzi or a full-width mark as two columns and
// ASCII as one, as a line's width on the page.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r == ' ' || unicode.Is(unicode.Cf, r) {
			// Copies out of PDFs put spaces around numbers ("增长 9.8%")
			// that the page does not show.
			continue
		}
		if r < 0x1100 {
			w++
		} else {
			w += 2
		}
	}
	return w
}

// wrapWidth finds the width at which a text was cut into lines: the most
// common line width, when a third or more of the lines are that wide
// (give or take a few columns) and most of those end mid-sentence. It
// returns 0 for a text whose lines are its paragraphs.
func wrapWidth(lines []textLine) int {
	widths := map[int]int{}
	long := 0
	for _, l := range lines {
		if w := l.width(); w >= 20 {
			widths[w]++
			long++
		}
	}
	best, bestN := 0, 0
	for w := range widths {
		n := 0
		for d := -2; d <= 2; d++ {
			n += widths[w+d]
		}
		if n > bestN || n == bestN && w > best {
			best, bestN = w, n
		}
	}
	if long < 6 || bestN*3 < long {
		return 0
	}
	open := 0
	for _, l := range lines {
		if w := l.width(); w >= best-2 && w <= best+2 && !endsSentence(l.text) {
			open++
		}
	}
	if open*2 < bestN {
		return 0
	}
	return best + 2
}

// paragraphStarts tells which lines start a paragraph, joining lines cut
// at a width back into their paragraphs. A line goes on into the next when
// the text was wrapped and the line fills the width (less a word or a
// number pushed to the next line) and the next is not indented, or
// whatever the shape when the line leaves a parenthesis open or the next
// starts with a mark that cannot start a paragraph. A blank line always
// ends a paragraph. brackets turns on the bracket rules, which only lines
// (not Word's paragraphs) may use.
func paragraphStarts(lines []textLine, brackets bool) []bool {
	width := wrapWidth(lines)
	// Lines measured in columns are rough: PDF copies space out numbers
	// and Latin words, and justify lines; a sixth of the width is room for
	// that and for a number pushed whole to the next line.
	tolerance := max(6, width/6)
	indented := 0
	for _, l := range lines {
		if l.indented {
			indented++
		}
	}
	indents := indented*30 >= len(lines)
	starts := make([]bool, len(lines))
	for i, l := range lines {
		join := false
		if i > 0 && !l.afterBlank {
			prev := lines[i-1].text
			switch {
			case brackets && (openParen(prev) || startsClosing(l.text)):
				join = true
			case width > 0 && lines[i-1].width() >= width-tolerance && !l.indented:
				// Without first-line indents, a line that ends a sentence
				// ends its paragraph: cutting a paragraph between two
				// sentences keeps both whole, while joining two paragraphs
				// would bury a heading.
				join = indents || !endsSentence(prev)
			}
		}
		starts[i] = !join
	}
	return starts
}

// rejoinLines joins the lines of a text into paragraphs.
func rejoinLines(lines []textLine, brackets bool) []Paragraph {
	var out []Paragraph
	var cur strings.Builder
	for i, start := range paragraphStarts(lines, brackets) {
		if start && cur.Len() > 0 {
			out = append(out, Paragraph{Text: cur.String()})
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteString(joinSeparator(lines[i-1].text, lines[i].text))
		}
		cur.WriteString(lines[i].text)
	}
	if cur.Len() > 0 {
		out = append(out, Paragraph{Text: cur.String()})
	}
	return out
}

// rejoinParagraphs joins paragraphs that are lines of a wrapped text
// pasted into a Word file or a web page; real paragraphs are left as
// they are. Tables and headings never join. indented, when not nil, tells
// which paragraphs began with white space.
func rejoinParagraphs(ps []Paragraph, indented []bool) []Paragraph {
	lines := make([]textLine, len(ps))
	for i, p := range ps {
		apart := p.Table || p.Level > 0 || i > 0 && (ps[i-1].Table || ps[i-1].Level > 0)
		lines[i] = textLine{text: p.Text, afterBlank: apart, indented: indented != nil && indented[i]}
	}
	if wrapWidth(lines) == 0 {
		return ps
	}
	var out []Paragraph
	var cur strings.Builder
	var runs boldRuns
	n := 0 // runes in cur
	for i, start := range paragraphStarts(lines, false) {
		if start || len(out) == 0 {
			if len(out) > 0 {
				endJoined(&out[len(out)-1], cur.String(), runs, n)
				cur.Reset()
				runs, n = nil, 0
			}
			out = append(out, ps[i])
		} else {
			sep := joinSeparator(ps[i-1].Text, ps[i].Text)
			cur.WriteString(sep)
			n += utf8.RuneCountInString(sep)
			out[len(out)-1].Bold = out[len(out)-1].Bold && ps[i].Bold
		}
		k := utf8.RuneCountInString(ps[i].Text)
		for _, r := range runsOf(ps[i], k).shift(n) {
			runs = runs.add(r.Start, r.End)
		}
		cur.WriteString(ps[i].Text)
		n += k
	}
	if len(out) > 0 {
		endJoined(&out[len(out)-1], cur.String(), runs, n)
	}
	return out
}

// endJoined gives a paragraph joined from lines its text and the bold runs
// of its lines, n runes in all: a bold heading broken over two printed
// lines and joined with the text after it stays marked.
func endJoined(p *Paragraph, text string, runs boldRuns, n int) {
	p.Text = text
	if !p.Bold {
		p.BoldRuns = runs.partial(n)
	}
}

// openParen reports whether a line leaves a parenthesis open: a paragraph
// never ends so ("细颗粒物（PM" / "2.5" / "）浓度"). Quotation marks are not
// counted: a quotation over several paragraphs opens each and closes only
// the last.
func openParen(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}
