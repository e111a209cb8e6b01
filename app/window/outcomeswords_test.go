package window

import (
	"strings"
	"testing"
)

// TestOutcomesViewSpeaksTheInterfaceLanguage: on 甘肃 2025 → 2026, the line
// of arithmetic, the clause lines and the outcome's source are in the
// interface's language, the figures quoted as the reports wrote them, the
// sentence named in the brackets of that language ("(sentence N)",
// "（第N句）"); one
// weak sentence is "one sentence", not "1 sentences".
func TestOutcomesViewSpeaksTheInterfaceLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, arithmetic, clause, source, weak string }{
		{langZh, "目标 5%，实际 6.1% → 达到；目标 7%左右，实际 6.1% → 未达到", "目标 5.5%左右，实际 5.8% → 达到（第", "2026年报告 · 第一部分 · 第", "有 1 句"},
		{langEn, "target 5%, actual 6.1% → met; target about 7%, actual 6.1% → missed", "target about 5.5%, actual 5.8% → met (sentence ", "2026 report · part 1 · sentence ", "One sentence shares"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			o := openOutcomes(t, tt.lang, "provinces-2025/2025年甘肃省政府工作报告.docx", "provinces-2026/2026年甘肃政府工作报告.txt")
			pair, v := o.pair, o.v
			flat := func(s string) string { return strings.ReplaceAll(s, "\n", "") }

			selectLinkOf(t, v, pair, "城乡居民人均可支配收入分别增长5%和7%左右")
			if got := flat(v.arithmetic.Text); got != tt.arithmetic {
				t.Errorf("arithmetic %q, want %q", got, tt.arithmetic)
			}
			if !strings.HasPrefix(v.source.Text, tt.source) {
				t.Errorf("source %q, want it to begin %q", v.source.Text, tt.source)
			}
			selectLinkOf(t, v, pair, "地区生产总值增长5.5%左右")
			if got := flat(v.clauses.Text); !strings.Contains(got, tt.clause) {
				t.Errorf("clauses %q, want %q", got, tt.clause)
			}
			if tt.lang == langEn && (strings.ContainsAny(v.clauses.Text, "（）") || strings.Contains(v.clauses.Text, "实际") || strings.Contains(v.clauses.Text, "→ 达到") || strings.Contains(v.clauses.Text, "→ 未达到")) {
				t.Errorf("Chinese words of arithmetic in the English view: %q", v.clauses.Text)
			}
			selectLinkOf(t, v, pair, "大力提振消费需求")
			if got := flat(v.candidates.Text); !strings.HasPrefix(got, tt.weak) {
				t.Errorf("one weak sentence said as %q, want %q…", got, tt.weak)
			}
		})
	}
}
