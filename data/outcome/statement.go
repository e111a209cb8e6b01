package outcome

import (
	"regexp"
	"strings"
)

// A plan opens by saying what the year is ("今年是“十四五”规划收官之年，也是
// “十五五”蓄势之年。"): the sentence stands among the pledges, but pledges
// nothing, so nothing of it can be reported done, whatever the review
// says of the same year ("2025年是“十四五”规划收官之年。").

// yearOpenRE opens a sentence on what the year is.
var yearOpenRE = regexp.MustCompile(`^(今年|明年|[0-9]{4}年)(也|既|更|将)?是`)

// yearStatement tells whether text only says what the year is: it opens
// so (see yearOpenRE) and each of its clauses names the year ("…之年",
// "…的一年", "成立60周年") or goes on with 是 ("是自治区成立60周年，也是…").
// A sentence that goes on to the year's work ("今年是…收官之年，政府工作
// 总体要求是：…") is not one.
func yearStatement(text string) bool {
	if !yearOpenRE.MatchString(strings.TrimSpace(text)) {
		return false
	}
	for _, p := range pieces(text) {
		if !strings.HasSuffix(p, "之年") && !strings.HasSuffix(p, "一年") && !strings.HasSuffix(p, "周年") {
			return false
		}
	}
	return true
}
