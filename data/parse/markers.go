package parse

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

// markerForm is how the numerals of a marker are written once its
// opening is read: one to most numerals, then one of the closers.
type markerForm struct {
	kind    marker
	numeral func(rune) bool
	most    int
	closers [][]rune // nil when the numeral stands alone
	// textAfter asks for text after the closer, not starting with a
	// digit: "1.5" is a number, not item 1.
	textAfter bool
}

// The numberings of the genre; lineMarker says which may open a line.
var (
	// 一、
	cnChapter = markerForm{kind: chapterMarker, numeral: isCNSmall, most: 3, closers: runesOf("、", "．")}
	// 第一章  第一部分
	ordinalChapter = markerForm{kind: chapterMarker, numeral: isCNSmall, most: 3, closers: runesOf("章", "部分")}
	// （一）  (一)
	parenHeadline = markerForm{kind: headlineMarker, numeral: isCNSmall, most: 3, closers: runesOf("）", ")")}
	// （1）  (1)
	parenItem = markerForm{kind: itemMarker, numeral: isDigit, most: 2, closers: runesOf("）", ")")}
	// 1.  1、 but not 1.5
	digitItem = markerForm{kind: itemMarker, numeral: isDigit, most: 2, closers: runesOf(".", "．", "、"), textAfter: true}
	// ①
	circledItem = markerForm{kind: itemMarker, numeral: isCircled, most: 1}
)

// lineMarker reads the numbering at the start of line l and returns its kind
// and where the heading text after it starts.
func lineMarker(rs []rune, l span) (marker, int) {
	line, i := rs[:l.end], l.start
	var f *markerForm
	switch r := rs[i]; {
	case isCNSmall(r):
		f = &cnChapter
	case r == '第':
		f, i = &ordinalChapter, i+1
	case r == '（' || r == '(':
		if j, ok := parenHeadline.match(line, i+1); ok {
			return parenHeadline.kind, skipMarkerGap(line, j)
		}
		f, i = &parenItem, i+1
	case isDigit(r):
		f = &digitItem
	case isCircled(r):
		f = &circledItem
	default:
		return noMarker, l.start
	}
	if j, ok := f.match(line, i); ok {
		return f.kind, skipMarkerGap(line, j)
	}
	return noMarker, l.start
}

// match reads the numerals and the closer at rs[i:] and returns where the
// marker ends.
func (f *markerForm) match(rs []rune, i int) (int, bool) {
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
func closerAt(rs []rune, i int, closers [][]rune) (int, bool) {
	for _, c := range closers {
		if hasRunes(rs, i, c) {
			return i + len(c), true
		}
	}
	return 0, false
}

// runesOf is words in runes, to be compared with the source's.
func runesOf(words ...string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// skipMarkerGap skips the spaces and colons between a marker and its text.
func skipMarkerGap(rs []rune, j int) int {
	for j < len(rs) && (isSpace(rs[j]) || rs[j] == '：' || rs[j] == ':') {
		j++
	}
	return j
}
