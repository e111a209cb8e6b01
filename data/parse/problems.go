package parse

import (
	"slices"
	"sort"
	"strings"

	"pledgereview/data"
)

// A review closes on the problems the government still sees ("在肯定成绩的
// 同时，我们也清醒看到面临的困难和挑战。…我们一定直面问题和挑战…"): neither
// an outcome of the past period nor a pledge. That paragraph, and what
// follows it to the end of the review, is set aside as AsideProblems.

// problemSeeing says the speaker sees something ("清醒认识到", "看到").
var problemSeeing = []string{"认识到", "看到"}

// problemTurn turns from the achievements to what is lacking: "清醒",
// "在肯定成绩的同时"; "同时，我们也看到…" only with a word of lack
// (problemLack), for "同时，我们也看到，群众反映强烈的一些问题得到有效解决"
// is an achievement.
var (
	problemTurn     = []string{"清醒", "成绩的同时"}
	problemTurnWeak = []string{"同时，我们也", "同时我们"}
	problemLack     = []string{"存在", "面临", "仍", "还有", "依然", "尚", "不少"}
)

// problemWords name what is lacking.
var problemWords = []string{"困难", "问题", "挑战", "不足", "矛盾", "短板", "差距"}

// opensProblems tells whether a sentence turns from the achievements to
// the problems.
func opensProblems(s string) bool {
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
	}
	turns := has(problemTurn) || has(problemTurnWeak) && has(problemLack)
	return turns && has(problemSeeing) && has(problemWords)
}

// problemsStart is the offset where the problems paragraph of a review
// part opens, or -1. outcomes are the part's sentences in reading order;
// only one in the second half of them may open it, so that a sentence of
// the review proper that happens to speak so never takes the review's
// outcomes away. The paragraph opens before the sentence when the sentence
// is its first or second ("安不忘危，兴不忘忧。我们清醒认识到…"); in a
// paragraph that runs on longer (a report written as one paragraph) the
// sentence itself opens it.
func problemsStart(rs []rune, starts []int, lines []line, outcomes []data.Pledge) int {
	for i := len(outcomes) / 2; i < len(outcomes); i++ {
		o := outcomes[i]
		if !opensProblems(o.Text) {
			continue
		}
		k := sort.SearchInts(starts, o.Start+1) - 1 // the paragraph that holds it
		if k < 0 {
			return o.Start
		}
		para := lines[k].start
		before := 0
		for j := i - 1; j >= 0 && outcomes[j].Start >= para; j-- {
			before++
		}
		if before <= 1 {
			return para
		}
		return o.Start
	}
	return -1
}

// setAsideProblems moves the chapter's outcomes from offset from on,
// except those the user marked review, to the report's set-aside text.
func setAsideProblems(rep *data.Report, c *data.Chapter, from int, marks []kindMark) {
	if from < 0 {
		return
	}
	problem := func(p *data.Pledge) bool { return p.Start >= from && paragraphMark(p, marks) == "" }
	var moved []data.Pledge
	keep := func(ps []data.Pledge) []data.Pledge {
		kept, out := takeOut(ps, problem)
		moved = append(moved, out...)
		return kept
	}
	c.Outcomes = keep(c.Outcomes)
	for j := range c.Headlines {
		c.Headlines[j].Outcomes = keep(c.Headlines[j].Outcomes)
	}
	setAsideSentences(rep, moved, data.AsideProblems)
}
