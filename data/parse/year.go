package parse

import (
	"regexp"
	"strings"

	"pledgereview/data"
)

// detectYear finds the year of the report: the year written before
// "政府工作报告" ("2021年《政府工作报告》"), else the most frequent
// "20xx年"/"19xx年" of the text (the first of equals), else 0.
func detectYear(rs []rune) int {
	counts := map[int]int{}
	best, bestN := 0, 0
	for i := 0; i+4 < len(rs); i++ {
		if rs[i+4] != '年' {
			continue // yearAt's first test, asked at every rune
		}
		y, ok := yearAt(rs, i)
		if !ok {
			continue
		}
		j := i + 5
		if j < len(rs) && rs[j] == '《' {
			j++
		}
		if hasPrefix(rs, j, "政府工作报告") {
			return y
		}
		counts[y]++
		if counts[y] > bestN {
			best, bestN = y, counts[y]
		}
		i += 4
	}
	return best
}

// yearAt reads "19xx年" or "20xx年" at i, not part of a longer number,
// in ASCII or full-width digits ("２００１年", national 2002).
func yearAt(rs []rune, i int) (int, bool) {
	if i+4 >= len(rs) || rs[i+4] != '年' || (i > 0 && isDigit(rs[i-1])) {
		return 0, false
	}
	y := 0
	for k := i; k < i+4; k++ {
		d, ok := yearDigit(rs[k])
		if !ok {
			return 0, false
		}
		y = y*10 + d
	}
	if y < 1900 || y > 2099 {
		return 0, false
	}
	return y, true
}

// reportYear is the year a report is for, from what the genre states: the
// delivery date, then a title "2025年…政府工作报告", then a chapter heading
// ("2019年政府工作任务", or "2018年工作回顾", the year before). Word counts
// (detectYear) are the last resort. It says where the year came from
// (data.YearFrom…).
func reportYear(rs []rune, lines []line) (int, string) {
	for i, l := range lines {
		if i >= 12 {
			break
		}
		if d, ok := deliveryDate(rs, l.span); ok {
			return int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0'), data.YearFromDelivery
		}
	}
	for i, l := range lines {
		if i >= 3 {
			break
		}
		if y, ok := titleYear(rs, l); ok {
			return y, data.YearFromTitle
		}
	}
	if y, from := chapterYear(rs, lines); y != 0 {
		return y, from
	}
	if y := reviewedYear(rs); y != 0 {
		return y + 1, data.YearFromReview
	}
	if y := detectYear(rs); y != 0 {
		return y, data.YearFromCount
	}
	return 0, ""
}

// reviewedYear is the year a review with no year in its headings reports
// on ("一、过去五年工作回顾 … 2012年，在世界各大经济体增长全面减速…", national
// 2013): the latest year that opens a sentence as its topic in the review,
// from its heading to the next chapter's; 0 when there is none.
func reviewedYear(rs []rune) int {
	text := string(rs)
	at := strings.Index(text, "工作回顾")
	if at < 0 {
		return 0
	}
	review := text[at:]
	if next := nextChapterRE.FindStringIndex(review); next != nil {
		review = review[:next[0]]
	}
	rv := []rune(review)
	best := 0
	for i := 0; i+5 < len(rv); i++ {
		if rv[i+4] != '年' || (rv[i+5] != '，' && rv[i+5] != ',') || i > 0 && !strings.ContainsRune("。\n　 ！", rv[i-1]) {
			continue
		}
		if y, ok := yearAt(rv, i); ok && y > best {
			best = y
		}
	}
	return best
}

// nextChapterRE finds the heading of a chapter after the first.
var nextChapterRE = regexp.MustCompile(`\n[　 ]*[二三四五六七八九十]、`)

// chapterYear reads the year from the first chapter heading that names
// one: "2018年工作回顾" is for 2019, "2019年工作安排" or "2011年的工作"
// (national 2011) for that year.
func chapterYear(rs []rune, lines []line) (int, string) {
	for _, l := range lines {
		if l.end-l.start > 40 {
			continue
		}
		if y := reportedYear(string(rs[l.start:l.end])); y != 0 {
			return y + 1, data.YearFromReview
		}
		_, start := lineMarker(rs, l.span)
		y, ok := yearAt(rs[:l.end], start)
		if !ok {
			continue
		}
		rest := string(rs[start+5 : l.end])
		if strings.HasPrefix(rest, "工作回顾") || strings.HasSuffix(rest, "工作回顾") {
			return y + 1, data.YearFromReview
		}
		if strings.HasPrefix(rest, "的工作") && rs[l.start] == '一' {
			return y + 1, data.YearFromReview // "一、2007年的工作" reviews the year before the report's
		}
		for _, w := range []string{"工作安排", "的工作", "重点工作", "政府工作任务", "工作任务", "主要任务", "工作总体要求", "经济社会发展总体要求", "主要目标", "目标任务", "重点任务"} {
			if strings.HasPrefix(rest, w) {
				return y, data.YearFromPlan
			}
		}
	}
	return 0, ""
}

func containsRunes(rs []rune, s span, w string) bool {
	return strings.Contains(string(rs[s.start:s.end]), w)
}

func yearDigit(r rune) (int, bool) {
	switch {
	case isASCIIDigit(r):
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// reportedYear is Y of a heading "首先报告Y年的工作" (national 2002): the
// review of the year before the report's; 0 for any other.
func reportedYear(heading string) int {
	rs := []rune(heading)
	for i := range rs {
		if y, ok := yearAt(rs, i); ok && strings.Contains(string(rs[:i]), "报告") && strings.HasPrefix(string(rs[i+5:]), "的工作") {
			return y
		}
	}
	return 0
}

// titleYear reads the year of a title line "2025年…政府工作报告", also in
// Chinese numerals and after a scraper's key ("标题：二00八年政府工作报告",
// written with digit or letter zeros).
func titleYear(rs []rune, l line) (int, bool) {
	start := l.start
	for _, k := range []string{"标题：", "标题:"} {
		if hasPrefix(rs[:l.end], start, k) {
			start += len([]rune(k))
		}
	}
	if l.end-start > 30 || !containsRunes(rs, span{min(start+5, l.end), l.end}, "政府工作报告") {
		return 0, false
	}
	if y, ok := yearAt(rs[:l.end], start); ok {
		return y, true
	}
	return cnYearAt(rs[:l.end], start)
}

// cnDigits are the digits of a year written in Chinese numerals, with the
// zeros scrapers and typists use for 〇.
var cnDigits = map[rune]int{'〇': 0, '零': 0, 'O': 0, 'o': 0, '0': 0, 'Ｏ': 0, '０': 0,
	'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnYearAt reads "二〇〇八年" (or "二00八年", "二O一一年") at i.
func cnYearAt(rs []rune, i int) (int, bool) {
	if i+4 >= len(rs) || rs[i+4] != '年' {
		return 0, false
	}
	y := 0
	for k := i; k < i+4; k++ {
		d, ok := cnDigits[rs[k]]
		if !ok {
			return 0, false
		}
		y = y*10 + d
	}
	return y, y >= 1900 && y <= 2099
}
