package parse

import (
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"pledgereview/data"
)

// phrase is a fixed time expression and the day it means in the report
// year (yearOffset years later).
type phrase struct {
	words        []rune
	month, day   int
	yearOffset   int
	springFest   bool // the day before the next Spring Festival
	notAfterNums bool // "三年内" is a span, not "年内"
}

var phrases = func() *runeTable[phrase] {
	list := []struct {
		w          string
		m, d, yoff int
		spring     bool
	}{
		{"今年底前", 12, 31, 0, false}, {"今年底", 12, 31, 0, false}, {"今年内", 12, 31, 0, false},
		{"明年底前", 12, 31, 1, false}, {"明年底", 12, 31, 1, false},
		{"年底前", 12, 31, 0, false}, {"年底", 12, 31, 0, false}, {"年末", 12, 31, 0, false},
		{"年内", 12, 31, 0, false}, {"全年", 12, 31, 0, false},
		{"上半年", 6, 30, 0, false}, {"下半年", 12, 31, 0, false},
		{"国庆节前", 9, 30, 0, false}, {"国庆前", 9, 30, 0, false},
		{"“五一”前", 4, 30, 0, false}, {"\"五一\"前", 4, 30, 0, false}, {"五一节前", 4, 30, 0, false},
		{"五一前", 4, 30, 0, false}, {"劳动节前", 4, 30, 0, false},
		{"“七一”前", 6, 30, 0, false}, {"\"七一\"前", 6, 30, 0, false}, {"七一前", 6, 30, 0, false},
		{"元旦前", 12, 31, 0, false}, {"春节前", 0, 0, 1, true},
		{"第一季度", 3, 31, 0, false}, {"一季度", 3, 31, 0, false},
		{"第二季度", 6, 30, 0, false}, {"二季度", 6, 30, 0, false},
		{"第三季度", 9, 30, 0, false}, {"三季度", 9, 30, 0, false},
		{"第四季度", 12, 31, 0, false}, {"四季度", 12, 31, 0, false},
	}
	m := map[rune][]phrase{}
	for _, p := range list {
		w := []rune(p.w)
		m[w[0]] = append(m[w[0]], phrase{
			words: w, month: p.m, day: p.d, yearOffset: p.yoff, springFest: p.spring,
			notAfterNums: w[0] == '年' || w[0] == '全',
		})
	}
	return newRuneTable(m)
}()

// springFestival holds the date of the Spring Festival by year; outside the
// table "春节前" falls back to January 31.
var springFestival = map[int]string{
	2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25",
	2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29",
	2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13", 2030: "02-03",
}

// The day of the month a month's deadline means: its last day unless
// the words after the month say otherwise.
const (
	monthEnd    = 0  // "7月底", "7月完工", "7月"
	beforeMonth = -1 // "10月前": before October begins
)

var (
	// monthTails are the words after a month, tried in turn, and the day
	// they mean.
	monthTails = []struct {
		words string
		day   int
	}{
		{"底前", monthEnd}, {"底", monthEnd}, {"末", monthEnd}, {"前", beforeMonth},
		{"中旬", 20}, {"上旬", 10}, {"下旬", monthEnd}, {"初", 10}, {"份", monthEnd},
		{"完工", monthEnd}, {"建成", monthEnd}, {"完成", monthEnd}, {"开工", monthEnd},
		{"竣工", monthEnd}, {"投用", monthEnd}, {"投运", monthEnd},
	}
	yearTails = []string{"底前", "底", "末", "内", "前", "全面建成", "基本建成", "基本完成", "全面完成",
		"建成", "完成", "竣工", "投用", "投运", "开工", "实现", "投入使用"}
)

// findDeadline returns the first time expression of a pledge, in reading
// order, with the day it means; Due is empty when the report year is unknown
// and the words name no year.
func findDeadline(rs []rune, year int) *data.Deadline {
	return findDeadlineFrom(rs, clock{year: year, spring: year + 1})
}

// clock is what relative time words count from: the year they mean and
// the year of the Spring Festival that 春节前 means.
type clock struct{ year, spring int }

