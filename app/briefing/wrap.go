package briefing

import (
	"strings"
	"unicode"

	"pledgereview/app/internal/linebreak"
)

// replacement stands in for a rune the PDF library cannot take (beyond
// U+FFFF) or an invalid byte; the bundled font has a glyph for it.
const replacement = '\uFFFD'

// sanitize makes text safe for the PDF library: invalid UTF-8 and runes
// beyond U+FFFF become U+FFFD (the library panics on them), every space
// separator becomes an ASCII space, tab too, line and paragraph separators
// become '\n', and every other non-printable rune (control, format, private
// use, unassigned) is dropped. Printable BMP runes are kept as they are.
func sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if c, keep := cleanRune(r); keep {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// isClean reports whether sanitize has nothing to change in s.
func isClean(s string) bool {
	for _, r := range s {
		if r > 0xFFFF || r == replacement || (r != ' ' && r != '\n' && !unicode.IsPrint(r)) {
			return false
		}
	}
	return true
}

// cleanRune is what sanitize puts for r, if anything.
func cleanRune(r rune) (rune, bool) {
	switch {
	case r > 0xFFFF:
		return replacement, true
	case r == '\n' || r == '\u2028' || r == '\u2029':
		return '\n', true
	case r == '\t' || unicode.Is(unicode.Zs, r):
		return ' ', true
	}
	return r, unicode.IsPrint(r) // includes U+FFFD from invalid bytes
}

// oneLine sanitises s and turns line breaks into spaces.
func oneLine(s string) string {
	return strings.ReplaceAll(sanitize(s), "\n", " ")
}

// wrap breaks sanitised text into lines no wider than width, measuring
// each rune with w (fpdf's widths have no kerning, so a line is as wide as
// its runes), by the rules of the one line breaker the window uses too.
// '\n' forces a break.
func wrap(s string, width float64, w func(rune) float64) []string {
	return linebreak.Lines(s, width, func(part string) float64 {
		sum := 0.0
		for _, r := range part {
			sum += w(r)
		}
		return sum
	})
}
