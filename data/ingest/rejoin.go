package ingest

import (
	"strings"
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

// opensBracket reports whether a line leaves a bracket or a quotation
// open: a paragraph never ends so ("细颗粒物（PM" / "2.5" / "）浓度").
func opensBracket(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '《', '“', '【', '「':
			depth++
		case '）', ')', '》', '”', '】', '」':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// startsClosing reports whether a line starts with a mark that can only
// follow text: a closing bracket or a comma-like mark.
func startsClosing(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("）)》”’」』】，、。；：！？,.;:!?%％", r)
}
