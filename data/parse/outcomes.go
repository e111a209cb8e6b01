package parse

import (
	"slices"
	"sort"
	"strings"

	"pledgereview/data"
)

// The chapter-kind classifier runs after the structure is found: it reads
// chapter titles (and the user's review/plan corrections) and moves the
// sentences that report on a past period from Pledges to Outcomes. Ids do
// not change, so a correction never renumbers a pledge.

// reviewWords name a chapter that reviews a past period.
var reviewWords = []string{"回顾", "发展成就", "主要成绩", "工作总结", "取得的成就", "过去五年", "过去一年", "过去的一年"}

// planWords, after a review word in the same title, make the chapter mixed:
// "'十三五'时期发展成就和'十四五'时期主要目标任务".
var planWords = []string{"目标", "任务", "安排", "考虑", "要求", "展望", "建议", "部署"}

// planOpenings open the first paragraph of the plan part of a mixed chapter.
var planOpenings = []string{"今后五年", "未来五年", "展望", "今后一个时期"}

// titleHeadRunes bounds the part of a title read for its kind: a heading
// run into its first paragraph ("2021年工作回顾2021年是…") carries prose.
const titleHeadRunes = 24

// chapterKind is the kind a chapter title names, and for a mixed chapter
// the period its plan part opens with ("十四五"), if it names one. A title
// on the work of the year before the report's (year; 0 when unknown) with
// no plan word is a review too ("2007年政府的工作" in 驻马店 2008).
func chapterKind(title string, year int) (kind, planTerm string) {
	head := title
	n := 0
	for i := range title {
		if n == titleHeadRunes {
			head = title[:i]
			break
		}
		n++
	}
	at, word := -1, ""
	for _, w := range reviewWords {
		if i := strings.Index(head, w); i >= 0 && (at < 0 || i < at) {
			at, word = i, w
		}
	}
	if at < 0 {
		if pastYearsWork(head, year) {
			return data.KindReview, ""
		}
		return data.KindPlan, ""
	}
	rest := head[at+len(word):]
	if !slices.ContainsFunc(planWords, func(w string) bool { return strings.Contains(rest, w) }) {
		return data.KindReview, ""
	}
	return data.KindMixed, lastPeriod(rest)
}

// pastYearsWork tells whether a title head opens on the year before year
// and speaks of work, with no word of a plan.
func pastYearsWork(head string, year int) bool {
	rs := []rune(strings.TrimSpace(head))
	y, ok := yearAt(rs, 0)
	if !ok {
		y = reportedYear(head) // "首先报告２００１年的工作"
		ok = y != 0
	}
	return ok && year > 0 && y == year-1 && strings.Contains(head, "工作") &&
		!slices.ContainsFunc(planWords, func(w string) bool { return strings.Contains(head, w) })
}

// lastPeriod is the last five-year plan named in s ("十四五"), or "".
func lastPeriod(s string) string {
	rs := []rune(s)
	for i := len(rs) - 3; i >= 0; i-- {
		if rs[i] == '十' && rs[i+2] == '五' && isCJKDigit(rs[i+1]) {
			return string(rs[i : i+3])
		}
	}
	return ""
}

func isCJKDigit(r rune) bool { return strings.ContainsRune("一二三四五六七八九", r) }

// kindMark is a review/plan correction found on its source line.
type kindMark struct {
	span
	make string
}

// splitKindCorrections separates the review/plan corrections, which the
// classifier applies, from those that change the structure.
func splitKindCorrections(cs []data.Correction) (structural, kinds []data.Correction) {
	for _, c := range cs {
		if c.Make == data.MakeReview || c.Make == data.MakePlan {
			kinds = append(kinds, c)
		} else {
			structural = append(structural, c)
		}
	}
	return structural, kinds
}

// kindMarks resolves the review/plan corrections to the lines they name; a
// correction whose line text changed is ignored.
func kindMarks(rs []rune, spans []span, cs []data.Correction) []kindMark {
	var out []kindMark
	for _, c := range cs {
		if c.Line < 0 || c.Line >= len(spans) || string(rs[spans[c.Line].start:spans[c.Line].end]) != c.Text {
			continue
		}
		out = append(out, kindMark{spans[c.Line], c.Make})
	}
	return out
}

