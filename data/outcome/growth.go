package outcome

import (
	"strings"

	"pledgereview/data"
)

// minGrowthShared is how many words of a pledged rate's subject the part
// of a review's sentence must hold for its growth to be read as the
// rate's ("财政一般预算收入" / "地方财政一般预算收人完成12.06亿元，…，比上年
// 实际完成增长21％").
const minGrowthShared = 2

// growthFor is the growth the outcome reports for a pledged rate t of
// clause text ("增长8％", or one held in step with growth) where
// actualFor names none: the first growth
// of the year (a rise or fall said before it; not over several years, not
// a share, not the start of a span) in a part of the sentence (back to a
// semicolon or a stop) that holds minGrowthShared words of t's subject,
// said of t's indicator or of none. A review that names no such growth
// gives none: its words of work done say nothing of a rate.
func growthFor(t data.Target, text string, o data.Pledge) (data.Target, bool) {
	if w, _ := direction(text, t); w == "" && t.Quote != inStepQuote || unitOf(t.Unit) != "%" {
		return data.Target{}, false
	}
	subject, pledged := workless(t.Subject), figureContext(text, t)
	want := indicatorsOf(t.Subject)
	for _, f := range o.Targets {
		if unitOf(f.Unit) != "%" || opensSpan(o.Text, f) {
			continue
		}
		if w, _ := direction(o.Text, f); w == "" {
			continue
		}
		around := figureContext(o.Text, f)
		if !sameMeasure(pledged, around) || common(subject, partBefore(o.Text, f.Quote)) < minGrowthShared {
			continue
		}
		if have := figureIndicators(o.Text, f, around); len(have) > 0 && !shared(want, have) {
			continue
		}
		return f, true
	}
	return data.Target{}, false
}

// partBefore is the text before quote back to the semicolon or stop that
// opens its part of the sentence.
func partBefore(text, quote string) string {
	i := figureIndex(text, quote)
	if i < 0 {
		return ""
	}
	part := text[:i]
	if k := strings.LastIndexAny(part, "；。;"); k >= 0 {
		part = part[k:]
	}
	return part
}
