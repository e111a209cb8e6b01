package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// reviewOn saves my review of a pledge with a note and returns the
// pledge's text.
func reviewOn(t *testing.T, d *Desk, pledgeID, note string) string {
	t.Helper()
	r, err := d.sess.Report(strings.Split(pledgeID, "/")[0])
	if err != nil {
		t.Fatal(err)
	}
	p, ok := r.Pledge(pledgeID)
	if !ok {
		t.Fatalf("no pledge %s", pledgeID)
	}
	rv := data.NewReview(pledgeID, d.sess.Me().ID)
	rv.Status, rv.Note = data.InProgress, note
	if _, err := d.sess.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	return p.Text
}

// stillReviewed fails unless my review with note is on the pledge of
// reportID whose text is text.
func stillReviewed(t *testing.T, d *Desk, reportID, text, note string) {
	t.Helper()
	r, err := d.sess.Report(reportID)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := d.sess.MyReviews(reportID)
	if err != nil {
		t.Fatal(err)
	}
	for id, rv := range rs {
		if p, ok := r.Pledge(id); ok && p.Text == text && rv.Note == note {
			return
		}
	}
	t.Fatalf("the review %q is not on the pledge %q of %s any more: %+v", note, text, reportID, rs)
}

// openReports opens File → 报告管理… and selects report id in it.
func openReports(t *testing.T, d *Desk, h reportsHost, id string) *reportsDialog {
	t.Helper()
	closeOverlays(d)
	rd := showReportsDialog(h)
	settle(d.jobs)
	for i, s := range rd.sums {
		if s.ID == id {
			rd.list.Select(i)
			return rd
		}
	}
	t.Fatalf("%s is not in the list of reports: %s", id, overlayTexts(d.win.Canvas()))
	return nil
}

// addCity imports a city report of the corpus through the preview.
func addCity(t *testing.T, d *Desk, name string) {
	t.Helper()
	importCopy(t, d, corpusFile(t, "cities/"+name), name)
	tapDialogButton(t, d.win.Canvas(), "添加")
	settle(d.jobs)
	if id := strings.TrimSuffix(name, filepath.Ext(name)); d.loaded.report == nil || d.loaded.report.ID != id {
		t.Fatalf("%s is not on the desk", id)
	}
}

func TestReportsMenuEntry(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	for _, it := range d.win.MainMenu().Items[0].Items {
		if it.Label == "报告管理…" && !it.Disabled {
			it.Action()
			settle(d.jobs)
			shown := overlayTexts(d.win.Canvas())
			if !strings.Contains(shown, "本工作区共有 1 份报告") || !strings.Contains(shown, "转型发展蹚新路 太原要写新华章") ||
				!strings.Contains(shown, "taiyuan-2021 · 2021 年 · 太原 · 171 条承诺 · 0 条成效 · 0 条评审") {
				t.Fatalf("the Reports dialog shows:\n%s", shown)
			}
			return
		}
	}
	t.Fatal("no File → 报告管理… entry")
}

// 合肥's Word file has no title line; renaming it in the window keeps its
// id and the review on it.
func TestReportsRenameKeepsTheReviews(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	addCity(t, d, "hefei-2024.docx")
	text := reviewOn(t, d, "hefei-2024/02.01.01", "看进度")

	openReports(t, d, d, "hefei-2024")
	tapDialogButton(t, c, "重命名…")
	if shown := overlayTexts(c); !strings.Contains(shown, "编号 hefei-2024 不变") {
		t.Fatalf("the rename dialog shows:\n%s", shown)
	}
	// the title field has the focus, and Enter renames
	overlayEntry(c).SetText("2024年合肥市政府工作报告（修订）")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	settle(d.jobs)
	if d.loaded.report.ID != "hefei-2024" || d.loaded.report.Title != "2024年合肥市政府工作报告（修订）" {
		t.Fatalf("the desk shows %s titled %q", d.loaded.report.ID, d.loaded.report.Title)
	}
	if shown := overlayTexts(c); !strings.Contains(shown, "2024年合肥市政府工作报告（修订）") || !strings.Contains(shown, "1 条评审") {
		t.Errorf("the list of reports after the rename:\n%s", shown)
	}
	stillReviewed(t, d, "hefei-2024", text, "看进度")
}

