package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestRefusedFileIsStructuredByHand: a file in which the importer finds no
// report (one line, read as a title) still opens in the preview with its
// lines; marking them by hand makes it a report that is added.
func TestRefusedFileIsStructuredByHand(t *testing.T) {
	text := "2024年工作报告　一、稳增长。新增就业1万人。二、惠民生。新建学校3所。\n本报告附表另发。\n"
	src := filepath.Join(t.TempDir(), "src.txt")
	if err := os.WriteFile(src, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "refused-2024.txt")
	c := d.win.Canvas()

	if shown := overlayTexts(c); !strings.Contains(shown, "未能在此文件中找到章节或承诺（txt 文件，2 行）") {
		t.Fatalf("the preview does not say that no report was found:\n%s", shown)
	}
	// Add with nothing marked: the preview says why and stays open
	tapDialogButton(t, c, "添加")
	if shown := overlayTexts(c); !strings.Contains(shown, "还没有可添加的报告") || d.loaded.report != nil && d.loaded.report.ID == "refused-2024" {
		t.Fatalf("adding an unstructured file:\n%s", shown)
	}
	tapDialogButton(t, c, "确定")

	ip.tabs.SelectIndex(1)
	ip.list.Select(0)
	tapDialogButton(t, c, "设为标题")
	if ip.draft.Unstructured != nil {
		t.Fatalf("still no report after making line 1 a headline: %v", ip.draft.Unstructured)
	}
	if _, h, p := ip.report.Count(); h != 1 || p != 2 {
		t.Errorf("%d headlines and %d pledges after the correction, want line 1 as the headline and line 2 under it", h, p)
	}
	tapDialogButton(t, c, "添加")
	if d.loaded.report == nil || d.loaded.report.ID != "refused-2024" {
		t.Fatalf("the report made by hand is not on the desk")
	}
}
