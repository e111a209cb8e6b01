package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestImportPreviewShowsReviewPart: the review a plan chapter opens with
// is shown in the import preview: 上海 2026's paragraph on the 14th
// five-year period is a review (outcomes), 西藏 2025's paragraph that
// opens on 2025 and looks back over 60 years is review and plan; making
// the review paragraph "plan" gives its 15 sentences back as pledges.
func TestImportPreviewShowsReviewPart(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	defer d.shutdown()
	c := d.win.Canvas()

	ip := importCopy(t, d, corpusFile(t, "provinces-2025/2025年西藏政府工作报告.docx"), "xizang-2025.docx")
	if i := firstLine(ip.lines, "今年是“十四五”规划收官之年，是自治区成立60周年"); i < 0 || ip.roles[i] != roleMixed {
		t.Errorf("西藏 2025's opening of the plan: line %d, role %v, want %s", i, roleAt(ip.roles, i), roleMixed)
	}
	tapDialogButton(t, c, "取消")

	ip = importCopy(t, d, corpusFile(t, "provinces-2026/2026年上海政府工作报告.txt"), "shanghai-2026.txt")
	_, _, p0 := ip.report.Count()
	review := firstLine(ip.lines, "“十四五”时期，上海发展历程极不寻常")
	if review < 0 || ip.roles[review] != roleOutcome {
		t.Fatalf("上海 2026's review of the 14th five-year period: line %d, role %v, want %s", review, roleAt(ip.roles, review), roleOutcome)
	}
	if plan := firstLine(ip.lines, "“十五五”时期具有承前启后的重要地位"); plan < 0 || ip.roles[plan] != roleBody {
		t.Errorf("the plan after the review: line %d, role %v, want %s", plan, roleAt(ip.roles, plan), roleBody)
	}
	ip.tabs.SelectIndex(1)
	ip.list.Select(review)
	tapDialogButton(t, c, "设为部署：承诺")
	if _, _, p := ip.report.Count(); p != p0+15 || ip.roles[review] != roleBody {
		t.Errorf("after making the review paragraph plan: %d pledges (was %d), role %s", p, p0, ip.roles[review])
	}
	if !strings.Contains(ip.fixList.Text, "部署（承诺）") {
		t.Errorf("the corrections list says %q", ip.fixList.Text)
	}
	tapDialogButton(t, c, "取消")
}

func roleAt(roles []string, i int) any {
	if i < 0 {
		return nil
	}
	return roles[i]
}
