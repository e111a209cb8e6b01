package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportSaysSentencesWereCut: a report of one "sentence" with no 。
// for pages (the new-user review's huge4.txt, shortened) is imported in
// pieces, and import-report says so in the user's language.
func TestImportSaysSentencesWereCut(t *testing.T) {
	text := "各位代表：\n二、2025年工作安排\n（一）推进发展\n" + strings.Repeat("我们将新建5000个基站，增长5000%，", 2000) + "。\n"
	for _, tt := range []struct{ locale, want string }{
		{"C.UTF-8", "huge4: 1 over-long sentence was cut into pieces, each marked truncated"},
		{"zh_CN.UTF-8", "huge4：1 个过长的句子已切分为若干片段，每段标为不完整"},
	} {
		setLocale(t, tt.locale)
		h := newHarness(t)
		path := filepath.Join(h.dir, "huge4.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		out := h.ok("import-report", path)
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: import-report printed %q, want a line with %q", tt.locale, out, tt.want)
		}
	}
}
