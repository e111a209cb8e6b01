package parse

import (
	"slices"
	"strings"
)

// Where a heading run into its text ends, read from its words.

// genreEnds are the words a chapter heading of the genre ends with
// ("2021年工作回顾", "2022年工作总体要求和主要目标", "2023年重点工作安排").
var genreEnds = runesOf("工作回顾", "工作的回顾", "工作安排建议", "工作安排", "重点工作安排", "重点工作", "总体要求",
	"主要目标任务", "主要目标", "目标任务", "重点任务", "主要工作任务", "主要工作", "主要任务", "政府自身建设", "自身建设")

// chainedEnds end a heading only after 和 or 及 ("主要目标和任务", "总体要求
// 和奋斗目标"): alone they would cut a heading at its first 任务.
var chainedEnds = runesOf("任务", "奋斗目标")

// chainedEndAt returns where a chained ending at k ends, or 0.
func chainedEndAt(rs []rune, k, end int) int {
	for _, w := range chainedEnds {
		if k+len(w) <= end && hasRunes(rs, k, w) {
			return k + len(w)
		}
	}
	return 0
}

// maxGenreLead bounds the words before a genre ending: "2022年工作" is 7.
const maxGenreLead = 12

// genreHeadingEnd returns where a chapter heading of the genre that starts
// at i ends ("2021年工作回顾|2021年是…"), chaining endings joined by 和
// ("总体要求和主要目标"); 0 when none starts there.
func genreHeadingEnd(rs []rune, i, end int) int {
	at := 0
	for k := i; k < end && k-i <= maxGenreLead; k++ {
		if !hanOrDigit(rs[k]) {
			return 0
		}
		if e := genreEndAt(rs, k, end); e > 0 {
			at = e
			break
		}
	}
	for at > 0 && at < end {
		k := at
		if rs[k] == '和' || rs[k] == '及' {
			k++
		}
		e := genreEndAt(rs, k, end)
		if k > at {
			e = max(e, chainedEndAt(rs, k, end))
		}
		if e == 0 {
			break
		}
		at = e
	}
	return at
}

// yearRestart returns where a chapter heading that opens on a year ends
// when its text opens on a year again ("2007年政府的工作|2007年，在省委…"),
// 0 when it does not.
func yearRestart(rs []rune, i, end int) int {
	if !yearStart(rs, i, end) {
		return 0
	}
	for k := i + 5; k < end && k-i <= maxGenreLead; k++ {
		if !hanOrDigit(rs[k]) {
			return 0
		}
		// the text's own year opens a sentence ("2007年，在省委…"), after
		// words of the heading, not a span ("2016年至2020年")
		if yearStart(rs, k, end) && k-(i+5) >= 2 && k+5 < end && (rs[k+5] == '，' || rs[k+5] == ',') &&
			!strings.ContainsRune("至到和及—-", rs[k-1]) {
			return k
		}
	}
	return 0
}

// genreEndAt returns where the longest genre ending at k ends, or 0.
func genreEndAt(rs []rune, k, end int) int {
	best := 0
	for _, w := range genreEnds {
		if k+len(w) <= end && hasRunes(rs, k, w) && k+len(w) > best {
			best = k + len(w)
		}
	}
	return best
}

func hanOrDigit(r rune) bool { return r >= 0x4e00 && r <= 0x9fff || isDigit(r) }

// yearStart reports a year "2021年" at i.
func yearStart(rs []rune, i, end int) bool {
	_, ok := yearAt(rs[:end], i)
	return ok
}

// runInEnd returns where the heading that opens line p ends when text runs
// on after it on the same line, 0 when p opens with no such heading (or
// with one that ends at a 。, which the builder cuts itself):
//   - a genre chapter heading, numbered or opening with a year:
//     "一、2021年工作回顾|2021年是…", "2023年工作回顾|2023年是…";
//   - a numbered headline whose first sentence runs a short lead sentence
//     into it: "（一）着力保持经济平稳健康运行|突出抓好项目建设。".
func runInEnd(rs []rune, p span) int {
	if headingLike(rs, p) {
		return 0 // a heading alone on its line ("2025年工作总体要求和预期目标")
	}
	m, start := lineMarker(rs, p)
	if m == chapterMarker || m == noMarker && yearStart(rs, p.start, p.end) {
		if e := genreHeadingEnd(rs, start, p.end); e > 0 && e < p.end && (m == chapterMarker || !strings.ContainsRune("是：:", rs[e])) {
			return e // an unnumbered one is not the subject of a sentence ("2012年政府工作的总体要求是：…")
		}
		if e := yearRestart(rs, start, p.end); m == chapterMarker && e > 0 {
			return e
		}
		if m == noMarker {
			return 0
		}
	}
	if m == chapterMarker || m == headlineMarker {
		return leadRunIn(rs, start, p.end)
	}
	return 0
}

// Lead sentences run into a headline open with a verb of the genre.
var leadVerbs = runesOf("大力", "加快", "推动", "推进", "实施", "突出", "扛稳", "提升", "提高", "积极",
	"继续", "防范", "打造", "融入", "深化", "强化", "着力", "坚持", "扎实", "深入", "优化", "完善",
	"健全", "构建", "促进", "加强", "扩大", "培育", "抓好", "落实", "巩固", "筑牢", "全力", "全面",
	"稳步", "统筹", "狠抓", "开展", "坚定", "不断", "高水平", "高质量", "做好", "用好", "围绕")

// Bounds of a run-in lead: the headline's first sentence is longer than
// minRunInSentence runes, the lead starts at least minLeadAt runes into
// the last clause of the headline and is at least minLead runes long.
const (
	minRunInSentence  = 14
	minLeadAt         = 6
	minLeadAfterComma = 4
	minLead           = 6
	maxLead           = 16
)

// leadRunIn finds a short lead sentence run into the headline that starts
// at i: the first sentence ends with 。, is long for a headline, and its
// last clause holds a verb of the genre that opens what is left of it.
func leadRunIn(rs []rune, i, end int) int {
	term, clause := -1, i
	for k := i; k < end; k++ {
		if isTerminator(rs[k]) {
			term = k
			break
		}
		switch rs[k] {
		case '，', ',':
			clause = k + 1
		case '；', '：', '“', '《', '（':
			return 0
		}
	}
	if term < 0 || term-i <= minRunInSentence {
		return 0
	}
	from := clause + minLeadAt
	if clause > i {
		from = clause + minLeadAfterComma
	}
	for k := from; k <= term-minLead; k++ {
		if term-k > maxLead {
			continue
		}
		for _, v := range leadVerbs {
			if hasRunes(rs, k, v) && leadsVerb(rs, k+len(v), v) {
				return k
			}
		}
	}
	return 0
}

// leadModifiers open a lead only before a verb: "高质量完成…" is a lead,
// "推动制造业高质量发展" ends with its object.
var leadModifiers = runesOf("高质量", "高水平")

// modifiedVerbs are the verbs a lead modifier may stand before.
var modifiedVerbs = append(runesOf("完成", "建设"), leadVerbs...)

// leadsVerb reports whether the lead word v, found just before offset k,
// opens a lead: a verb does, a modifier when a verb follows it.
func leadsVerb(rs []rune, k int, v []rune) bool {
	if !slices.ContainsFunc(leadModifiers, func(m []rune) bool { return equalRunes(m, v) }) {
		return true
	}
	return slices.ContainsFunc(modifiedVerbs, func(w []rune) bool { return hasRunes(rs, k, w) })
}
