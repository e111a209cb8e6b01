package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/store"
)

// TestImportCityReportWithoutTitle: 泸州 is one Word paragraph starting at
// 各位代表, with no title and no delivery line. The preview proposes a
// title, says where the year comes from, shows the chapters found at the
// bold headings, and the report is stored under the title in the field.
func TestImportCityReportWithoutTitle(t *testing.T) {
	src := corpusFile(t, "cities/luzhou-2024.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "luzhou-2024.docx")

	if ip.title.Text != "泸州2024年政府工作报告" {
		t.Errorf("proposed title %q, want 泸州2024年政府工作报告", ip.title.Text)
	}
	shown := overlayTexts(d.win.Canvas())
	for _, want := range []string{
		"文件中没有标题（编号 luzhou-2024，docx 文件）",
		"此标题根据文件名和正文拟定，以便与其他报告区分",
		"2024 年（据工作回顾一章：回顾之年加一）",
		"3 章，18 个标题",
		"2023年工作回顾", "    千方百计稳增长，经济发展质效稳中有升",
		"2024年工作安排建议", "    聚焦抓项目增效益，持续巩固经济回升势头",
		"切实加强政府自身建设", "    旗帜鲜明讲政治",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("preview does not show %q:\n%s", want, shown)
		}
	}
	if ip.report.Title != "" {
		t.Errorf("the file's title is %q; it has none", ip.report.Title)
	}

	ip.title.SetText("")
	test.Type(ip.title, "泸州市2024年政府工作报告")
	tapDialogButton(t, d.win.Canvas(), "添加")
	settle(d.jobs)
	if d.loaded.report == nil || d.loaded.report.Title != "泸州市2024年政府工作报告" {
		t.Fatalf("the report on the desk is not titled as typed: %+v", d.loaded.report)
	}
	d.shutdown()

	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Report("luzhou-2024")
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "泸州市2024年政府工作报告" || r.YearFrom != data.YearFromReview || len(r.Bold) == 0 {
		t.Errorf("stored: title %q, year from %q, %d bold spans; want the title typed, the review chapter, the file's bold kept", r.Title, r.YearFrom, len(r.Bold))
	}
}
