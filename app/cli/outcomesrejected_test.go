package cli

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// importGansu imports Gansu's reports of 2025 (.docx) and 2026 (.txt) as
// gansu-2025 and gansu-2026, as the reviewer of the findings did.
func importGansu(t *testing.T, h *harness) {
	t.Helper()
	dir := datatest.CorpusDir(t)
	h.ok("import-report", "--id", "gansu-2025", filepath.Join(dir, "provinces-2025", "2025年甘肃省政府工作报告.docx"))
	h.ok("import-report", "--id", "gansu-2026", filepath.Join(dir, "provinces-2026", "2026年甘肃政府工作报告.txt"))
}

// TestRejectedLinkLeavesCountsAndBrief: a link rejected (the reviewer's
// word that the sentence does not report on the pledge) no longer counts
// as missed in the CLI's summary, and the meeting brief's 上年承诺兑现
// block counts it as 已驳回 and no longer lists it as missed; on Gansu
// 2025 → 2026, pledge 02.00.10 of the findings.
func TestRejectedLinkLeavesCountsAndBrief(t *testing.T) {
	h := newHarness(t)
	importGansu(t, h)
	var links []struct{ Pledge, Text, Verdict string }
	if err := json.Unmarshal([]byte(h.ok("outcomes", "--from", "gansu-2025", "--json")), &links); err != nil {
		t.Fatal(err)
	}
	id, missed := "", 0
	for _, l := range links {
		if l.Verdict == "missed" {
			missed++
			if strings.Contains(l.Text, "城乡居民人均可支配收入分别增长5%和7%左右") {
				id = l.Pledge
			}
		}
	}
	if id == "" {
		t.Fatal("the income pledge is not judged missed: the finding cannot be checked")
	}
	brief := func() string {
		pdf := filepath.Join(h.dir, "meeting.pdf")
		h.ok("brief", "--kind", "meeting", "--report", "gansu-2025", "-o", pdf)
		raw, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return strings.Join(strings.Fields(string(raw)), "")
	}
	short := strings.TrimPrefix(id, "gansu-2025/")
	if before := brief(); !strings.Contains(before, short) {
		t.Fatalf("before the rejection the brief does not list %s", short)
	}
	table := h.ok("outcomes", "--from", "gansu-2025", "--reject", id)
	want := fmt.Sprintf("missed %d, ", missed-1)
	if !strings.Contains(table, want) || !strings.Contains(table, "rejected 1, ") {
		t.Errorf("the summary after rejecting %s lacks %q and \"rejected 1\":\n%s", id, want, lastLine(table))
	}
	after := brief()
	if strings.Contains(after, short) {
		t.Errorf("the meeting brief still lists the rejected %s", short)
	}
	if !strings.Contains(after, fmt.Sprintf("未达到missed%d", missed-1)) || !strings.Contains(after, "已驳回rejected1") {
		t.Errorf("the brief's counts do not follow the rejection:\n%s", around(after, "上年承诺兑现", 400))
	}
}

// around is up to n bytes of s from the first at, or the whole of s when
// it holds no at.
func around(s, at string, n int) string {
	if i := strings.Index(s, at); i >= 0 {
		s = s[i:]
	}
	return s[:min(n, len(s))]
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
