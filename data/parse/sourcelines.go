package parse

import "pledgereview/data"

// Line is one non-blank line of a report's text, numbered and trimmed as
// Parse reads it: a data.Correction names it by N and Text.
type Line struct {
	N          int
	Text       string
	Start, End int // rune offsets into the text
}

// Lines returns the lines of text as Parse reads them with the same bold
// stretches (Options.Bold): its non-blank lines, cut at run-in headings,
// for an import preview to show and to correct.
func Lines(text string, bold []data.Span) []Line {
	rs := []rune(text)
	spans := sourceLines(rs, bold)
	out := make([]Line, len(spans))
	for i, s := range spans {
		out[i] = Line{N: i, Text: string(rs[s.start:s.end]), Start: s.start, End: s.end}
	}
	return out
}
