package parse

import (
	"fmt"
	"strconv"
	"time"

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

var phrases = func() map[rune][]phrase {
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
	return m
}()

// springFestival holds the date of the Spring Festival by year; outside the
// table "春节前" falls back to January 31.
var springFestival = map[int]string{
	2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25",
	2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29",
	2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13", 2030: "02-03",
}

var (
	monthTails = []string{"底前", "底", "末", "前", "中旬", "上旬", "下旬", "初", "份",
		"完工", "建成", "完成", "开工", "竣工", "投用", "投运"}
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
		if d := deadlineAt(rs, i, c); d != nil {
			end := i + len([]rune(d.Raw))
			if r := []rune(d.Raw)[0]; (r == '到' || r == '至') && i > 0 && rs[i-1] == r {
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
	year := clk.year
	r := rs[i]
	c := classOf(r)
	if c&(clsDigit|clsCN|clsPhrase) == 0 {
		return nil
	}
	if c&clsDigit != 0 {
		if y, ok := yearAt(rs, i); ok {
			return yearDeadline(rs, i, y)
		}
	}
	if c&(clsDigit|clsCN) != 0 {
		if d := monthDeadline(rs, i, i, year); d != nil {
			return d
		}
	}
	if c&clsPhrase == 0 {
		return nil
	}
	for _, p := range phrases[r] {
		if !hasRunes(rs, i, p.words) {
			continue
		}
		if p.notAfterNums && i > 0 && (isDigit(rs[i-1]) || isCNNumeral(rs[i-1]) || rs[i-1] == '每') {
			continue
		}
		raw := string(rs[i : i+len(p.words)])
		switch {
		case year == 0:
			return &data.Deadline{Raw: raw}
		case p.springFest:
			md, ok := springFestival[clk.spring]
			if !ok {
				return &data.Deadline{Raw: raw, Due: fmt.Sprintf("%04d-01-31", clk.spring)}
			}
			t, _ := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", clk.spring, md))
			return &data.Deadline{Raw: raw, Due: t.AddDate(0, 0, -1).Format("2006-01-02")}
		default:
			return &data.Deadline{Raw: raw, Due: date(year+p.yearOffset, p.month, p.day)}
		}
	}
	return nil
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
	if i >= len(rs) {
		return nil
	}
	j, m := i, 0
	switch {
	case isDigit(rs[i]):
		for j < len(rs) && isDigit(rs[j]) && j-i < 3 {
			m = m*10 + digitValue(rs[j])
			j++
		}
	case isCNNumeral(rs[i]):
		for j < len(rs) && isCNNumeral(rs[j]) && j-i < 3 {
			j++
		}
		v, ok := parseCN(rs[i:j])
		if !ok {
			return nil
		}
		m = int(v)
	default:
		return nil
	}
	if m < 1 || m > 12 || j >= len(rs) || rs[j] != '月' {
		return nil
	}
	if from == i && i > 0 {
		switch p := rs[i-1]; {
		case isDigit(p), isCNNumeral(p), p == '第', p == '个', p == '每', p == '.':
			return nil
		}
	}
	j++
	day := 0
	if j < len(rs) && isDigit(rs[j]) {
		k, d := j, 0
		for k < len(rs) && isDigit(rs[k]) && k-j < 2 {
			d = d*10 + digitValue(rs[k])
			k++
		}
		if k < len(rs) && (rs[k] == '日' || rs[k] == '号') && d >= 1 && d <= 31 {
			day, j = d, k+1
		}
	}
	if day == 0 {
	tails:
		for _, t := range monthTails {
			if hasPrefix(rs, j, t) {
				j += len([]rune(t))
				switch t {
				case "前":
					day = -1
				case "中旬":
					day = 20
				case "上旬", "初":
					day = 10
				}
				break tails
			}
		}
	}
	raw := string(rs[from:j])
	if year == 0 {
		return &data.Deadline{Raw: raw}
	}
	switch {
	case day == -1: // "10月前": before October begins
		return &data.Deadline{Raw: raw, Due: date(year, m, 0)}
	case day > 0:
		return &data.Deadline{Raw: raw, Due: date(year, m, day)}
	}
	return &data.Deadline{Raw: raw, Due: date(year, m+1, 0)}
}

// date formats a day; day 0 is the last day of the month before, as time.Date
// normalises it.
func date(y, m, d int) string {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}