// classifyOutcomes sets every body chapter's kind and moves its review
// sentences to Outcomes. lines are the paragraphs the structure was read
// from.
func classifyOutcomes(rs []rune, lines []line, marks []kindMark, rep *data.Report) {
	starts := make([]int, len(lines))
	for i, l := range lines {
		starts[i] = l.start
	}
	for i := range rep.Chapters {
		c := &rep.Chapters[i]
		if c.Annex != data.AnnexNone {
			continue
		}
		kind, term := chapterKind(c.Title, rep.Year)
		mk := chapterMark(rs, c, marks)
		if mk != "" {
			kind = map[string]string{data.MakeReview: data.KindReview, data.MakePlan: data.KindPlan}[mk]
		}
		split := -1 // offset where the plan part of a mixed chapter starts
		if kind == data.KindMixed {
			split = planStart(rs, lines, starts, c, term)
		}
		from, to := -1, -1 // the review part a plan chapter opens with
		if kind == data.KindPlan && mk == "" {
			from, to = reviewPart(starts, c, rep.Year)
		}
		isOutcome := func(p *data.Pledge) bool {
			if mk := paragraphMark(p, marks); mk != "" {
				return mk == data.MakeReview
			}
			switch kind {
			case data.KindReview:
				return true
			case data.KindMixed:
				return split < 0 || p.Start < split
			}
			return p.Start >= from && p.Start < to
		}
		moveOutcomes(c, isOutcome)
		setAsideProblems(rep, c, problemsStart(rs, starts, lines, readingOrder(c)), marks)
	}
}

// readingOrder is the chapter's outcomes in the order they are read.
func readingOrder(c *data.Chapter) []data.Pledge {
	out := append([]data.Pledge(nil), c.Outcomes...)
	for _, h := range c.Headlines {
		out = append(out, h.Outcomes...)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// moveOutcomes moves the chapter's outcome sentences out of its pledges and
// settles its kind on what it holds.
func moveOutcomes(c *data.Chapter, isOutcome func(*data.Pledge) bool) {
	c.Pledges, c.Outcomes = partition(c.Pledges, isOutcome)
	pledges, outcomes := len(c.Pledges), len(c.Outcomes)
	for j := range c.Headlines {
		h := &c.Headlines[j]
		h.Pledges, h.Outcomes = partition(h.Pledges, isOutcome)
		pledges += len(h.Pledges)
		outcomes += len(h.Outcomes)
	}
	switch {
	case outcomes == 0:
		c.Kind = data.KindPlan
	case pledges == 0:
		c.Kind = data.KindReview
	default:
		c.Kind = data.KindMixed
	}
}

func partition(ps []data.Pledge, out func(*data.Pledge) bool) (keep, moved []data.Pledge) {
	n := 0
	for i := range ps {
		if out(&ps[i]) {
			n++
		}
	}
	switch n {
	case 0: // a plan chapter: nothing moves, nothing is copied
		return ps, nil
	case len(ps): // a review chapter
		return []data.Pledge{}, ps
	}
	keep, moved = make([]data.Pledge, 0, len(ps)-n), make([]data.Pledge, 0, n)
	for i := range ps {
		if out(&ps[i]) {
			moved = append(moved, ps[i])
		} else {
			keep = append(keep, ps[i])
		}
	}
	return keep, moved
}

// planStart is the offset of the first paragraph of a mixed chapter that
// opens on the plan's period ("'十五五'时期是…") or on the years ahead, or
// -1 when none does.
func planStart(rs []rune, lines []line, starts []int, c *data.Chapter, term string) int {
	first, last := chapterRange(c)
	if first < 0 {
		return -1
	}
	i := sort.SearchInts(starts, first)
	for ; i < len(lines) && lines[i].start < last; i++ {
		l := lines[i]
		if l.start < first {
			continue
		}
		open := string(rs[l.start:min(l.end, l.start+12)])
		if term != "" && strings.Contains(open, term) {
			return l.start
		}
		if slices.ContainsFunc(planOpenings, func(w string) bool { return strings.HasPrefix(open, w) }) {
			return l.start
		}
	}
	return -1
}

// chapterRange is the offsets of the first and past the last sentence of c.
func chapterRange(c *data.Chapter) (first, last int) {
	first, last = -1, -1
	see := func(ps []data.Pledge) {
		for _, p := range ps {
			if first < 0 || p.Start < first {
				first = p.Start
			}
			last = max(last, p.End)
		}
	}
	see(c.Pledges)
	for _, h := range c.Headlines {
		see(h.Pledges)
	}
	return first, last
}

// chapterMark is the review/plan correction on the chapter's heading line:
// a marked line holding the title that ends before (or opens) the
// chapter's first sentence.
func chapterMark(rs []rune, c *data.Chapter, marks []kindMark) string {
	if len(marks) == 0 {
		return ""
	}
	first, _ := chapterRange(c)
	if first < 0 || c.Title == "" {
		return ""
	}
	for _, m := range marks {
		if m.start <= first && first <= m.end+1 && strings.Contains(string(rs[m.start:m.end]), c.Title) {
			return m.make
		}
	}
	return ""
}

// paragraphMark is the review/plan correction of the line a sentence
// starts on.
func paragraphMark(p *data.Pledge, marks []kindMark) string {
	for _, m := range marks {
		if p.Start >= m.start && p.Start < m.end {
			return m.make
		}
	}
	return ""
}
