package parse

import "unicode/utf8"

// runeSet holds runes of the Basic Multilingual Plane, one bit each: a
// word list's first or last runes, asked before comparing every word.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) has(r rune) bool { return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(r&63)) != 0 }

// firstRunes is the set of the first runes of words.
func firstRunes(words []string) *runeSet {
	var s runeSet
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		s[r>>6] |= 1 << (r & 63)
	}
	return &s
}

// lastRunes is the set of the last runes of words.
func lastRunes(words []string) *runeSet {
	var s runeSet
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		s[r>>6] |= 1 << (r & 63)
	}
	return &s
}

// startsWithAny reports whether s may begin with one of the words whose
// first runes are set: false is sure, true asks for the words.
func (s *runeSet) startsWithAny(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return s.has(r)
}

// endsWithAny is startsWithAny at the end of text.
func (s *runeSet) endsWithAny(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return s.has(r)
}

// containsAny reports whether text holds a rune of the set.
func (s *runeSet) containsAny(text string) bool {
	for _, r := range text {
		if s.has(r) {
			return true
		}
	}
	return false
}
