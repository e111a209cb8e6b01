package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// importProvinces imports 甘肃 2025 (.docx) and 2026 (.txt) and 上海 2026 beside
// the seed, 太原 2021.
func importProvinces(t *testing.T, h *harness) {
	t.Helper()
	dir := datatest.CorpusDir(t)
	for id, f := range map[string]string{
		"gansu-2025":    "provinces-2025/2025年甘肃省政府工作报告.docx",
		"gansu-2026":    "provinces-2026/2026年甘肃政府工作报告.txt",
		"shanghai-2026": "provinces-2026/2026年上海政府工作报告.txt",
	} {
		h.ok("import-report", "--id", id, filepath.Join(dir, f))
	}
}

// TestOutcomesPairChecked: the second report must be another report, of the
// next year, of the same place: the same report and an older one are
// refused; another place or a year apart is refused unless --force, with
// the places or years named, in the locale's language.
func TestOutcomesPairChecked(t *testing.T) {
	h := newHarness(t)
	importProvinces(t, h)
	h.fails(1, "cannot be followed up in itself", "outcomes", "--from", "gansu-2025", "--to", "gansu-2025")
	h.fails(1, "gansu-2025 (2025) is not later than gansu-2026 (2026)", "outcomes", "--from", "gansu-2026", "--to", "gansu-2025")
	h.fails(1, "gansu-2025 (2025) is not later than gansu-2026 (2026)", "outcomes", "--from", "gansu-2026", "--to", "gansu-2025", "--force")
	h.fails(1, "gansu-2025 is of 甘肃, shanghai-2026 of 上海", "outcomes", "--from", "gansu-2025", "--to", "shanghai-2026")
	h.fails(1, "--force", "outcomes", "--from", "gansu-2025", "--to", "shanghai-2026")
	if out := h.ok("outcomes", "--from", "gansu-2025", "--to", "shanghai-2026", "--force"); !strings.Contains(out, "gansu-2025/") {
		t.Errorf("--force did not link the pair:\n%s", out[:min(len(out), 500)])
	}
	if out := h.ok("outcomes", "--from", "gansu-2025", "--to", "gansu-2026"); !strings.Contains(out, "gansu-2025/") {
		t.Errorf("the plausible pair is not linked:\n%s", out[:min(len(out), 500)])
	}

	h.fails(1, "taiyuan-2021 is of 太原", "outcomes", "--from", "taiyuan-2021", "--to", "gansu-2026")
	for _, f := range []string{"2019-state-council.txt", "2021-state-council.txt"} {
		h.ok("import-report", filepath.Join(datatest.CorpusDir(t), "national", f))
	}
	h.fails(1, "2019-state-council is of 2019, 2021-state-council of 2021: the second report is not the next year's",
		"outcomes", "--from", "2019-state-council", "--to", "2021-state-council")

	t.Setenv("LANG", "zh_CN.UTF-8")
	h.fails(1, "gansu-2025 属于甘肃，shanghai-2026 属于上海", "outcomes", "--from", "gansu-2025", "--to", "shanghai-2026")
	h.fails(1, "不能与自身对照", "outcomes", "--from", "gansu-2025", "--to", "gansu-2025")
}
