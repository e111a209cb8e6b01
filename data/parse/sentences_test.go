package parse

import (
	"fmt"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string // "~" suffix marks a truncated fragment
	}{
		{"一。二！三？四!五?", []string{"一。", "二！", "三？", "四!", "五?"}},
		{"他说：“好。”然后走了。", []string{"他说：“好。”", "然后走了。"}},
		{"真的吗？！（是的。）", []string{"真的吗？！", "（是的。）"}},
		{"完成了。坚决维护公共安全和社", []string{"完成了。", "坚决维护公共安全和社~"}},
		{"  前有空格。 \t后有空格。\u3000", []string{"前有空格。", "后有空格。"}},
		{"。。！", nil},
		{"等等……", []string{"等等……"}},
		{"第一项；", []string{"第一项；"}},
		{"1.5万户。", []string{"1.5万户。"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var got []string
		splitSentences(rs, span{0, len(rs)}, func(s span, truncated bool) {
			g := string(rs[s.start:s.end])
			if truncated {
				g += "~"
			}
			got = append(got, g)
		})
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
