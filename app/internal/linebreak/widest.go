package linebreak

import "github.com/rivo/uniseg"

// Widest is the width of the widest piece of text that holds no allowed
// break: the least width that Lines fills without cutting a word or a
// number ("2022-02-01") between its characters. Spaces at a break do not
// count.
func Widest(text string, measure Measure) float64 {
	cs := clusters(text)
	p := paragraph{text: text, cs: cs, measure: measure}
	widest, from := 0.0, 0
	for i, c := range cs {
		if c.after == uniseg.LineDontBreak && i+1 < len(cs) {
			continue
		}
		to := i + 1
		if uniseg.HasTrailingLineBreakInString(text[c.start:c.end]) {
			to = i // the line break character is no part of the piece
		}
		if to > from && p.inkEnd(from, to) > from {
			widest = max(widest, p.measured(from, to).w)
		}
		from = i + 1
	}
	return widest
}
