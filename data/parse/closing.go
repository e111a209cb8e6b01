package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"pledgereview/data"
)

// A report ends on an appeal to the audience ("让我们更加紧密地团结在…，为
// …而努力奋斗！"): no pledge to score, and one the next year's review never
// reports on. It is set aside as AsideClosing with the mottos before it,
// unless the user marked its paragraph review or plan in the import
// preview.

// closingReach is how many of the report's last sentences the appeal may
// stand among: web-page furniture may follow it.
const closingReach = 3

// setAsideClosing sets aside the closing appeal of rep, with its mottos.
func setAsideClosing(lines []line, marks []kindMark, rep *data.Report) {
	last := lastPledges(rep, closingReach)
	for i := len(last) - 1; i >= 0; i-- {
		p := last[i]
		if !isAppeal(p.Text) {
			continue
		}
		k := sort.Search(len(lines), func(j int) bool { return lines[j].start > p.Start }) - 1
		if k < 0 || p.IsHeadline() || paragraphMark(p, marks) != "" {
			return
		}
		from, to := closingStretch(lines[k].span, p, rep)
		setAsideSentences(rep, dropPledges(rep, func(q *data.Pledge) bool { return q.Start >= from && q.Start < to }), data.AsideClosing)
		return
	}
}

// closingStretch is the stretch of paragraph para set aside with the
// appeal p: the appeal, and before it, sentence by sentence, the mottos
// that lead up to it ("蓝图已经绘就，实干创造未来。", "道虽远，行则将至；事
// 虽难，做则必成。"), up to the first that is not one: a pledge said in the
// same paragraph ("坚持政府过紧日子。") or a headline stays the report's.
func closingStretch(para span, p *data.Pledge, rep *data.Report) (int, int) {
	var in []*data.Pledge
	for _, q := range lastPledges(rep, -1) {
		if q.Start >= para.start && q.Start <= p.Start {
			in = append(in, q)
		}
	}
	from := p.Start
	for i := len(in) - 2; i >= 0 && isMotto(in[i]); i-- {
		from = in[i].Start
	}
	return from, p.End
}

// mottoRunes bounds a motto said before the appeal.
const mottoRunes = 45

// pledgeWords say a sentence pledges work, not that it rouses.
var pledgeWords = []string{"我们将", "我们要", "坚持", "推进", "推动", "加快", "确保", "落实", "严控", "实施", "加强", "深化", "接受", "做好", "抓好"}

// isMotto tells whether a sentence before the appeal rouses the audience:
// short, no figure, no headline, no words of a pledge.
func isMotto(q *data.Pledge) bool {
	rs := []rune(q.Text)
	return !q.IsHeadline() && len(rs) <= mottoRunes && noFigures(rs) &&
		!slices.ContainsFunc(pledgeWords, func(w string) bool { return strings.Contains(q.Text, w) })
}

// isAppeal tells whether a sentence appeals to the audience to strive:
// "让我们…！" (or, plainer, "让我们…做出新贡献。"), "我们要更加紧密地团结在…
// 周围，…！".
func isAppeal(s string) bool {
	s = strings.TrimSpace(s)
	cried := strings.HasSuffix(s, "！") || strings.HasSuffix(s, "!")
	return strings.Contains(s, "让我们") && (cried || strings.HasSuffix(s, "。")) ||
		strings.Contains(s, "更加紧密") && cried
}

// noFigures tells whether a paragraph states no figure: its digits, if
// any, are years ("为实现2035年远景目标而努力奋斗").
func noFigures(rs []rune) bool {
	for i := 0; i < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) {
			continue
		}
		j := i
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		if j-i != 4 || j == len(rs) || rs[j] != '年' {
			return false
		}
		i = j
	}
	return true
}

// lastPledges are the n last pledges of rep's body in reading order, all
// of them for n < 0.
func lastPledges(rep *data.Report, n int) []*data.Pledge {
	var all []*data.Pledge
	for ci := range rep.Chapters {
		c := &rep.Chapters[ci]
		if c.Annex != data.AnnexNone {
			continue // the annexes after the report (广东's 民生实事)
		}
		for i := range c.Pledges {
			all = append(all, &c.Pledges[i])
		}
		for hi := range c.Headlines {
			h := &c.Headlines[hi]
			for i := range h.Pledges {
				all = append(all, &h.Pledges[i])
			}
		}
	}
	slices.SortStableFunc(all, func(a, b *data.Pledge) int { return a.Start - b.Start })
	if n < 0 {
		return all
	}
	return all[max(0, len(all)-n):]
}

// dropPledges removes from rep the pledges gone says go, and returns
// them.
func dropPledges(rep *data.Report, gone func(*data.Pledge) bool) []data.Pledge {
	var moved []data.Pledge
	keep := func(ps []data.Pledge) []data.Pledge {
		kept, out := takeOut(ps, gone)
		moved = append(moved, out...)
		return kept
	}
	for ci := range rep.Chapters {
		c := &rep.Chapters[ci]
		c.Pledges = keep(c.Pledges)
		for hi := range c.Headlines {
			c.Headlines[hi].Pledges = keep(c.Headlines[hi].Pledges)
		}
	}
	return moved
}
