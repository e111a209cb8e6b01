package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// A newspaper runs a long report over several pages and says where it
// goes on: "（下转第四版）" where a page stops, "（紧接第一版）" or
// "（上接第一版）" where the next takes up. A text scraped from the paper's
// web page keeps both in the middle of a paragraph, often of a sentence
// ("…提供了行动指南。（下转第四版）（紧接第一版） 我们坚持…"). They are page
// furniture: set aside, and the text on either side joined within its
// paragraph. A sentence the paper cut across two paragraphs stays in two.

// pageJumpRE is one page-jump marker, in full- or half-width brackets:
// 下转/上接/紧接/接/转/续 and the page, "第四版", "第2版", "A3版".
var pageJumpRE = regexp.MustCompile(`[（(]\s*(?:下转|上接|紧接|承接|接|转|续)\s*(?:第\s*)?[0-9０-９一二三四五六七八九十百A-Za-z]{1,4}\s*版\s*[)）]`)

// setAsidePageJumps takes the page-jump markers out of the paragraphs of d
// into its set-aside list, with the white space around them; a paragraph
// of markers alone is left empty (tidy drops it).
func setAsidePageJumps(d *Document) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !strings.Contains(p.Text, "版") {
			continue
		}
		locs := pageJumpRE.FindAllStringIndex(p.Text, -1)
		if len(locs) == 0 {
			continue
		}
		var sb strings.Builder
		var cuts []data.Span // rune offsets of the removed stretches
		at := 0
		for _, loc := range locs {
			start, end := widenOverSpace(p.Text, loc[0], loc[1], at)
			d.SetAside = append(d.SetAside, data.SetAside{Text: p.Text[loc[0]:loc[1]], Page: p.Page, Reason: data.AsidePageJump})
			sb.WriteString(p.Text[at:start])
			cuts = append(cuts, data.Span{Start: utf8.RuneCountInString(p.Text[:start]), End: utf8.RuneCountInString(p.Text[:end])})
			at = end
		}
		sb.WriteString(p.Text[at:])
		p.Text = sb.String()
		p.BoldRuns = boldRunsAfterCuts(p.BoldRuns, cuts)
	}
}

// widenOverSpace widens the marker text[start:end] over the white space
// after it, and over the white space before it down to from.
func widenOverSpace(text string, start, end, from int) (int, int) {
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(r) {
			break
		}
		end += n
	}
	for start > from {
		r, n := utf8.DecodeLastRuneInString(text[from:start])
		if !unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return start, end
}

// boldRunsAfterCuts moves the bold runs of a paragraph to where they are
// once the stretches cuts (in order) are taken out of its text.
func boldRunsAfterCuts(runs []data.Span, cuts []data.Span) []data.Span {
	if len(runs) == 0 {
		return runs
	}
	moved := func(off int) int {
		gone := 0
		for _, c := range cuts {
			switch {
			case off >= c.End:
				gone += c.End - c.Start
			case off > c.Start:
				gone += off - c.Start
			}
		}
		return off - gone
	}
	var out []data.Span
	for _, r := range runs {
		if s, e := moved(r.Start), moved(r.End); s < e {
			out = append(out, data.Span{Start: s, End: e})
		}
	}
	return out
}
