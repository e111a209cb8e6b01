package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// A city report imported by the command line gets the title the window's
// import preview proposes: a Word file with no title line, and the two
// 驻马店 reports, whose only title is 政府工作报告, told apart by year.
func TestImportReportProposesTheWindowsTitle(t *testing.T) {
	h := newHarness(t)
	cities := filepath.Join(datatest.CorpusDir(t), "cities")
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	if out := h.ok("import-report", filepath.Join(cities, "aba-2024.docx")); !strings.HasPrefix(out, "added aba-2024: 阿坝2024年政府工作报告 — 2 chapters, 16 headlines, 176 pledges") {
		t.Errorf("aba-2024: %q", out)
	}
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	if out := h.ok("import-report", filepath.Join(cities, "zhumadian-2022.txt")); !strings.HasPrefix(out, "已添加 zhumadian-2022：驻马店市2022年政府工作报告 — 4 章、20 个标题、193 条承诺") {
		t.Errorf("zhumadian-2022: %q", out)
	}
	h.ok("import-report", filepath.Join(cities, "zhumadian-2023.txt"))
	list := h.ok("report", "list")
	for _, want := range []string{"aba-2024\t阿坝2024年政府工作报告\t", "zhumadian-2022\t驻马店市2022年政府工作报告\t", "zhumadian-2023\t驻马店市2023年政府工作报告\t"} {
		if !strings.Contains(list, want) {
			t.Errorf("report list lacks %q:\n%s", want, list)
		}
	}
}
