package parse

import (
	"sort"
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// The review part of a plan chapter. A chapter titled as the plan
// ("关于…第十五个五年规划纲要（草案）的说明", "2025年工作安排") may open
// with a look back over a past period before it turns to what will be
// done: "'十四五'时期，…这五年，全市生产总值从4.16万亿元增加到5.67万亿元…",
// "60年来，西藏经济总量…翻了七番以上". Those sentences report outcomes.
//
// The review part starts at a sentence whose opening clause looks back
// (这五年, 过去五年, N年来, …以来, a five-year plan period that ended
// before the report's year), within the chapter's first paragraphs and
// before the chapter has stated its goals or requirements. It takes in the
// sentences before it in its paragraph back to one that speaks of the
// plan, and runs on until a sentence turns to the plan (今后五年, 展望,
// 今年, the current period, 一定要, …主要目标) or a paragraph opens
// that neither looks back nor reports a figure. It counts only when it
// reports an achieved figure ("从…增加到…", 累计, 翻了…番): a plan
// paragraph that merely mentions the past ("在过去的基础上…",
// "'十四五'规划的收官之年") stays the plan.

// maxOpeningParagraphs bounds where in a chapter its review part may start.
const maxOpeningParagraphs = 3

// maxOpeningClause bounds the opening clause read for a look back.
const maxOpeningClause = 20

// How a sentence turns to the plan.
const (
	noTurn     = iota
	turn       // it speaks of what will be done
	turnStated // it states the plan's goals or requirements
)

// planOpeners open a sentence that speaks of the years ahead or of what
// must be done.
var planOpeners = []string{"今后", "未来", "展望", "今年", "明年", "新的一年", "下一步", "新征程上",
	"我们要", "我们将", "我们必须", "我们一定", "做好", "面向"}

// planWordsIn, anywhere in a sentence, turn it to the plan.
var planWordsIn = []string{"一定要", "必须", "今后五年", "未来五年"}

// statedPlan, anywhere in a sentence, state the plan's goals or frame.
var statedPlan = []string{"主要目标", "预期目标", "总体要求", "主要任务", "指导思想", "奋斗目标", "目标任务"}

// figureCues, beside a number, report an achieved figure.
var figureCues = []string{"增加到", "提高到", "增长到", "提升到", "扩大到", "下降到", "减少到", "达到",
	"突破", "超过", "累计", "翻了", "翻番", "年均", "增长", "下降", "提高"}

// reviewPart is the offsets [from, to) of the review part that opens the
// plan chapter c, or -1, -1. starts are the offsets of the paragraphs.
func reviewPart(starts []int, c *data.Chapter, year int) (from, to int) {
	o := opening{ps: c.Pledges, starts: starts, year: year} // the sentences before the first headline
	i0 := o.firstLookBack()
	if i0 < 0 {
		return -1, -1
	}
	b := i0
	for b > 0 && o.para(b-1) == o.para(i0) && planTurn(o.ps[b-1].Text, year) == noTurn {
		b--
	}
	e, figure := o.runEnd(i0)
	if !figure {
		return -1, -1
	}
	return o.ps[b].Start, o.ps[e-1].End
}

// opening is the sentences a chapter opens with, before its first headline.
type opening struct {
	ps     []data.Pledge
	starts []int // the offsets of the paragraphs
	year   int
}

// para is the paragraph of sentence i.
func (o *opening) para(i int) int { return sort.SearchInts(o.starts, o.ps[i].Start+1) - 1 }

// firstLookBack is the first sentence that looks back, within the first
// paragraphs and before the plan is stated, or -1.
func (o *opening) firstLookBack() int {
	for i := range o.ps {
		if o.para(i)-o.para(0) >= maxOpeningParagraphs || planTurn(o.ps[i].Text, o.year) == turnStated {
			return -1
		}
		if looksBack(o.ps[i].Text, o.year) {
			return i
		}
	}
	return -1
}

// runEnd is where the review that looks back at sentence i0 ends, and
// whether it reports an achieved figure.
func (o *opening) runEnd(i0 int) (e int, figure bool) {
	e, figure = i0+1, reportsFigure(o.ps[i0].Text)
	for ; e < len(o.ps); e++ {
		t := o.ps[e].Text
		if planTurn(t, o.year) != noTurn || o.para(e) != o.para(e-1) && !looksBack(t, o.year) && !reportsFigure(t) {
			break
		}
		figure = figure || reportsFigure(t)
	}
	return e, figure
}

// openingClause is s up to its first comma or colon, quotes left out, or
// "" when that is longer than maxOpeningClause runes.
func openingClause(s string) string {
	if i := strings.IndexAny(s, "，,：:。"); i >= 0 {
		s = s[:i]
	}
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("“”\"‘’'「」", r) {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > maxOpeningClause {
		return ""
	}
	return s
}

// looksBack reports a sentence that opens on a past period: "这五年，",
// "过去一年，", "60年来，", "党的十八大以来，", "'十四五'时期，" in a report
// of a later year.
func looksBack(s string, year int) bool {
	c := openingClause(s)
	switch {
	case c == "":
		return false
	case strings.HasSuffix(c, "年来") || strings.HasSuffix(c, "以来"):
		return true
	case pastYears(c):
		return true
	}
	start := planPeriodStart(c)
	return start > 0 && year > 0 && start+4 < year &&
		(strings.HasSuffix(c, "时期") || strings.HasSuffix(c, "期间"))
}

// pastYears reports "这五年", "过去五年", "过去的一年", "这一年".
func pastYears(c string) bool {
	for _, p := range []string{"这", "过去的", "过去"} {
		if rest, ok := strings.CutPrefix(c, p); ok {
			rest, ok = strings.CutSuffix(rest, "年")
			return ok && rest != "" && strings.Trim(rest, "一二三四五六七八九十两0123456789") == ""
		}
	}
	return false
}

// planTurn is how a sentence turns to the plan: it opens on the years
// ahead, on what must be done or on the current period, it says what must
// be done, or it states the plan's goals.
func planTurn(s string, year int) int {
	for _, w := range statedPlan {
		if i := strings.Index(s, w); i >= 0 && !reportedDone(s[i+len(w):]) {
			return turnStated
		}
	}
	for _, w := range planOpeners {
		if strings.HasPrefix(s, w) {
			return turn
		}
	}
	for _, w := range planWordsIn {
		if strings.Contains(s, w) {
			return turn
		}
	}
	if start := planPeriodStart(openingClause(s)); start > 0 && year > 0 && start+4 >= year {
		return turn
	}
	return noTurn
}

// reportedDone reports goals said to be met: "(主要目标任务)胜利完成".
func reportedDone(after string) bool {
	rs := []rune(after)
	return strings.Contains(string(rs[:min(len(rs), 6)]), "完成")
}

// planPeriodStart is the first year of the five-year plan named in s
// ("十四五" 2021, "十五五" 2026), or 0.
func planPeriodStart(s string) int {
	rs := []rune(s)
	for i := 0; i+2 < len(rs); i++ {
		if rs[i] == '十' && rs[i+2] == '五' && isCJKDigit(rs[i+1]) {
			n := strings.IndexRune("一二三四五六七八九", rs[i+1])/len("一") + 11
			return 2006 + 5*(n-11)
		}
	}
	return 0
}

// reportsFigure reports a sentence that gives an achieved figure: a number
// beside a word of change or total ("从4.16万亿元增加到5.67万亿元",
// "累计超过1000亿美元", "翻了七番").
func reportsFigure(s string) bool {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }) &&
		!strings.Contains(s, "番") {
		return false
	}
	for _, w := range figureCues {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
