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

// MaxSentenceRunes bounds a pledge. The longest sentence of the corpus
// (../shared/corpus) and of the outcome test reports is 516 characters
// (zhumadian-2021 02.00.01, a review sentence); the cap is about three
// times that, so no real sentence reaches it. A "sentence" of a million
// characters (a text with no 。) would otherwise be one pledge that no
// window can lay out.
const MaxSentenceRunes = 1500

// cutOverlong returns s whole when it is at most MaxSentenceRunes long,
// else cut into pieces of at most that length, each ending at the last
// pause (；，、) before the cap, or at the cap itself when there is none.
// The pieces cover s: no text is dropped.
func cutOverlong(rs []rune, s span) []span {
	var out []span
	for s.end-s.start > MaxSentenceRunes {
		cut := s.start + MaxSentenceRunes
		for i := cut - 1; i > s.start; i-- {
			if isCutPause(rs[i]) {
				cut = i + 1
				break
			}
		}
		out = append(out, trim(rs, span{s.start, cut}))
		s = trim(rs, span{cut, s.end})
	}
	if !hasContent(rs, s) && len(out) > 0 {
		out[len(out)-1].end = s.end // a lone 。 after the last pause
		return out
	}
	return append(out, s)
}

// isCutPause is a pause inside a sentence where an over-long one is cut.
func isCutPause(r rune) bool { return r == '；' || r == '，' || r == '、' || r == ';' || r == ',' }
