package outcome

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"pledgereview/data"
)

// A review often covers two periods: the year past, which the pledges of
// the year before were made for, and the five-year plan it closed ("五年来，
// …城镇新增就业522万人"). A pledge of the year is reported in the year's
// part; the five-year part repeats its words with the period's totals.

// fiveYearRE opens a paragraph on a period of several years.
var fiveYearRE = regexp.MustCompile(`五年来|过去五年|过去的五年|这五年|的五年|经过五年|五年间|五年中|十年来|这十年|十年间|十[一二三四五六七八九]五[”"’']?(时期|以来|期间)`)

// oneYearRE opens a paragraph on the year past.
var oneYearRE = regexp.MustCompile(`一年来|过去一年|刚刚过去的|今年以来`)

// spanRE says a sentence gives a figure over several years, whatever the
// paragraph it stands in: "年均增长6.8%", "连续30个月居全国前
// 10位", "从1832户增加到3382户", "较“十三五”末…增加".
var spanRE = regexp.MustCompile(`年均|连年|十年来|连续[0-9一二三四五六七八九十两]+[个年]|[从由][^，；。]{1,16}(增加|提高|增长|提升|扩大|上升|下降|减少|降低|缩小)(到|至)|五年来|十[一二三四五六七八九]五[”"’']?(时期|以来|期间|末)`)

// sentencePeriod is the period a sentence names of itself: several years
// (see spanRE), the year past ("2025年", "去年", "全年"; not "2022年以来"),
// or none, left to its paragraph.
func sentencePeriod(text, year string) int {
	switch {
	case spanRE.MatchString(text):
		return periodSeveral
	case year != "" && strings.Contains(strings.ReplaceAll(text, year+"以来", ""), year),
		strings.Contains(text, "去年"), strings.Contains(text, "全年"):
		return periodOne
	}
	return periodNone
}

// openingRunes is how much of a paragraph is read for the period it
// speaks of: its first sentence or two.
const openingRunes = 40

// severalYears marks the outcomes on several years: those that say so of
// themselves ("年均增长", "从…增加到…") or lie in a part of the review on
// several years; inPart marks the latter alone ("建成5G基站8.99万个" after
// "这五年", not "PM2.5年均浓度" in the year's part). Nothing is marked
// unless the review also has a part on the year past (the review of
// "过去五年工作回顾" alone: nothing to prefer).
// A paragraph opening on a period starts a part; the paragraphs after it
// belong to it until another opens on a period.
func severalYears(later *data.Report, outcomes []data.Pledge) (several, inPart []bool) {
	several, inPart = make([]bool, len(outcomes)), make([]bool, len(outcomes))
	if len(outcomes) == 0 || later.Source == "" {
		return several, inPart
	}
	year := ""
	if later.Year > 0 {
		year = strconv.Itoa(later.Year-1) + "年"
	}
	starts, periods := paragraphPeriods([]rune(later.Source), year)
	one, any := false, false
	para, cur := -1, periodNone
	for i, o := range outcomes {
		if k := sort.SearchInts(starts, o.Start+1) - 1; k != para {
			para, cur = k, periodNone
			if k >= 0 {
				cur = periods[k]
			}
		}
		// a sentence opening on a period starts a part inside its
		// paragraph: a city's review may be one paragraph ("…这五年，…
		// 刚刚过去的2025年，…")
		if p := openingPeriod(o.Text, year); p != periodNone {
			cur = p
		}
		p := sentencePeriod(o.Text, year)
		inPart[i] = cur == periodSeveral && p != periodOne
		if p == periodNone {
			p = cur
		}
		several[i] = p == periodSeveral
		one = one || p == periodOne
		any = any || several[i]
	}
	if !one || !any {
		return make([]bool, len(outcomes)), make([]bool, len(outcomes))
	}
	return several, inPart
}

const (
	periodNone = iota
	periodOne
	periodSeveral
)

// sentenceOpeningRunes is how much of a sentence is read for the period
// it opens on: less than of a paragraph, as "…不平凡的五年" ends many a
// sentence that opens on none.
const sentenceOpeningRunes = 12

// openingPeriod is the period a sentence opens on, if any.
func openingPeriod(text, year string) int {
	rs := []rune(strings.TrimLeft(text, "各位代表，！!： "))
	open := string(rs[:min(len(rs), sentenceOpeningRunes)])
	switch {
	case fiveYearRE.MatchString(open):
		return periodSeveral
	case oneYearRE.MatchString(open), year != "" && strings.HasPrefix(open, year):
		return periodOne
	}
	return periodNone
}

// paragraphPeriods gives the offset of each line of the source and the
// period it belongs to, carried from the last line that opened on one.
func paragraphPeriods(rs []rune, year string) (starts []int, periods []int) {
	cur := periodNone
	for at := 0; at <= len(rs); {
		end := at
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		open := string(rs[at:min(end, at+openingRunes)])
		switch {
		case fiveYearRE.MatchString(open):
			cur = periodSeveral
		case oneYearRE.MatchString(open), year != "" && strings.HasPrefix(strings.TrimLeft(open, "各位代表，！!： "), year):
			cur = periodOne
		}
		starts = append(starts, at)
		periods = append(periods, cur)
		at = end + 1
	}
	return starts, periods
}
