package outcome

import (
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// respectively gives each target of a clause "A、B分别控制在5%和3%以内" its
// own subject (A for 5%, B for 3%) and the comparator the last one states
// (以内: both are ceilings), when the clause names as many subjects before
// 分别 as it states targets after it; figures paired with 和 or 、 and
// nothing else ("A、B…达到422万人和661万人") are read as after 分别. It
// serves pledges and review sentences alike. Other targets are left as
// they are; the slice is copied when one changes.
func respectively(text string, targets []data.Target) []data.Target {
	out := targets
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，；。;,", r) }) {
		at := strings.Index(part, "分别")
		if at < 0 {
			at = pairedFigures(part, targets)
		}
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
			if q := strings.Index(part, t.Quote); q >= at {
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

// pairedFigures is where the figures of a clause "养老、医疗保险参保人数达到
// 422万人和661万人" begin, when two of them follow each other joined by 和
// or 、 and nothing else, as after 分别; -1 when they do not.
func pairedFigures(part string, targets []data.Target) int {
	for i := 0; i+1 < len(targets); i++ {
		at := strings.Index(part, targets[i].Quote)
		if at < 0 {
			continue
		}
		rest := part[at+len(targets[i].Quote):]
		for _, join := range []string{"和", "、"} {
			if strings.HasPrefix(rest, join+targets[i+1].Quote) {
				return at
			}
		}
	}
	return -1
}
