package briefing

import (
	"strings"
	"unicode"
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
	clean := true
	for _, r := range s {
		if r > 0xFFFF || r == replacement || (r != ' ' && r != '\n' && !unicode.IsPrint(r)) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r > 0xFFFF:
			b.WriteRune(replacement)
		case r == '\n' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t' || unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsPrint(r): // includes U+FFFD from invalid bytes
			b.WriteRune(r)
		}
	}
	return b.String()
}

// oneLine sanitises s and turns line breaks into spaces.
func oneLine(s string) string {
	return strings.ReplaceAll(sanitize(s), "\n", " ")
}

// closing punctuation never starts a line.
func isClosing(r rune) bool {
	return strings.ContainsRune("，。、；：！？）》”’」』】〕〗〉…—,.;:!?)]}%", r)
}

// opening punctuation never ends a line.
func isOpening(r rune) bool {
	return strings.ContainsRune("（《“‘「『【〔〖〈([{", r)
}

// isWord reports whether r belongs to a Latin word or a number, which break
// only at spaces: letters and digits outside the CJK blocks, and the ASCII
// marks that live inside words and numbers.
func isWord(r rune) bool {
	if r < 0x80 {
		return r > ' ' && !strings.ContainsRune(",;:!?()[]{}\"", r)
	}
	if r >= 0x2E80 { // CJK and everything after it break anywhere
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// canBreak reports whether a line may start at rs[i] (0 < i < len(rs)).
// rs[i] is not a space.
func canBreak(rs []rune, i int) bool {
	cur, prev := rs[i], rs[i-1]
	switch {
	case isClosing(cur):
		return false
	case prev == ' ':
		return true
	case isOpening(prev):
		return false
	case isWord(prev) && isWord(cur):
		return false
	case prev == cur && (cur == '—' || cur == '…'):
		return false
	}
	return true
}

// wrap breaks sanitised text into lines no wider than width, measuring each
// rune with w. '\n' forces a break. Spaces at a break are dropped; nothing
// else is: the lines joined give back the text without those spaces and the
// '\n's. Latin words and numbers break only at spaces unless one alone is
// wider than the line. A line is wider than width only when it is a single
// rune wider than width.
func wrap(s string, width float64, w func(rune) float64) []string {
	if s == "" {
		return nil
	}
	var out []string
	for para := range strings.SplitSeq(s, "\n") {
		out = wrapPara(out, []rune(para), width, w)
	}
	return out
}

func wrapPara(out []string, rs []rune, width float64, w func(rune) float64) []string {
	if len(rs) == 0 {
		return append(out, "")
	}
	cum := make([]float64, len(rs)+1)
	for i, r := range rs {
		cum[i+1] = cum[i] + w(r)
	}
	start, brk := 0, -1 // brk: latest allowed line start after start
	ink := false        // a non-space rune lies in rs[start:i]
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' {
			continue // trailing spaces do not count against the width
		}
		if ink && canBreak(rs, i) {
			brk = i
		}
		first := !ink
		ink = true
		if first || cum[i+1]-cum[start] <= width {
			continue
		}
		next := brk
		if next <= start {
			next = forcedBreak(rs, start, i)
		}
		out = append(out, strings.TrimRight(string(rs[start:next]), " "))
		start = next
		for start < len(rs) && rs[start] == ' ' {
			start++
		}
		brk, ink = -1, false
		i = start - 1 // re-scan from the new line start
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	} else if len(out) == 0 {
		out = append(out, "")
	}
	return out
}

// forcedBreak picks where a line starting at start must end when nothing
// allowed a break before rune i overflowed: just before i, moved back when
// that would put closing punctuation first or opening punctuation last.
func forcedBreak(rs []rune, start, i int) int {
	for j := i; j > start; j-- {
		if !isClosing(rs[j]) && !isOpening(rs[j-1]) {
			return j
		}
	}
	return i
}
