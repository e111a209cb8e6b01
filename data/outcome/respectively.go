package outcome

import (
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// respectively gives each target of a clause "A、B分别控制在5%和3%以内" its
// own subject (A for 5%, B for 3%) and the comparator the last one states
// (以内: both are ceilings), when the clause names as many subjects before
// 分别 as it states targets after it. Other targets are left as they are;
// the slice is copied when one changes.
func respectively(text string, targets []data.Target) []data.Target {
	out := targets
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，；。;,", r) }) {
		at := strings.Index(part, "分别")
		if at < 0 {
			continue
		}
		head := part[:at]
		if k := strings.LastIndexAny(head, "：:"); k >= 0 {
			_, size := utf8.DecodeRuneInString(head[k:])
			head = head[k+size:]
		}
		subjects := strings.Split(head, "、")
		var idx []int
		for i, t := range targets {
			if q := strings.Index(part, t.Quote); q > at {
				idx = append(idx, i)
			}
		}
		if len(subjects) < 2 || len(subjects) != len(idx) {
			continue
		}
		if &out[0] == &targets[0] {
			out = append([]data.Target(nil), targets...)
		}
		last := out[idx[len(idx)-1]].Comparator
		for k, i := range idx {
			out[i].Subject = subjects[k]
			if out[i].Comparator == data.Exactly {
				out[i].Comparator = last
			}
		}
	}
	return out
}
