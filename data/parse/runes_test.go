package parse

import (
	"testing"
	"unicode/utf8"

	"pledgereview/seeds"
)

// TestRuneCount: the count Parse sizes its runes by is utf8's, at every
// offset (eight bytes at a time, then the rest).
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "政府工作报告", "ab政府1234567890。，“”𝄞x\n\u200b", seeds.Taiyuan2021[:300]} {
		for k := 0; k <= len(s); k++ {
			if v := s[k:]; utf8.ValidString(v) && runeCount(v) != utf8.RuneCountInString(v) {
				t.Errorf("runeCount(%q) = %d, want %d", v, runeCount(v), utf8.RuneCountInString(v))
			}
		}
	}
}
