package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/datatest"
)

// cityReport imports a city report of the corpus into the harness's
// workspace (with a named reviewer) and returns its id.
func cityReport(t *testing.T, h *harness, name string) string {
	t.Helper()
	h.ok("whoami", "--name", "王芳")
	h.ok("import-report", filepath.Join(datatest.CorpusDir(t), "cities", name))
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// myReviews are the harness reviewer's reviews of a report, with the text
// of the pledge each is on.
func myReviews(t *testing.T, h *harness, reportID string) map[string]data.Review {
	t.Helper()
	s, err := workspace.Open(h.env.Workspace, h.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Report(reportID)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := s.MyReviews(reportID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]data.Review{}
	for id, rv := range rs {
		p, ok := r.Pledge(id)
		if !ok {
			t.Fatalf("a review is on %s, which %s does not have", id, reportID)
		}
		out[p.Text] = rv
	}
	return out
}

// reviewed says a review is on the pledge with text, with the note given.
func reviewed(t *testing.T, h *harness, reportID, text, note string) {
	t.Helper()
	rv, ok := myReviews(t, h, reportID)[text]
	if !ok || rv.Note != note || rv.Status != data.InProgress {
		t.Fatalf("no review %q on the pledge %q of %s: %+v", note, text, reportID, myReviews(t, h, reportID))
	}
}

// pledgeText is the text of a pledge of a stored report.
func pledgeText(t *testing.T, h *harness, reportID, pledgeID string) string {
	t.Helper()
	for _, line := range strings.Split(h.ok("list", "--report", reportID), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 5 && f[0] == pledgeID {
			return f[4]
		}
	}
	t.Fatalf("%s has no pledge %s", reportID, pledgeID)
	return ""
}

// 合肥's Word file has no title line: the title proposed on import is
// listed, `report rename` gives it another, the review stays; a new id is
// refused, with why.
func TestReportRenameKeepsTheReviews(t *testing.T) {
	h := newHarness(t)
	id := cityReport(t, h, "hefei-2024.docx")
	text := pledgeText(t, h, id, "hefei-2024/02.01.01")
	h.ok("review", "hefei-2024/02.01.01", "--status", "in_progress", "--note", "看进度")

	list := h.ok("report", "list")
	if !strings.Contains(list, "hefei-2024\t合肥2024年政府工作报告\t2024\t合肥\t231\t158\t1\t") {
		t.Fatalf("report list before the rename:\n%s", list)
	}
	h.ok("report", "rename", id, "--title", "2024年合肥市政府工作报告")
	if list := h.ok("report", "list"); !strings.Contains(list, "hefei-2024\t2024年合肥市政府工作报告\t2024\t合肥市\t231\t158\t1\t") {
		t.Fatalf("report list after the rename:\n%s", list)
	}
	reviewed(t, h, id, text, "看进度")
	h.fails(2, "a report keeps its id", "report", "rename", id, "--title", "合肥", "--id", "hefei-2024b")
	h.fails(2, "--title", "report", "rename", id, "--title", " ")
}

// 合肥's last chapter has five headlines; `report correct --body` on the
// first line of them corrects the structure stored with the report, and
// the review on the fourth follows its text to its new id.
func TestReportCorrectKeepsTheReviews(t *testing.T) {
	h := newHarness(t)
	id := cityReport(t, h, "hefei-2024.docx")
	text := pledgeText(t, h, id, "hefei-2024/03.04.01")
	h.ok("review", "hefei-2024/03.04.01", "--status", "in_progress", "--note", "法治")

	lines := h.ok("report", "correct", id, "--lines")
	if !strings.Contains(lines, "3\tchapter 1\t一、2023年工作回顾\n") || !strings.Contains(lines, "122\theadline\t坚持以忠为魂讲政治。") {
		t.Fatalf("--lines does not number the lines as the corrections count them:\n%.600s", lines)
	}
	dry := h.ok("report", "correct", id, "--body", "122", "--dry-run")
	if !strings.Contains(dry, "headlines 21 → 16") || !strings.Contains(dry, "1 moved (found by text)") {
		t.Fatalf("the dry run says:\n%s", dry)
	}
	if got := pledgeText(t, h, id, "hefei-2024/03.04.01"); got != text {
		t.Fatal("the dry run changed the report")
	}
	out := h.ok("report", "correct", id, "--body", "122")
	if !strings.Contains(out, "1 moved") {
		t.Fatalf("correct says:\n%s", out)
	}
	reviewed(t, h, id, text, "法治")
	if strings.Contains(h.ok("report", "correct", id, "--lines"), "122\theadline") {
		t.Error("line 122 is still a headline after the correction")
	}

	// the correction is stored: a second one keeps it, --reset drops it
	out = h.ok("report", "correct", id, "--review-chapter", "3", "--dry-run")
	if !strings.Contains(out, "headlines 16 → 16") {
		t.Errorf("a second correction does not keep the first:\n%s", out)
	}
	if out = h.ok("report", "correct", id, "--reset"); !strings.Contains(out, "headlines 16 → 21") {
		t.Errorf("--reset says:\n%s", out)
	}
	reviewed(t, h, id, text, "法治")
	h.fails(2, "from 1 to 3", "report", "correct", id, "--review-chapter", "4")
}

// A new version of 驻马店 2023 (a sentence added under the first headline
// of the plan) is imported over the old one: the review follows its text.
func TestReportReplaceKeepsTheReviews(t *testing.T) {
	h := newHarness(t)
	id := cityReport(t, h, "zhumadian-2023.txt")
	raw, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "cities", "zhumadian-2023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	pledge := id + "/03.01.03"
	text := pledgeText(t, h, id, pledge)
	h.ok("review", pledge, "--status", "in_progress", "--note", "新版本")

	before := pledgeText(t, h, id, id+"/03.01.02")
	added := "新增一句：全年新建城市公园10个。"
	if strings.Count(string(raw), before) != 1 {
		t.Fatalf("%q is not once in the file", before)
	}
	newer := strings.Replace(string(raw), before, added+before, 1)
	path := filepath.Join(t.TempDir(), "驻马店2023新版.txt")
	if err := os.WriteFile(path, []byte(newer), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := h.ok("report", "replace", id, path, "--dry-run"); !strings.Contains(out, "1 moved") {
		t.Fatalf("the dry run says:\n%s", out)
	}
	out := h.ok("report", "replace", id, path)
	if !strings.Contains(out, "1 moved") {
		t.Fatalf("replace says:\n%s", out)
	}
	reviewed(t, h, id, text, "新版本")
	if got := pledgeText(t, h, id, id+"/03.01.02"); got != "新增一句：全年新建城市公园10个。" {
		t.Errorf("the new version is not stored: its first plan pledge is %q", got)
	}
	h.fails(1, "not a version of this report", "report", "replace", id, seedPath(t))
}

// Removing a report says first how many reviews go with it; with --yes it
// goes after a backup, and `undo` brings it back with its review.
func TestReportRemoveAndUndo(t *testing.T) {
	h := newHarness(t)
	id := cityReport(t, h, "hefei-2024.docx")
	text := pledgeText(t, h, id, "hefei-2024/02.01.01")
	h.ok("review", "hefei-2024/02.01.01", "--status", "in_progress", "--note", "删了再来")

	h.fails(2, "takes 1 review and 0 progress updates with it; give --yes", "report", "remove", id)
	if !strings.Contains(h.ok("report", "list"), id) {
		t.Fatal("removed without --yes")
	}
	out := h.ok("report", "remove", id, "--yes")
	if !strings.Contains(out, "removed hefei-2024 and its 1 review;") {
		t.Fatalf("remove says:\n%s", out)
	}
	if strings.Contains(h.ok("report", "list"), id) {
		t.Fatal("the report is still listed")
	}
	h.fails(1, "there is no report hefei-2024", "report", "remove", id, "--yes")

	h.ok("undo")
	if !strings.Contains(h.ok("report", "list"), "hefei-2024\t合肥2024年政府工作报告\t2024\t合肥\t231\t158\t1\t") {
		t.Fatalf("after the undo the list is:\n%s", h.ok("report", "list"))
	}
	reviewed(t, h, id, text, "删了再来")

	h.ok("report", "remove", "taiyuan-2021", "--yes")
	h.fails(1, "only report", "report", "remove", id, "--yes")
}

// Under a Chinese locale `report` speaks Chinese: the list's header and
// the refusal to remove without --yes.
func TestReportSpeaksChinese(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	h := newHarness(t)
	id := cityReport(t, h, "hefei-2024.docx")
	if list := h.ok("report", "list"); !strings.HasPrefix(list, "编号\t标题\t年份\t地区\t承诺\t成效\t评审\t导入时间\n") {
		t.Errorf("report list:\n%s", list)
	}
	h.fails(2, "移除 hefei-2024（合肥2024年政府工作报告）将一并移除 0 条评审和 0 条进展记录；确定移除请加 --yes", "report", "remove", id)
	h.fails(2, "报告编号不能更改", "report", "rename", id, "--title", "合肥", "--id", "hefei")
}
