package outcome

import "strings"

// A safety pledge promises that something will not happen ("坚决遏制重特大
// 事故发生", "坚决守牢不发生区域性系统性金融风险的底线"); the review keeps it
// by saying it did not ("未发生重特大事故", "守住了不发生系统性风险的底线").

// guardWords pledge that something will not happen; heldWords report
// that it did not.
var (
	guardWords = []string{"遏制", "杜绝", "不发生", "防止", "防范", "避免", "守牢", "守住", "严防"}
	heldWords  = []string{"未发生", "没有发生", "未出现", "没有出现", "零发生", "守住了", "守牢了", "无重特大"}
)

// guardHeld tells whether the outcome reports kept the guard the pledge
// sets: a piece of the outcome saying it did not happen shares two words
// with the piece of the pledge that guards against it ("重特大事故").
func guardHeld(pledge, outcome string) bool {
	var guards []string
	for _, p := range pieces(pledge) {
		if containsAny(p, guardWords) {
			guards = append(guards, p)
		}
	}
	if len(guards) == 0 {
		return false
	}
	for _, p := range pieces(outcome) {
		if !containsAny(p, heldWords) {
			continue
		}
		for _, g := range guards {
			if common(strings.ReplaceAll(g, "发生", ""), p) >= 2 {
				return true
			}
		}
	}
	return false
}
