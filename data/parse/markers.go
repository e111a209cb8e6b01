package parse

import (
	"strings"
	"unicode/utf8"
)

// marker is the numbering that opens a line of a numbered report.
type marker int

const (
	noMarker       marker = iota
	chapterMarker         // 一、  第一章  第一部分
	headlineMarker        // （一）  (一)
	itemMarker            // 1.  1、  （1）  ①
)

func isCNSmall(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigit(r rune) bool { return classOf(r)&clsDigit != 0 }

func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// markerForm is one way the numbering of a line is written: an opening
// character or none, one to most numerals, then one of the closers.
type markerForm struct {
	kind    marker
	opens   string // the characters one of which stands before the numerals; "" for none
	numeral func(rune) bool
	most    int
	closers []string // nil when the numeral stands alone
	// textAfter asks for text after the closer, not starting with a
	// digit: "1.5" is a number, not item 1.
	textAfter bool
}

// markerForms are the numberings of the genre, tried in turn: the first
// that matches wins (（一） is a headline before （1） is an item).
var markerForms = []markerForm{
	{kind: chapterMarker, numeral: isCNSmall, most: 3, closers: []string{"、", "．"}},                  // 一、
	{kind: chapterMarker, opens: "第", numeral: isCNSmall, most: 3, closers: []string{"章", "部分"}},     // 第一章  第一部分
	{kind: headlineMarker, opens: "（(", numeral: isCNSmall, most: 3, closers: []string{"）", ")"}},    // （一）  (一)
	{kind: itemMarker, opens: "（(", numeral: isDigit, most: 2, closers: []string{"）", ")"}},          // （1）
	{kind: itemMarker, numeral: isDigit, most: 2, closers: []string{".", "．", "、"}, textAfter: true}, // 1.  1、
	{kind: itemMarker, numeral: isCircled, most: 1},                                                  // ①
}

// lineMarker reads the numbering at the start of line l and returns its kind
// and where the heading text after it starts.
func lineMarker(rs []rune, l span) (marker, int) {
	line := rs[:l.end]
	for i := range markerForms {
		if j, ok := markerForms[i].match(line, l.start); ok {
			return markerForms[i].kind, skipMarkerGap(line, j)
		}
	}
	return noMarker, l.start
}

// match reads the form at rs[i:] and returns where the marker ends.
func (f *markerForm) match(rs []rune, i int) (int, bool) {
	if f.opens != "" {
		if !strings.ContainsRune(f.opens, rs[i]) {
			return 0, false
		}
		i++
	}
	j := i
	for j < len(rs) && j-i < f.most && f.numeral(rs[j]) {
		j++
	}
	if j == i {
		return 0, false
	}
	if f.closers == nil {
		return j, true
	}
	end, ok := closerAt(rs, j, f.closers)
	if !ok || f.textAfter && (end >= len(rs) || isDigit(rs[end])) {
		return 0, false
	}
	return end, true
}

// closerAt returns where the first of closers found at rs[i:] ends.
func closerAt(rs []rune, i int, closers []string) (int, bool) {
	for _, c := range closers {
		if hasPrefix(rs, i, c) {
			return i + utf8.RuneCountInString(c), true
		}
	}
	return 0, false
}

// skipMarkerGap skips the spaces and colons between a marker and its text.
func skipMarkerGap(rs []rune, j int) int {
	for j < len(rs) && (isSpace(rs[j]) || rs[j] == '：' || rs[j] == ':') {
		j++
	}
	return j
}
