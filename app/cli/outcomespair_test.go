package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pledgereview/app/workspace"
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

// TestOutcomesTableInTheLocalesLanguage: on 甘肃 2025 → 2026 the table shows
// each pledge's text beside its id, cut with "…" to the terminal's width
// (a CJK character two columns), and the arithmetic and sources in the
// locale's language; in Chinese, word for word the arithmetic of --json.
func TestOutcomesTableInTheLocalesLanguage(t *testing.T) {
	h := newHarness(t)
	importProvinces(t, h)
	t.Setenv("COLUMNS", "60")
	t.Setenv("LANG", "en_GB.UTF-8")
	en := h.ok("outcomes", "--from", "gansu-2025", "--to", "gansu-2026")
	for _, want := range []string{
		"gansu-2025/02.00.11  粮食产量稳定在252亿斤以上。\n    met  target at least 252亿斤, actual over 1300万吨 (= 260亿斤) → met\n",
		"    missed  target 5%, actual 6.1% → met; target about 7%, actual 6.1% → missed\n",
		"  2026 report · part 1 · sentence ",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("the English table lacks %q", want)
		}
	}
	for _, zh := range []string{"实际", "→ 达到", "→ 未达到", "年报告"} {
		if strings.Contains(en, zh) {
			t.Errorf("the English table holds %q", zh)
		}
	}
	cut := 0
	for _, line := range strings.Split(en, "\n") {
		if !strings.HasPrefix(line, "gansu-2025/") {
			continue
		}
		if n := textColumns(line); n > 60 {
			t.Errorf("%d columns: %q", n, line)
		}
		if strings.HasSuffix(line, "…") {
			cut++
		}
	}
	if cut == 0 {
		t.Error("no pledge's text cut with …")
	}
	if !strings.Contains(en, "gansu-2025/02.00.07  今年经济社会发展的主要预期目标是：地区…\n") {
		t.Errorf("02.00.07 not cut to 60 columns:\n%s", en[:min(len(en), 1500)])
	}

	t.Setenv("LANG", "zh_CN.UTF-8")
	zh := h.ok("outcomes", "--from", "gansu-2025", "--to", "gansu-2026")
	var links []struct {
		Arithmetic string `json:"arithmetic"`
		Targets    []struct {
			Arithmetic string `json:"arithmetic"`
		} `json:"targets"`
	}
	if err := json.Unmarshal([]byte(h.ok("outcomes", "--from", "gansu-2025", "--to", "gansu-2026", "--json")), &links); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, k := range links {
		lines := []string{}
		if len(k.Targets) == 0 {
			lines = append(lines, k.Arithmetic)
		}
		for _, c := range k.Targets {
			lines = append(lines, c.Arithmetic)
		}
		for _, l := range lines {
			if l == "" {
				continue
			}
			n++
			if !strings.Contains(zh, "  "+l+"\n") {
				t.Errorf("the Chinese table words %q otherwise", l)
			}
		}
	}
	if n < 20 || !strings.Contains(zh, "2026年报告 · 第一部分 · 第") {
		t.Errorf("%d lines of arithmetic; table:\n%s", n, zh[:min(len(zh), 1500)])
	}
}

// TestOutcomesAcceptOneSaysLink: one link accepted is "1 link", not
// "1 links".
func TestOutcomesAcceptOneSaysLink(t *testing.T) {
	h := newHarness(t)
	importProvinces(t, h)
	h.ok("whoami", "--name", "王芳")
	t.Setenv("LANG", "en_GB.UTF-8")
	for _, id := range []string{"gansu-2025/02.00.10", "gansu-2025/02.00.11"} {
		h.ok("outcomes", "--from", "gansu-2025", "--to", "gansu-2026", "--reject", id)
	}
	// every link rejected but one, in one session (one CLI run per link
	// took 90 s under -race); then the CLI accepts the one left
	s, err := workspace.Open(h.env.Workspace, h.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	pair, err := s.Outcomes("gansu-2025", "gansu-2026")
	if err != nil {
		t.Fatal(err)
	}
	kept := ""
	for _, k := range pair.Links {
		linked := k.Best != nil
		for _, c := range k.Targets {
			linked = linked || c.Best != nil
		}
		if !linked || pair.Rejects(k) {
			continue
		}
		if kept == "" {
			kept = k.Pledge.ID
			continue
		}
		if err := s.RejectOutcome(pair, k); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if kept == "" {
		t.Fatal("no link left to accept")
	}
	_, _, errs := h.run("outcomes", "--from", "gansu-2025", "--to", "gansu-2026", "--accept")
	if !strings.Contains(errs, "1 link accepted into the review of 王芳") {
		t.Errorf("accepting one link says %q", errs)
	}
}

// TestOutcomesSheetInThePacksLanguage: the Outcomes sheet of an English
// table words the arithmetic and the sources in English, of a Chinese one
// in Chinese, the figures as the reports wrote them.
func TestOutcomesSheetInThePacksLanguage(t *testing.T) {
	h := newHarness(t)
	importProvinces(t, h)
	for _, tt := range []struct{ lang, arithmetic, source string }{
		{"en", "target 5%, actual 6.1% → met; target about 7%, actual 6.1% → missed", "2026 report · part 1 · sentence "},
		{"zh", "目标 5%，实际 6.1% → 达到；目标 7%左右，实际 6.1% → 未达到", "2026年报告 · 第一部分 · 第"},
	} {
		path := filepath.Join(h.dir, tt.lang+".xlsx")
		h.ok("export-table", "--report", "gansu-2025", "--lang", tt.lang, "-o", path)
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(f.GetSheetList()[len(f.GetSheetList())-1])
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range rows {
			if len(r) > 5 && r[0] == "gansu-2025/02.00.10" {
				found = true
				if r[3] != tt.arithmetic || !strings.HasPrefix(r[5], tt.source) {
					t.Errorf("%s: 02.00.10 reads %q / %q, want %q / %q…", tt.lang, r[3], r[5], tt.arithmetic, tt.source)
				}
			}
		}
		if !found {
			t.Errorf("%s: no row of 02.00.10 in the last sheet %v", tt.lang, f.GetSheetList())
		}
	}
}