// The structure of 合肥 re-opened in the preview: a headline made body
// text, saved through the re-import plan; the review follows its text.
func TestReportsCorrectKeepsTheReviews(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	addCity(t, d, "hefei-2024.docx")
	title := d.loaded.report.Title
	text := reviewOn(t, d, "hefei-2024/03.04.01", "法治")

	w := &watched{Desk: d}
	openReports(t, d, w, "hefei-2024")
	tapDialogButton(t, c, "更正结构…")
	settle(d.jobs)
	shown := overlayTexts(c)
	if !strings.Contains(shown, "保存 hefei-2024 的这一版本？") || !strings.Contains(shown, "21 个标题") {
		t.Fatalf("the preview of the stored report shows:\n%.800s", shown)
	}
	ip := w.preview
	if ip == nil || !ip.version || !ip.id.Disabled() || ip.title.Text != title {
		t.Fatalf("the preview is not of the stored report: %+v", ip)
	}
	ip.tabs.SelectIndex(1)
	ip.list.Select(121)
	tapDialogButton(t, c, "设为正文")
	if _, h, _ := ip.report.Count(); h != 16 {
		t.Fatalf("%d headlines after the correction, want 16", h)
	}
	tapDialogButton(t, c, "保存")
	settle(d.jobs)
	if shown := overlayTexts(c); !strings.Contains(shown, "1 条随文字移到相同文字的承诺上") {
		t.Fatalf("the re-import plan says:\n%s", shown)
	}
	tapDialogButton(t, c, "再次导入")
	settle(d.jobs)
	if _, h, _ := d.loaded.report.Count(); h != 16 || len(d.loaded.report.Corrections) != 1 || d.loaded.report.Title != title {
		t.Fatalf("the desk shows %d headlines, corrections %+v, title %q", h, d.loaded.report.Corrections, d.loaded.report.Title)
	}
	stillReviewed(t, d, "hefei-2024", text, "法治")
}

// watched is the desk with a file chooser that picks path, and which
// keeps the preview of a new version it opens.
type watched struct {
	*Desk
	path    string
	preview *importPreview
}

func (w *watched) chooseFile(_ []string, _ string, then func(string)) { then(w.path) }
func (w *watched) previewVersion(dr *workspace.ReportDraft)           { w.preview = w.openPreview(dr, true) }

// A new version of 驻马店 2023 (a sentence added under the first headline
// of the plan) replaces the old through the preview and the re-import
// plan: the review after the new sentence follows its text.
func TestReportsReplaceKeepsTheReviews(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	addCity(t, d, "zhumadian-2023.txt")
	text := reviewOn(t, d, "zhumadian-2023/03.01.03", "新版本")
	before, _ := d.loaded.report.Pledge("zhumadian-2023/03.01.02")
	raw, err := os.ReadFile(corpusFile(t, "cities/zhumadian-2023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(raw), before.Text) != 1 {
		t.Fatalf("%q is not once in the file", before.Text)
	}
	path := filepath.Join(t.TempDir(), "驻马店2023新版.txt")
	newer := strings.Replace(string(raw), before.Text, "新增一句：全年新建城市公园10个。"+before.Text, 1)
	if err := os.WriteFile(path, []byte(newer), 0o600); err != nil {
		t.Fatal(err)
	}

	w := &watched{Desk: d, path: path}
	openReports(t, d, w, "zhumadian-2023")
	tapDialogButton(t, c, "以新版本替换…")
	settle(d.jobs)
	if ip := w.preview; ip == nil || !ip.version || ip.draft.Path != path {
		t.Fatalf("no preview of the new version: %s", overlayTexts(c))
	}
	tapDialogButton(t, c, "保存")
	settle(d.jobs)
	if shown := overlayTexts(c); !strings.Contains(shown, "1 条随文字移到相同文字的承诺上") {
		t.Fatalf("the re-import plan says:\n%s", shown)
	}
	tapDialogButton(t, c, "再次导入")
	settle(d.jobs)
	if p, _ := d.loaded.report.Pledge("zhumadian-2023/03.01.02"); p.Text != "新增一句：全年新建城市公园10个。" {
		t.Fatalf("the desk does not show the new version: 03.01.02 is %q", p.Text)
	}
	stillReviewed(t, d, "zhumadian-2023", text, "新版本")
}

// Removing 合肥 names the review that goes with it; after File → Undo
// last merge the report and the review are back.
func TestReportsRemoveAndUndo(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	addCity(t, d, "hefei-2024.docx")
	text := reviewOn(t, d, "hefei-2024/02.01.01", "删了再来")

	openReports(t, d, d, "hefei-2024")
	tapDialogButton(t, c, "移除…")
	if shown := overlayTexts(c); !strings.Contains(shown, "（hefei-2024）及其 1 条评审和 0 条进展记录") {
		t.Fatalf("the question says:\n%s", shown)
	}
	tapDialogButton(t, c, "移除")
	settle(d.jobs)
	for _, r := range d.loaded.reports {
		if r.ID == "hefei-2024" {
			t.Fatal("hefei-2024 is still offered on the desk")
		}
	}
	if d.loaded.report.ID != "taiyuan-2021" {
		t.Errorf("the desk shows %s after the removal", d.loaded.report.ID)
	}
	if shown := overlayTexts(c); !strings.Contains(shown, "本工作区共有 1 份报告") {
		t.Errorf("the list after the removal:\n%s", shown)
	}

	closeOverlays(d)
	d.onUndoMerge()
	settle(d.jobs)
	tapDialogButton(t, c, "撤销合并")
	settle(d.jobs)
	if _, err := d.sess.Report("hefei-2024"); err != nil {
		t.Fatalf("hefei-2024 is not back after the undo: %v", err)
	}
	stillReviewed(t, d, "hefei-2024", text, "删了再来")
}
