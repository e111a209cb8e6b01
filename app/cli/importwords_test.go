package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// onepara is a report the parser cannot structure: a title line, then one
// paragraph of targets (the new-user review's onepara.txt).
const onepara = "某某市2025年政府工作报告\n\n各位代表：今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人，我们将新建5G基站1000个，改造老旧小区50个，年底前建成市民中心。\n"

// Under a Chinese locale every refusal of import-report and outcomes is
// Chinese, and under another English; a file with no pledges found says
// how to go on: the window's import, which corrects the structure.
func TestImportAndOutcomesErrorsSpeakTheUsersLanguage(t *testing.T) {
	h := newHarness(t)
	importPair(t, h)
	h.ok("whoami", "--name", "王芳")
	para := filepath.Join(h.dir, "onepara.txt")
	if err := os.WriteFile(para, []byte(onepara), 0o600); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(datatest.CorpusDir(t), "national", "2021-state-council.txt")
	pack := filepath.Join(h.dir, "meet.pdf")
	h.ok("brief", "-o", pack, "--kind", "meeting", "--report", "2021-state-council")
	for _, tc := range []struct {
		locale string
		runs   []struct{ args, says []string } // the arguments, and what stderr says
	}{
		{"zh_CN.UTF-8", []struct{ args, says []string }{
			{[]string{"import-report", para}, []string{"onepara.txt：没有找到承诺", "请在窗口中导入（不带命令运行 pledgereview，然后选“文件 › 导入报告…”）：在“逐行更正”中标出它的章节和标题"}},
			{[]string{"import-report", pack}, []string{"meet.pdf：这是承诺评审生成的评审简报，不是报告"}},
			{[]string{"import-report", filepath.Join(h.dir, "nosuch.docx")}, []string{"nosuch.docx：没有这个文件"}},
			{[]string{"outcomes", "--from", "taiyuan-2021"}, []string{"taiyuan-2021：工作区中没有同一政府下一年的报告；请用 --to REPORT 指定"}},
			{[]string{"outcomes", "--from", "2021-state-council", "--reject", "x/99.99.99"}, []string{"x/99.99.99 不是 2021-state-council 的承诺"}},
			{[]string{"outcomes"}, []string{"请用 --from REPORT 指定报告"}},
			{[]string{"outcomes", "--from", "nosuch"}, []string{"工作区中没有报告 nosuch"}},
			{[]string{"import-report", again}, []string{"2021-state-council.txt：这份报告已在工作区中（编号 2021-state-council）"}},
			{[]string{"import-report", h.dir}, []string{"这是一个文件夹，不是文件"}},
		}},
		{"en_GB.UTF-8", []struct{ args, says []string }{
			{[]string{"import-report", para}, []string{"onepara.txt: No pledges were found in it", "import it in the window (pledgereview without a command, then File › Import report…): under “Correct by line” you mark its chapters and headlines"}},
			{[]string{"import-report", pack}, []string{"meet.pdf: This is a briefing pack made by Pledge Review, not a report"}},
			{[]string{"import-report", filepath.Join(h.dir, "nosuch.docx")}, []string{"nosuch.docx: There is no such file"}},
			{[]string{"outcomes", "--from", "taiyuan-2021"}, []string{"taiyuan-2021: no report of the same government a year later is in the workspace; name it with --to REPORT"}},
			{[]string{"outcomes", "--from", "2021-state-council", "--reject", "x/99.99.99"}, []string{"x/99.99.99 is no pledge of 2021-state-council"}},
			{[]string{"outcomes"}, []string{"give --from REPORT"}},
			{[]string{"outcomes", "--from", "nosuch"}, []string{"there is no report nosuch in the workspace"}},
			{[]string{"import-report", again}, []string{"2021-state-council.txt: This report is already in the workspace as 2021-state-council"}},
			{[]string{"import-report", h.dir}, []string{"It is a folder, not a file"}},
		}},
	} {
		t.Setenv("LC_ALL", tc.locale)
		for _, r := range tc.runs {
			code, _, errs := h.run(r.args...)
			if code == 0 {
				t.Errorf("%s %v: exit 0", tc.locale, r.args)
			}
			for _, s := range r.says {
				if !strings.Contains(errs, s) {
					t.Errorf("%s %v: stderr %q, want %q", tc.locale, r.args, errs, s)
				}
			}
		}
	}
}