// clockOf is the clock of a report delivered on the date delivered
// (YYYY-MM-DD, or "" when unknown) for the year: 春节前 is the next Spring
// Festival after delivery, which for a report read in January is that same
// year's.
func clockOf(year int, delivered string) clock {
	c := clock{year: year, spring: year + 1}
	if len(delivered) == 10 && year != 0 && delivered[:4] == strconv.Itoa(year) {
		if md, ok := springFestival[year]; ok && delivered[5:] < md {
			c.spring = year
		}
	}
	return c
}

func findDeadlineFrom(rs []rune, c clock) *data.Deadline {
	for i := 0; i < len(rs); i++ {
		if classOf(rs[i])&(clsDigit|clsCN|clsPhrase) == 0 {
			continue // most runes: no time words start here
		}
		if d := deadlineAt(rs, i, c); d != nil {
			end := i + utf8.RuneCountInString(d.Raw)
			if r, _ := utf8.DecodeRuneInString(d.Raw); (r == '到' || r == '至') && i > 0 && rs[i-1] == r {
				end--
			}
			if startsWork(rs, end) { // "自7月1日起": when the work starts, not when it is due
				i = end - 1
				continue
			}
			return d
		}
	}
	return nil
}

// startsWork reports whether the time words ending at i say when the work
// starts (起, 开始), as the schedule test's data.NamedStart reads them.
func startsWork(rs []rune, i int) bool {
	return hasPrefix(rs, i, "起") || hasPrefix(rs, i, "开始")
}

func deadlineAt(rs []rune, i int, clk clock) *data.Deadline {
	c := classOf(rs[i])
	if c&(clsDigit|clsCN|clsPhrase) == 0 {
		return nil // most runes: no time words start here
	}
	if c&clsDigit != 0 {
		if y, ok := yearAt(rs, i); ok {
			return yearDeadline(rs, i, y)
		}
	}
	if c&(clsDigit|clsCN) != 0 {
		if d := monthDeadline(rs, i, i, clk.year); d != nil {
			return d
		}
	}
	if c&clsPhrase == 0 {
		return nil
	}
	return phraseDeadline(rs, i, clk)
}

// phraseDeadline reads a fixed time expression at i ("年底前", "春节前").
func phraseDeadline(rs []rune, i int, clk clock) *data.Deadline {
	for _, p := range phrases.get(rs[i]) {
		if !hasRunes(rs, i, p.words) || p.notAfterNums && countedBefore(rs, i) {
			continue
		}
		return &data.Deadline{Raw: string(rs[i : i+len(p.words)]), Due: p.due(clk)}
	}
	return nil
}

// countedBefore tells whether a number or 每 stands before i: "三年内" is
// a span and "每年底" comes back every year, neither is a deadline.
func countedBefore(rs []rune, i int) bool {
	return i > 0 && (isDigit(rs[i-1]) || isCNNumeral(rs[i-1]) || rs[i-1] == '每')
}

// due is the day the phrase means on the clock; "" when the year is
// unknown.
func (p phrase) due(clk clock) string {
	switch {
	case clk.year == 0:
		return ""
	case p.springFest:
		return springFestivalEve(clk.spring)
	}
	return date(clk.year+p.yearOffset, p.month, p.day)
}

