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

// runeTable maps runes of the Basic Multilingual Plane to lists, as a
// map[rune][]T would, by an index of one byte per rune: the word lists
// keyed by first rune are asked at every numeral and time word of a
// report.
type runeTable[T any] struct {
	at    [0x10000]uint8 // 1 + the index in lists, 0 for none
	lists [][]T
}

// newRuneTable makes the table of m; its keys must be BMP runes, at most
// 255 of them.
func newRuneTable[T any](m map[rune][]T) *runeTable[T] {
	t := &runeTable[T]{}
	for r, list := range m {
		if r < 0 || r >= 0x10000 || len(t.lists) == 255 {
			panic("runeTable: a key out of the plane, or too many keys")
		}
		t.lists = append(t.lists, list)
		t.at[r] = uint8(len(t.lists))
	}
	return t
}

// get is the list of r, nil when none.
func (t *runeTable[T]) get(r rune) []T {
	if r < 0 || r >= 0x10000 || t.at[r] == 0 {
		return nil
	}
	return t.lists[t.at[r]-1]
}
