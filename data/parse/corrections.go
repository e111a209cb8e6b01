package parse

import "pledgereview/data"

// line is a non-blank source line, or several joined into one paragraph,
// with what a correction makes of it ("" when the parser decides).
type line struct {
	span
	make string
}

// applyCorrections attaches the user's corrections to the lines they name
// and joins paragraphs marked join-next. A correction whose text no longer
// matches its line is ignored, so an edited source never gets a correction
// meant for another line. Lines are also joined where a scraped text broke
// a paragraph: around a subscript ("PM" / "2.5" / "）浓度…"), around a
// linked book title ("根据《" / "…建议" / "》，国务院编制了《"), or at a
// page break of Wikisource (a line holding only U+200B).
func applyCorrections(rs []rune, spans []span, cs []data.Correction) []line {
	makes := make([]string, len(spans))
	for _, c := range cs {
		if c.Line < 0 || c.Line >= len(spans) || string(rs[spans[c.Line].start:spans[c.Line].end]) != c.Text {
			continue
		}
		makes[c.Line] = c.Make
	}
	out := make([]line, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		l := line{spans[i], makes[i]}
		for i+1 < len(spans) && (makes[i] == data.MakeJoinNext || scrapedBreak(rs, spans, makes, i)) {
			i++
			l.end = spans[i].end
		}
		if l.make == data.MakeJoinNext {
			l.make = ""
		}
		out = append(out, l)
	}
	return out
}

// scrapedBreak reports a paragraph a scraper broke between lines i and
// i+1; a book title or a page break joins lines neither of which the user
// corrected.
func scrapedBreak(rs []rune, spans []span, makes []string, i int) bool {
	if subscriptBreak(rs, spans, i) {
		return true
	}
	if makes[i] != "" || makes[i+1] != "" {
		return false
	}
	return titleMarkBreak(rs, spans[i], spans[i+1]) || pageBreakMark(rs, spans[i], spans[i+1])
}

// titleMarkBreak reports a line ending in an opening 《 or followed by a
// line opening with its closing 》: a book title that was a link.
func titleMarkBreak(rs []rune, cur, next span) bool {
	return rs[cur.end-1] == '《' || rs[next.start] == '》'
}

// pageBreakMark reports two lines with only a line of U+200B between them,
// where Wikisource marks a page break of the printed text, mid-sentence.
func pageBreakMark(rs []rune, cur, next span) bool {
	breaks, marks := 0, 0
	for _, r := range rs[cur.end:next.start] {
		switch r {
		case '\n':
			breaks++
		case '\u200b':
			marks++
		case '\r', ' ', '\t':
		default:
			return false
		}
	}
	return breaks == 2 && marks > 0
}

// subscriptBreak reports a line ending in a Latin letter followed by a line
// of a few digits, or a line of a few digits itself followed by the rest of
// its paragraph: how a web page's <sub> comes out in scraped text.
func subscriptBreak(rs []rune, spans []span, i int) bool {
	if i+1 >= len(spans) {
		return false
	}
	cur, next := spans[i], spans[i+1]
	if shortNumber(rs, next) && isASCIILetter(rs[cur.end-1]) {
		return true
	}
	return shortNumber(rs, cur) && i > 0 && isASCIILetter(rs[spans[i-1].end-1]) && !isTerminator(rs[next.start])
}

// shortNumber reports a line of at most 6 ASCII digits and dots.
func shortNumber(rs []rune, s span) bool {
	if s.end-s.start > 6 {
		return false
	}
	for i := s.start; i < s.end; i++ {
		if !isASCIIDigit(rs[i]) && rs[i] != '.' {
			return false
		}
	}
	return true
}
