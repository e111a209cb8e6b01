package window

import (
	"fmt"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/encoding/simplifiedchinese"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/seeds"
)

// overlayTexts gathers the text of every label in the top dialog.
func overlayTexts(c fyne.Canvas) string {
	top := c.Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if text, ok := labelText(o); ok {
			b.WriteString(text + "\n")
			continue
		}
		switch w := o.(type) {
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		}
	}
	return b.String()
}

func contentHasButton(c fyne.Canvas, label string) bool {
	for _, o := range test.LaidOutObjects(c.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return true
		}
	}
	return false
}

func TestLockedWorkspaceShowsPlainWordsAndWaysOn(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	held, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	d := newTestDesk(t, a, ws, cfg)
	if d.sess != nil {
		t.Fatal("a locked workspace was opened")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "另一个窗口或程序") {
		t.Errorf("dialog says %q", got)
	}
	c := d.win.Canvas()
	if !contentHasButton(c, "打开工作区…") || !contentHasButton(c, "新建工作区…") {
		t.Error("the window offers no way on after a failed open")
	}
	// the window stays usable: the language can still be switched
	d.setLanguage(langEn)
	if !contentHasButton(c, "Open workspace…") {
		t.Error("failure page not rebuilt in English")
	}
}

func TestDamagedWorkspace(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	if err := os.MkdirAll(filepath.Dir(ws), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ws, []byte(strings.Repeat("这不是工作区", 2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newTestDesk(t, a, ws, cfg)
	if d.sess != nil {
		t.Fatal("a damaged file was opened")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "已损坏") {
		t.Errorf("dialog says %q", got)
	}
}

func TestOpenAnotherWorkspaceAfterFailure(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	held, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	d := newTestDesk(t, a, ws, cfg)
	other := filepath.Join(t.TempDir(), "other.pledgereview")
	done := make(chan bool, 1)
	d.openWorkspace(other, func(ok bool) { done <- ok })
	settle(d.jobs)
	if !<-done {
		t.Fatal("opening another workspace failed")
	}
	if d.loaded.report == nil || d.loaded.report.ID != seeds.Taiyuan2021ID || d.views.list.list.Length() == 0 {
		t.Error("the new workspace is not seeded and shown")
	}
	if rec := recentWorkspaces(a.Preferences()); len(rec) == 0 || rec[0] != other {
		t.Errorf("recent workspaces %v", rec)
	}
}

func TestImportPreviewAddAndCancel(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := filepath.Join(t.TempDir(), "jinzhong-2021.txt")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(seeds.Taiyuan2021, "太原", "晋中")), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan *importPreview, 1)
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip := <-done
	if ip == nil {
		t.Fatal("no preview")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "jinzhong-2021") || !strings.Contains(got, "项承诺") {
		t.Errorf("preview says %q", got)
	}
	ip.dlg.Hide()
	ip.onAnswer(false) // Cancel
	if reports, _ := d.sess.Reports(); len(reports) != 1 {
		t.Fatalf("cancel changed the workspace: %d reports", len(reports))
	}

	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip = <-done
	ip.dlg.Hide()
	ip.onAdd()
	settle(d.jobs)
	if d.loaded.report.ID != "jinzhong-2021" || d.views.tree.reportSel == nil || len(d.loaded.reports) != 2 {
		t.Fatalf("the added report is not on the desk with a selector: %s", d.loaded.report.ID)
	}
	d.views.tree.reportSel.SetSelectedIndex(1) // sorted by id: jinzhong, taiyuan
	settle(d.jobs)
	if d.loaded.report.ID != seeds.Taiyuan2021ID {
		t.Errorf("report selector switched to %s", d.loaded.report.ID)
	}

	// the same file again: refused in plain words that name the report
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip = <-done
	ip.dlg.Hide()
	ip.onAdd()
	settle(d.jobs)
	if reports, _ := d.sess.Reports(); len(reports) != 2 {
		t.Fatalf("the same report was added twice: %d reports", len(reports))
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "这份报告已在工作区中（编号 jinzhong-2021）") {
		t.Errorf("dialog says %q", got)
	}
}

func TestImportGBKText(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(seeds.Taiyuan2021, "太原", "晋中"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "jinzhong-2021.txt")
	if err := os.WriteFile(path, []byte(gbk), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan *importPreview, 1)
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	if ip := <-done; ip == nil || !strings.Contains(ip.report.Title, "晋中") {
		t.Fatalf("a GBK report was not read: %s", overlayTexts(d.win.Canvas()))
	}
	d.win.Canvas().Overlays().Top().Hide()

	// text with no pledges in it: the preview opens on its lines and says
	// in plain words that no report was found; nothing is added
	if err := os.WriteFile(path, []byte{0xcc, 0xab, 0xd4, 0xad, 0xca, 0xd0, '\n'}, 0o600); err != nil { // 太原市 in GBK
		t.Fatal(err)
	}
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip := <-done
	if ip == nil || len(ip.lines) != 1 || ip.lines[0].Text != "太原市" {
		t.Fatal("a file without pledges does not open in the preview with its line")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "未能在此文件中找到章节或承诺") {
		t.Errorf("preview says %q", got)
	}
	d.win.Canvas().Overlays().Top().Hide()
	if reports, _ := d.sess.Reports(); len(reports) != 1 {
		t.Errorf("workspace changed: %d reports", len(reports))
	}
}

func TestPlainWords(t *testing.T) {
	setLanguage(langEn)
	t.Cleanup(func() { setLanguage(langZh) })
	for _, tc := range []struct {
		err  error
		want string
	}{
		{data.ErrLocked, "another window"},
		{data.ErrDamaged, "damaged"},
		{data.ErrNewerSchema, "newer version"},
		{data.ErrReportExists, "already in the workspace"},
		{fmt.Errorf("add report x: %w", &data.SameReportError{ID: "beijing-2025"}), "already in the workspace as beijing-2025, so nothing was added"},
		{os.ErrNotExist, "does not exist"},
		{fmt.Errorf("read report x.txt: %w", ingest.ErrNotText), "binary data, not text"},
		{fmt.Errorf("read report p.pdf: %w: %w", workspace.ErrNotReportFile, workspace.ErrOwnPack), "briefing pack made by Pledge Review, not a report"},
		{fmt.Errorf("read report r.json: %w: %w", workspace.ErrNotReportFile, workspace.ErrOwnReviewFile), "review file made by Pledge Review, not a report"},
	} {
		if got := plainWords(tc.err); !strings.Contains(got, tc.want) {
			t.Errorf("%v → %q, want %q in it", tc.err, got, tc.want)
		}
	}
}