// springFestivalEve is the day before the Spring Festival of year y;
// January 31 outside the table.
func springFestivalEve(y int) string {
	md, ok := springFestival[y]
	if !ok {
		return fmt.Sprintf("%04d-01-31", y)
	}
	t, _ := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", y, md))
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// yearDeadline reads "2022年建成", "2022年底", "2022年7月", "到2025年" at
// the year i; a bare year is a date reference, not a deadline.
func yearDeadline(rs []rune, i, y int) *data.Deadline {
	j := i + 5
	if d := monthDeadline(rs, j, i, y); d != nil {
		return d
	}
	for _, h := range []struct {
		w    string
		m, d int
	}{{"上半年", 6, 30}, {"下半年", 12, 31}} {
		if hasPrefix(rs, j, h.w) {
			return &data.Deadline{Raw: string(rs[i : j+3]), Due: date(y, h.m, h.d)}
		}
	}
	for _, t := range yearTails {
		if hasPrefix(rs, j, t) {
			e := j + len([]rune(t))
			if t == "前" {
				return &data.Deadline{Raw: string(rs[i:e]), Due: date(y-1, 12, 31)}
			}
			return &data.Deadline{Raw: string(rs[i:e]), Due: date(y, 12, 31)}
		}
	}
	if i > 0 && (rs[i-1] == '到' || rs[i-1] == '至') {
		return &data.Deadline{Raw: string(rs[i-1 : j]), Due: date(y, 12, 31)}
	}
	return nil
}

// monthDeadline reads "7月", "7月底", "7月完工", "十月前", "2月23日" at i;
// the raw words start at from (which may hold a year).
func monthDeadline(rs []rune, i, from, year int) *data.Deadline {
	m, j, ok := monthAt(rs, i)
	if !ok || from == i && countsMonths(rs, i) {
		return nil
	}
	day, j := dayInMonth(rs, j+1)
	raw := string(rs[from:j])
	if year == 0 {
		return &data.Deadline{Raw: raw}
	}
	switch {
	case day == beforeMonth:
		return &data.Deadline{Raw: raw, Due: date(year, m, 0)}
	case day > 0:
		return &data.Deadline{Raw: raw, Due: date(year, m, day)}
	}
	return &data.Deadline{Raw: raw, Due: date(year, m+1, 0)}
}

// monthAt reads a month, 1 to 12 in digits or in Chinese numerals, and
// the 月 after it at i; j is where the 月 stands.
func monthAt(rs []rune, i int) (m, j int, ok bool) {
	if i >= len(rs) {
		return 0, 0, false
	}
	switch {
	case isDigit(rs[i]):
		m, j = digitsAt(rs, i, 3)
	case isCNNumeral(rs[i]):
		j = i
		for j < len(rs) && isCNNumeral(rs[j]) && j-i < 3 {
			j++
		}
		v, ok := parseCN(rs[i:j])
		if !ok {
			return 0, 0, false
		}
		m = int(v)
	default:
		return 0, 0, false
	}
	if m < 1 || m > 12 || j >= len(rs) || rs[j] != '月' {
		return 0, 0, false
	}
	return m, j, true
}

// digitsAt reads up to most digits at i as a number and returns where
// they end.
func digitsAt(rs []rune, i, most int) (n, j int) {
	for j = i; j < len(rs) && isDigit(rs[j]) && j-i < most; j++ {
		n = n*10 + digitValue(rs[j])
	}
	return n, j
}

// countsMonths tells whether the numeral at i is part of a number or
// counts months rather than naming one: "12月" in "112月", "3个月",
// "第3月", "每3月", "1.5月".
func countsMonths(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	switch p := rs[i-1]; {
	case isDigit(p), isCNNumeral(p), p == '第', p == '个', p == '每', p == '.':
		return true
	}
	return false
}

// dayInMonth reads what follows a month's 月 at j: a day ("23日",
// "23号"), or the words that tell the day (monthTails). It returns the
// day and where the words end.
func dayInMonth(rs []rune, j int) (day, end int) {
	if d, k := digitsAt(rs, j, 2); k < len(rs) && (rs[k] == '日' || rs[k] == '号') && d >= 1 && d <= 31 {
		return d, k + 1
	}
	for _, t := range monthTails {
		if hasPrefix(rs, j, t.words) {
			return t.day, j + utf8.RuneCountInString(t.words)
		}
	}
	return monthEnd, j
}

// date formats a day; day 0 is the last day of the month before, as time.Date
// normalises it.
func date(y, m, d int) string {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y, m, d := t.Date(); y >= 0 && y <= 9999 {
		// as Format("2006-01-02") writes it, without its parsing of the layout
		b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
			byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
		return string(b[:])
	}
	return t.Format("2006-01-02")
}
