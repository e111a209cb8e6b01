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
	if i > 0 && countsOrOrders(rs[i-1]) {
		return 0, 0, 0, 0, false
	}
	y, j := yearAt(rs, i, year)
	m, d, j, ok = periodStartAt(rs, j, y)
	if !ok {
		return 0, 0, 0, 0, false
	}
	for _, w := range startWords {
		if hasRunesAt(rs, j, w) {
			return y, m, d, j + len([]rune(w)), y != 0
		}
	}
	return 0, 0, 0, 0, false
}

// countsOrOrders tells a rune before a month that makes it a count, an
// ordinal or a repetition rather than a date: "3个月起", "第", "每月1日起".
func countsOrOrders(r rune) bool {
	return isASCIIDigit(r) || cnDigit(r) >= 0 || r == '第' || r == '个' || r == '每'
}

// yearAt reads "2022年" at i; without one the year is the given one.
func yearAt(rs []rune, i, year int) (y, end int) {
	if i+5 <= len(rs) && allASCIIDigits(rs[i:i+4]) && rs[i+4] == '年' {
		return atoi(rs[i : i+4]), i + 5
	}
	return year, i
}

// periodStartAt reads at j the period a start expression names — a half
// year, a quarter, or a month with its day or part — and returns the month
// and day it starts on in year y; ok is false when there is none or the
// day is not in the month.
func periodStartAt(rs []rune, j, y int) (m, d, end int, ok bool) {
	switch {
	case hasRunesAt(rs, j, "下半年"):
		return 7, 1, j + 3, true
	case hasRunesAt(rs, j, "上半年"):
		return 1, 1, j + 3, true
	}
	if hasRunesAt(rs, j, "第") {
		j++
	}
	if j+2 < len(rs) && cnDigit(rs[j]) >= 1 && cnDigit(rs[j]) <= 4 && string(rs[j+1:j+3]) == "季度" {
		return 3*cnDigit(rs[j]) - 2, 1, j + 3, true
	}
	if m, j = monthAt(rs, j); m == 0 {
		return 0, 0, 0, false
	}
	d, j = dayOfMonthAt(rs, j)
	if d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	return m, d, j, true
}

// monthParts are the parts of a month a start expression may name after
// it, with the day each starts on.
var monthParts = []struct {
	words string
	day   int
}{{"中旬", 11}, {"下旬", 21}, {"上旬", 1}, {"初", 1}, {"份", 1}}

// dayOfMonthAt reads the day after a month ("1日", "10号") or the part of
// the month ("中旬"); without either the month starts on its first.
func dayOfMonthAt(rs []rune, j int) (d, end int) {
	switch {
	case j+1 < len(rs) && isASCIIDigit(rs[j]) && isDayWord(rs[j+1]):
		return atoi(rs[j : j+1]), j + 2
	case j+2 < len(rs) && allASCIIDigits(rs[j:j+2]) && isDayWord(rs[j+2]):
		return atoi(rs[j : j+2]), j + 3
	}
	for _, p := range monthParts {
		if hasRunesAt(rs, j, p.words) {
			return p.day, j + len([]rune(p.words))
		}
	}
	return 1, j
}

func isDayWord(r rune) bool { return r == '日' || r == '号' }

// monthAt reads "7月", "12月", "七月", "十二月" at i; m is 0 when there is none.
func monthAt(rs []rune, i int) (m, end int) {
	m, j := asciiNumberAt(rs, i, 2)
	if j == i {
		m, j = cnMonthNumberAt(rs, i)
	}
	if m < 1 || m > 12 || j >= len(rs) || rs[j] != '月' {
		return 0, i
	}
	return m, j + 1
}

// asciiNumberAt reads up to most ASCII digits at i.
func asciiNumberAt(rs []rune, i, most int) (n, end int) {
	j := i
	for j < len(rs) && j-i < most && isASCIIDigit(rs[j]) {
		n = n*10 + int(rs[j]-'0')
		j++
	}
	return n, j
}

// cnMonthNumberAt reads a month's number in Chinese numerals at i (一 to
// 十, 十一, 十二); n is 0 when the numerals there are no such number.
func cnMonthNumberAt(rs []rune, i int) (n, end int) {
	j := i
	for j < len(rs) && j-i < 3 && cnDigit(rs[j]) >= 0 {
		j++
	}
	switch s := rs[i:j]; {
	case len(s) == 1:
		n = cnDigit(s[0])
	case len(s) == 2 && s[0] == '十':
		n = 10 + cnDigit(s[1])
	}
	return n, j
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
