package parse

import "unicode/utf8"

// span is a half-open range [start, end) of rune offsets into the source.
type span struct{ start, end int }

func (s span) empty() bool { return s.start >= s.end }

func isSpace(r rune) bool { return classOf(r)&clsSpace != 0 }

// trim narrows s past surrounding white space (full-width and BOM included).
func trim(rs []rune, s span) span {
	for s.start < s.end && isSpace(rs[s.start]) {
		s.start++
	}
	for s.end > s.start && isSpace(rs[s.end-1]) {
		s.end--
	}
	return s
}

// splitLines returns the trimmed non-blank lines. CR alone also ends a line,
// so CRLF and old Mac text read the same.
func splitLines(rs []rune) []span {
	var out []span
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '\n' || rs[i] == '\r' || rs[i] == '\u2028' || rs[i] == '\u2029' {
			if l := trim(rs, span{start, i}); !l.empty() {
				out = append(out, l)
			}
			start = i + 1
		}
	}
	return out
}

// isTerminator reports a rune that ends a sentence.
func isTerminator(r rune) bool { return classOf(r)&clsTerm != 0 }

// isCloser reports a closing quote or bracket, which stays with the sentence
// whose terminator it follows.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〉', '】', '〕', '］', ']', '"', '\'':
		return true
	}
	return false
}

// maxHeadingRunes bounds a heading-like line; the longest heading of the
// genre seen so far is about 30 runes.
const maxHeadingRunes = 40

// headingLike reports a short line without sentence punctuation, the shape
// of a title, a chapter heading and an unnumbered headline.
func headingLike(rs []rune, l span) bool {
	if l.end-l.start > maxHeadingRunes {
		return false
	}
	for i := l.start; i < l.end; i++ {
		if isTerminator(rs[i]) {
			return false
		}
	}
	switch rs[l.end-1] {
	case '，', ',', '、', '；', ';', '：', ':', '…':
		return false
	}
	return true
}

func hasPrefix(rs []rune, i int, p string) bool {
	// Most calls fail at the first rune: compare its UTF-8 bytes with p's
	// before decoding p.
	if i < len(rs) && len(p) > 0 {
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], rs[i])
		if len(p) < n {
			return false
		}
		for k := range n {
			if p[k] != b[k] {
				return false
			}
		}
	}
	for _, r := range p {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasRunes is hasPrefix for a pattern already in runes.
func hasRunes(rs []rune, i int, p []rune) bool {
	return i >= 0 && i+len(p) <= len(rs) && equalRunes(rs[i:i+len(p)], p)
}

// hasSuffix reports whether rs[:i] ends with p.
func hasSuffix(rs []rune, i int, p string) bool {
	n := 0
	for k := 0; k < len(p); k++ {
		if p[k]&0xC0 != 0x80 {
			n++
		}
	}
	return i-n >= 0 && hasPrefix(rs, i-n, p)
}

var bylineStarts = []string{"本报记者", "记者", "本报讯", "通讯员", "（记者", "(记者", "【记者", "责任编辑", "编辑", "来源", "文/", "文／", "撰稿"}

// isByline reports a closing credit line such as "本报记者 郜蓉 张晓丽".
func isByline(rs []rune, l span) bool {
	if l.end-l.start > 60 {
		return false
	}
	for i := l.start; i < l.end; i++ {
		if isTerminator(rs[i]) {
			return false
		}
	}
	for _, p := range bylineStarts {
		if hasPrefix(rs[:l.end], l.start, p) {
			return true
		}
	}
	return false
}
