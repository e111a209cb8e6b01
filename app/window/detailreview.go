package window

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"pledgereview/data"
)

// chapterOutcomes is every reported outcome of a chapter, in reading order.
func chapterOutcomes(c *data.Chapter) []data.Pledge {
	out := append([]data.Pledge{}, c.Outcomes...)
	for _, h := range c.Headlines {
		out = append(out, h.Outcomes...)
	}
	return out
}

// showReview shows, while a review chapter is chosen, that its sentences
// are reported outcomes, and the sentences themselves, greyed: context to
// read, never pledges to score.
func (dv *detailView) showReview(c *data.Chapter) {
	outs := chapterOutcomes(c)
	if len(outs) == 0 {
		return
	}
	dv.showEmpty(false)
	dv.hint.SetText(lang.X("detail.review", "This chapter reviews a past period: its {{.N}} sentences are reported outcomes, shown for context and never scored.", map[string]any{"N": len(outs)}))
	texts := make([]string, len(outs))
	for i, o := range outs {
		texts[i] = o.Text
	}
	dv.context.SetText(strings.Join(texts, "\n"))
	dv.context.Show()
}
