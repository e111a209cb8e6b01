package linebreak

import (
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
)

// The rules Chinese typesetting (GB/T 15834, W3C's clreq) adds to UAX #14.
// UAX #14 already keeps most closing marks off a line start, but not all:
// it lets "％" follow "。", and it treats “ ” ‘ ’ as quotes of unknown
// direction, so a closing quote may start a line after a space and no break
// is found beside a quote even between hanzi.

// noLineStart are the marks that never start a line: the pause and stop
// marks, closing brackets and quotes, and what belongs to the number or
// word before it.
const noLineStart = "、。，．：；？！）］｝〕〉》」』】〗〙〛”’％‰℃…‥·・" + ",.:;?!)]}%"

// noLineEnd are the marks that never end a line: opening brackets and
// quotes.
const noLineEnd = "（［｛〔〈《「『【〖〘〚“‘" + "([{"

// NoLineStart reports whether r may not start a line.
func NoLineStart(r rune) bool { return strings.ContainsRune(noLineStart, r) }

// NoLineEnd reports whether r may not end a line.
func NoLineEnd(r rune) bool { return strings.ContainsRune(noLineEnd, r) }

// inseparable reports whether a line may not end between a and b: the two
// halves of "——" and "……" stay together.
func inseparable(a, b rune) bool {
	return a == b && (a == '—' || a == '…' || a == '⋯')
}

// numberWithUnit reports whether a digit is followed by a hanzi, the unit or
// measure word of the number ("1937元", "2021年", "5000座").
func numberWithUnit(a cluster, b cluster) bool {
	return unicode.IsDigit(a.last) && b.wide && unicode.IsLetter(b.first)
}

// quoteBreak reports whether a line may end between a and b although UAX #14
// (Unicode 15.0, LB19) keeps quotes to both neighbours: before an opening
// quote or after a closing quote that hanzi stand beside, as Unicode 15.1's
// LB19a allows.
func quoteBreak(a, b cluster) bool {
	return (b.first == '“' || b.first == '‘') && a.wide ||
		(a.last == '”' || a.last == '’') && b.wide
}

// boundary is what may happen between clusters a and b, given what UAX #14
// says (uniseg's LineDontBreak, LineCanBreak or LineMustBreak).
func boundary(a, b cluster, uax int) int {
	switch {
	case uax == uniseg.LineMustBreak:
		return uax
	case NoLineStart(b.first) || NoLineEnd(a.last) || inseparable(a.last, b.first) || numberWithUnit(a, b):
		return uniseg.LineDontBreak
	case quoteBreak(a, b):
		return uniseg.LineCanBreak
	}
	return uax
}
