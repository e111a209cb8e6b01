package share

import (
	"fmt"
	"strings"
	"testing"
)

// sentences builds a report text of n distinct sentences.
func sentences(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("第%d项任务要在年底完成投资%d亿元。", i+1, 10+i)
	}
	return out
}

func contentOf(parts []string) Content {
	c, _ := ContentOf(strings.Join(parts, "\n"))
	return c
}

func TestAlignFindsTheSameReportInAnotherForm(t *testing.T) {
	base := sentences(100)
	joined := append([]string{}, base...)
	// The PDF drops the 。 at three line ends: those sentences join the next.
	for _, i := range []int{10, 40, 41} {
		joined[i] = strings.TrimSuffix(joined[i], "。")
	}
	pdf := strings.Join(joined, "")
	edited := append([]string{}, base...)
	edited[50] = "第51项任务要在年底完成投资99亿元。"
	inserted := append(append(append([]string{}, base[:70]...), "新增一段：加快建设新型基础设施。再建一批项目。"), base[70:]...)
	other := make([]string, 100)
	for i := range other {
		other[i] = fmt.Sprintf("另一份报告的第%d句话。", i)
	}
	for _, tc := range []struct {
		name string
		b    Content
		min  float64
		max  float64
	}{
		{"same text", contentOf(base), 1, 1},
		{"sentences joined", func() Content { c, _ := ContentOf(pdf); return c }(), 0.97, 1},
		{"one sentence edited", contentOf(edited), 0.97, 0.995},
		{"a paragraph inserted", contentOf(inserted), 0.97, 0.995},
		{"another report", contentOf(other), 0, 0.05},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sim := Align(contentOf(base), tc.b).Similarity()
			if sim < tc.min || sim > tc.max {
				t.Errorf("similarity %.3f, want in [%.3f, %.3f]", sim, tc.min, tc.max)
			}
		})
	}
}

func TestMapSpanFollowsTheText(t *testing.T) {
	base := sentences(20)
	a := contentOf(base)
	edited := append(append([]string{"前言一句。"}, base[:5]...), base[5:]...)
	edited[6+1] = "改过的一句。"
	b := contentOf(edited)
	al := Align(a, b)
	off := offsetsOf(a)
	boff := offsetsOf(b)
	// sentence 3 of a is sentence 4 of b, unchanged
	s, e, changed, ok := al.MapSpan(off[3], off[4])
	if !ok || changed || s != boff[4] || e != boff[5] {
		t.Errorf("sentence 3 maps to [%d,%d) changed %v ok %v, want [%d,%d) unchanged", s, e, changed, ok, boff[4], boff[5])
	}
	// sentence 6 of a was edited: it maps onto its replacement, changed
	if _, _, changed, ok := al.MapSpan(off[6], off[7]); !ok || !changed {
		t.Errorf("the edited sentence: changed %v ok %v, want both", changed, ok)
	}
}
