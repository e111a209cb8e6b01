// Package linebreak breaks text into lines for the window and the PDF
// alike: where UAX #14 (the Unicode line-breaking algorithm) allows a break,
// less the breaks Chinese typesetting forbids (rules.go), filling each line
// as far as a caller's measure allows. It knows no widget and no PDF
// library: the caller passes the measure.
package linebreak

import (
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Measure gives the width of a piece of text, in the caller's unit.
type Measure func(string) float64

// Span is one line of a text: text[Start:End]. The spaces at a break and
// the line break characters lie between spans.
type Span struct{ Start, End int }

// Lines breaks text into lines no wider than width. A line break character
// ends a line ("a\n\nb" gives "a", "", "b"); spaces where a line is broken
// are dropped; nothing else is, so the lines joined give back the text less
// those spaces and the line breaks. Hanzi break between any two, Latin words
// and numbers only at spaces (and hyphens, slashes: where UAX #14 allows);
// no line starts with closing punctuation or ends with opening punctuation.
// A word wider than the line is broken between characters as a last
// resort. A line is wider than width only when it is one character
// (grapheme cluster) wider than width.
func Lines(text string, width float64, measure Measure) []string {
	spans := Spans(text, width, measure)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// Spans is Lines as byte ranges of text, for a caller that styles parts of
// the text. The empty text has no lines.
func Spans(text string, width float64, measure Measure) []Span {
	cs := clusters(text)
	var out []Span
	from := 0 // the first cluster of the paragraph
	for i, c := range cs {
		if c.after != uniseg.LineMustBreak {
			continue
		}
		end := i + 1
		if uniseg.HasTrailingLineBreakInString(text[c.start:c.end]) {
			end = i // the line break character is no part of the line
		}
		p := paragraph{text: text, cs: cs[from:end], width: width, measure: measure}
		out = p.lines(out, paraEnd(cs, from, end, c.start))
		from = i + 1
	}
	if uniseg.HasTrailingLineBreakInString(text) {
		out = append(out, Span{len(text), len(text)}) // the empty line after a final line break
	}
	return out
}

// paraEnd is the byte offset where the paragraph of clusters cs[from:end]
// ends: the end of its last cluster, or brk for an empty paragraph.
func paraEnd(cs []cluster, from, end, brk int) int {
	if end > from {
		return cs[end-1].end
	}
	return brk
}

// cluster is one grapheme cluster of the text and the break after it.
type cluster struct {
	start, end  int  // bytes of the text
	first, last rune // its first and last rune
	wide        bool // East Asian wide or full-width
	after       int  // uniseg.LineDontBreak, LineCanBreak or LineMustBreak
}

func (c cluster) isSpace() bool { return c.first == ' ' && c.end-c.start == 1 }

// clusters splits text into grapheme clusters with the breaks UAX #14
// allows after each, amended by the rules of rules.go.
func clusters(text string) []cluster {
	cs := make([]cluster, 0, len(text)/2)
	state, pos := -1, 0
	for rest := text; rest != ""; {
		var seg string
		var must bool
		seg, rest, must, state = uniseg.FirstLineSegmentInString(rest, state)
		cs = appendClusters(cs, seg, pos)
		cs[len(cs)-1].after = uniseg.LineCanBreak
		if must {
			cs[len(cs)-1].after = uniseg.LineMustBreak
		}
		pos += len(seg)
	}
	for i := 0; i+1 < len(cs); i++ {
		cs[i].after = boundary(cs[i], cs[i+1], cs[i].after)
	}
	return cs
}

// appendClusters appends the grapheme clusters of seg, which starts at
// byte pos of the text and holds no break, to cs.
func appendClusters(cs []cluster, seg string, pos int) []cluster {
	state := -1
	for seg != "" {
		var c string
		var width int
		c, seg, width, state = uniseg.FirstGraphemeClusterInString(seg, state)
		first, _ := utf8.DecodeRuneInString(c)
		last, _ := utf8.DecodeLastRuneInString(c)
		cs = append(cs, cluster{start: pos, end: pos + len(c), first: first, last: last,
			wide: width == 2, after: uniseg.LineDontBreak})
		pos += len(c)
	}
	return cs
}
