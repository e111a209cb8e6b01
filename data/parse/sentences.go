package parse

import "unicode"

// splitSentences cuts the paragraph s into sentences at 。！？!? and calls
// emit with each trimmed sentence. Closing quotes and brackets right after a
// terminator stay with its sentence. A fragment at the end without a
// terminator is reported truncated, unless it ends in a pause that closes a
// list item or a lead-in (…；：).
func splitSentences(rs []rune, s span, emit func(sent span, truncated bool)) {
	start := s.start
	for i := s.start; i < s.end; i++ {
		if !isTerminator(rs[i]) {
			continue
		}
		j := i + 1
		for j < s.end && (isTerminator(rs[j]) || isCloser(rs[j])) {
			j++
		}
		if t := trim(rs, span{start, j}); hasContent(rs, t) {
			emit(t, false)
		}
		start, i = j, j-1
	}
	t := trim(rs, span{start, s.end})
	if !hasContent(rs, t) {
		return
	}
	last := t.end - 1
	for last > t.start && isCloser(rs[last]) {
		last--
	}
	switch rs[last] {
	case '…', '；', ';', '：', ':':
		emit(t, false)
	default:
		emit(t, true)
	}
}

// hasContent reports whether s holds a letter or a digit, not punctuation only.
func hasContent(rs []rune, s span) bool {
	for i := s.start; i < s.end; i++ {
		if unicode.IsLetter(rs[i]) || unicode.IsNumber(rs[i]) {
			return true
		}
	}
	return false
}
