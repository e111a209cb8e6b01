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

// lineMarker reads the numbering at the start of line l and returns its kind
// and where the heading text after it starts.
func lineMarker(rs []rune, l span) (marker, int) {
	i, end := l.start, l.end
	skip := func(j int) int {
		for j < end && (isSpace(rs[j]) || rs[j] == '：' || rs[j] == ':') {
			j++
		}
		return j
	}
	run := func(j int, ok func(rune) bool) int {
		for j < end && ok(rs[j]) {
			j++
		}
		return j
	}
	r := rs[i]
	switch {
	case isCNSmall(r):
		if j := run(i, isCNSmall); j-i <= 3 && j < end && (rs[j] == '、' || rs[j] == '．') {
			return chapterMarker, skip(j + 1)
		}
	case r == '第':
		if j := run(i+1, isCNSmall); j > i+1 && j-i <= 4 {
			if j < end && rs[j] == '章' {
				return chapterMarker, skip(j + 1)
			}
			if hasPrefix(rs[:end], j, "部分") {
				return chapterMarker, skip(j + 2)
			}
		}
	case r == '（' || r == '(':
		if j := run(i+1, isCNSmall); j > i+1 && j-i <= 4 && j < end && (rs[j] == '）' || rs[j] == ')') {
			return headlineMarker, skip(j + 1)
		}
		if j := run(i+1, isDigit); j > i+1 && j-i <= 3 && j < end && (rs[j] == '）' || rs[j] == ')') {
			return itemMarker, skip(j + 1)
		}
	case isDigit(r):
		if j := run(i, isDigit); j-i <= 2 && j+1 < end && (rs[j] == '.' || rs[j] == '．' || rs[j] == '、') && !isDigit(rs[j+1]) {
			return itemMarker, skip(j + 1)
		}
	case r >= '①' && r <= '⑳':
		return itemMarker, skip(i + 1)
	}
	return noMarker, l.start
}
