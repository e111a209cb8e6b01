package data

import (
	"strings"
	"time"
)

// startWords end a time expression that says when the work starts, not
// when it is due: "自3月1日起", "7月1日起实施", "三季度开始".
var startWords = []string{"起", "开始"}

// NamedStart is the day a pledge's text says its work starts (自3月1日起,
// 从4月起, 下半年起, 三季度开始), in the given year unless the words name
// one, with the words themselves; ok is false when the text names none.
func NamedStart(text string, year int) (start time.Time, words string, ok bool) {
	rs := []rune(text)
	for i := range rs {
		if y, m, d, end, found := startAt(rs, i, year); found {
			return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), string(rs[i:end]), true
		}
	}
	return time.Time{}, "", false
}

// startAt reads a start expression beginning at i: an optional year
// (2022年), then a month with an optional day or part of the month, or a
// half year or quarter, then 起 or 开始.
func startAt(rs []rune, i, year int) (y, m, d, end int, ok bool) {
	if i > 0 && (isASCIIDigit(rs[i-1]) || cnDigit(rs[i-1]) >= 0 || rs[i-1] == '第' || rs[i-1] == '个' || rs[i-1] == '每') {
		return 0, 0, 0, 0, false
	}
	y, j := year, i
	if j+5 <= len(rs) && allASCIIDigits(rs[j:j+4]) && rs[j+4] == '年' {
		y = atoi(rs[j : j+4])
		j += 5
	}
	switch {
	case hasRunesAt(rs, j, "下半年"):
		m, d, j = 7, 1, j+3
	case hasRunesAt(rs, j, "上半年"):
		m, d, j = 1, 1, j+3
	default:
		if hasRunesAt(rs, j, "第") {
			j++
		}
		if j+2 < len(rs) && cnDigit(rs[j]) >= 1 && cnDigit(rs[j]) <= 4 && string(rs[j+1:j+3]) == "季度" {
			m, d, j = 3*cnDigit(rs[j])-2, 1, j+3
			break
		}
		if m, j = monthAt(rs, j); m == 0 {
			return 0, 0, 0, 0, false
		}
		d = 1
		switch {
		case j+1 < len(rs) && isASCIIDigit(rs[j]) && (rs[j+1] == '日' || rs[j+1] == '号'):
			d, j = atoi(rs[j:j+1]), j+2
		case j+2 < len(rs) && allASCIIDigits(rs[j:j+2]) && (rs[j+2] == '日' || rs[j+2] == '号'):
			d, j = atoi(rs[j:j+2]), j+3
		case hasRunesAt(rs, j, "中旬"):
			d, j = 11, j+2
		case hasRunesAt(rs, j, "下旬"):
			d, j = 21, j+2
		case hasRunesAt(rs, j, "上旬"):
			j += 2
		case hasRunesAt(rs, j, "初"), hasRunesAt(rs, j, "份"):
			j++
		}
		if d < 1 || d > daysIn(y, m) {
			return 0, 0, 0, 0, false
		}
	}
	for _, w := range startWords {
		if hasRunesAt(rs, j, w) {
			return y, m, d, j + len([]rune(w)), y != 0
		}
	}
	return 0, 0, 0, 0, false
}

// monthAt reads "7月", "12月", "七月", "十二月" at i; m is 0 when there is none.
func monthAt(rs []rune, i int) (m, end int) {
	j := i
	for j < len(rs) && j-i < 2 && isASCIIDigit(rs[j]) {
		m = m*10 + int(rs[j]-'0')
		j++
	}
	if j == i {
		for j < len(rs) && j-i < 3 && cnDigit(rs[j]) >= 0 {
			j++
		}
		switch s := string(rs[i:j]); {
		case s == "十":
			m = 10
		case strings.HasPrefix(s, "十") && len([]rune(s)) == 2:
			m = 10 + cnDigit([]rune(s)[1])
		case len([]rune(s)) == 1:
			m = cnDigit(rs[i])
		}
	}
	if m < 1 || m > 12 || j >= len(rs) || rs[j] != '月' {
		return 0, i
	}
	return m, j + 1
}

// cnDigit is the value of a Chinese numeral from 〇 to 十, or -1.
func cnDigit(r rune) int {
	i := strings.IndexRune("〇一二三四五六七八九十", r)
	if i < 0 {
		return -1
	}
	return i / len("〇")
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func allASCIIDigits(rs []rune) bool {
	for _, r := range rs {
		if !isASCIIDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

func atoi(rs []rune) int {
	n := 0
	for _, r := range rs {
		n = n*10 + int(r-'0')
	}
	return n
}

func hasRunesAt(rs []rune, i int, w string) bool {
	ws := []rune(w)
	return i+len(ws) <= len(rs) && string(rs[i:i+len(ws)]) == w
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
