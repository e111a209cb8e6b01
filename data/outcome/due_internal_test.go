package outcome

import "testing"

// TestDueLaterSpans: a year that closes a span of years ("2025年至2027年
// 每年…") sets a target of each year of it, this one's too; a year of its
// own ("到2027年", "力争2027年") sets a target not yet due.
func TestDueLaterSpans(t *testing.T) {
	for text, want := range map[string]bool{
		"2025年至2027年每年新增城镇就业5万人":  false,
		"2025年到2027年每年改造老旧小区100个": false,
		"到2027年建成6个万亿级产业":         true,
		"力争2027年建成6个万亿级产业":        true,
		"今年新增城镇就业5万人":             false,
	} {
		if got := dueLater(text, nil, 2025); got != want {
			t.Errorf("dueLater(%q) = %v, want %v", text, got, want)
		}
	}
}
