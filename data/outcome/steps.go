package outcome

import "strings"

// Step is one comparison of a line of arithmetic, in parts a display words
// in its language; the figures and the review's words are quoted as the
// reports wrote them. Arithmetic is the steps worded in Chinese.
type Step struct {
	// Target is the figure pledged ("5%左右"); Growth, for a pledge held in
	// step with growth ("与经济增长同步"), the GDP growth it is held to
	// ("5.4%"), Target then "".
	Target, Growth string
	// Actual is the figure the review reports ("5.4%"); Converted, when
	// its unit is not the target's, the same in the target's unit
	// ("260亿斤").
	Actual, Converted string
	// Stage is the stage of work pledged (StagePrepared, StageStarted,
	// StageDone) and Piece the words of the review on it ("陇电入鲁工程建成
	// 投运"), for a piece of work; both "" for a figure.
	Stage, Piece string
	Met          bool
}

// Stages of work a step names.
const (
	StagePrepared = "prepared"
	StageStarted  = "started"
	StageDone     = "done"
)

// stageKeys name the stages of stages.go in a Step.
var stageKeys = []string{stagePrepared: StagePrepared, stageStarted: StageStarted, stageDone: StageDone}

// chinese is the step as the line of arithmetic writes it ("目标 5%左右，
// 实际 5.4% → 达到").
func (s Step) chinese() string {
	word := "达到"
	if !s.Met {
		word = "未达到"
	}
	if s.Stage != "" {
		return "承诺 " + stageNames[stageIndex(s.Stage)] + "，报告 " + s.Piece + " → " + word
	}
	target := s.Target
	if s.Growth != "" {
		target = "与经济增长同步（" + s.Growth + "）"
	}
	actual := s.Actual
	if s.Converted != "" {
		actual += "（合" + s.Converted + "）"
	}
	return "目标 " + target + "，实际 " + actual + " → " + word
}

func stageIndex(key string) int {
	for i, k := range stageKeys {
		if k == key && k != "" {
			return i
		}
	}
	return stageNone
}

// arithmetic is the line of steps in Chinese.
func arithmetic(steps []Step) string {
	lines := make([]string, len(steps))
	for i, s := range steps {
		lines[i] = s.chinese()
	}
	return strings.Join(lines, "；")
}

// figureWords are the words around a quoted figure a display may word in
// its language: the quote is Before+figure+After.
var qualifiers = []struct{ word, key string }{
	{"左右", QualAbout}, {"以上", QualAtLeast}, {"以内", QualWithin}, {"以下", QualWithin},
	{"不低于", QualAtLeast}, {"不少于", QualAtLeast}, {"不超过", QualWithin}, {"控制在", QualWithin},
	{"突破", QualOver}, {"超过", QualOver}, {"超", QualOver}, {"达到", ""}, {"达", ""}, {"约", QualAbout}, {"近", QualNearly},
}

// Qualifiers of a quoted figure (see Qualified).
const (
	QualAbout   = "about"
	QualOver    = "over"
	QualWithin  = "within"
	QualAtLeast = "at-least"
	QualNearly  = "nearly"
)

// Qualified splits a quoted figure into the figure and the one word that
// qualifies it, before or after ("5%左右" → "5%", QualAbout; "突破1300万吨"
// → "1300万吨", QualOver); ok is false when the quote is not a figure with
// at most one such word ("2个（…建成投运）"), to be shown as it is.
func Qualified(quote string) (figure, qual string, ok bool) {
	figure = quote
	for _, q := range qualifiers {
		if f, found := strings.CutSuffix(quote, q.word); found {
			figure, qual = f, q.key
			break
		}
		if f, found := strings.CutPrefix(quote, q.word); found {
			figure, qual = f, q.key
			break
		}
	}
	return figure, qual, bareFigure(figure)
}

// bareFigure tells whether s is digits (or a Chinese numeral) and a unit,
// with no words of their own around them.
func bareFigure(s string) bool {
	if s == "" || strings.ContainsAny(s, "（()，,、；") {
		return false
	}
	r := []rune(s)
	return strings.ContainsRune("0123456789一二三四五六七八九十两百千", r[0])
}
