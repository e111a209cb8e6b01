package outcome

import (
	"regexp"
	"strings"

	"pledgereview/data"
)

// A review gives a change over a period as its two ends ("城镇化率由52.23%
// 提高到58.08%"): the figure reached is the second; the first is where the
// period started, never an outcome of the year.

// spanOpenRE: the words before a figure open a from-to span, alone, in a
// list ("分别从50%、75%提高至100%") or with a few words between ("由每人每年
// 120元提高到200元", "从2009年的2.8%降到"); not the 从 of 从业 nor the 由
// of 由于.
var spanOpenRE = regexp.MustCompile(`[从由](?:[^业于，；。从由][^，；。从由]{0,7})?$`)

// spanCloseRunes is how far after the opening figures the span's 到 or 至
// stands.
const spanCloseRunes = 6

// opensSpan tells whether figure f of text is the start of a from-to span.
func opensSpan(text string, f data.Target) bool {
	i := figureIndex(text, f.Quote)
	if i < 0 || !spanOpenRE.MatchString(text[:i]) {
		return false
	}
	// past the other figures of a list ("从50%、75%提高至100%"), within
	// the clause ("从业人员达到5万人，到2025年" opens none)
	rest := strings.TrimLeft(text[i+len(f.Quote):], "0123456789.%％万亿千百个元、")
	if k := strings.IndexAny(rest, "，；。,;"); k >= 0 {
		rest = rest[:k]
	}
	after := []rune(rest)
	return strings.ContainsAny(string(after[:min(len(after), spanCloseRunes)]), "到至")
}

// addWords pledge an amount added in the year ("新建5G基站8000个", "完成营造
// 林560万亩"), not a level to reach ("粮食产量稳定在252亿斤以上", "市场主体
// 突破47万户").
var addWords = []string{"新建", "新增", "新改建", "改建", "建成", "建设", "完成", "营造", "改造", "培育", "打造", "引进", "开工", "发放"}

// addsInYear tells whether target t of clause text is an amount added in
// the year: a sentence of the review on several years reports the total
// of the period for it ("建成5G基站8.99万个"), which is not the year's.
func addsInYear(text string, t data.Target) bool {
	return containsAny(figureContext(text, t), addWords)
}
