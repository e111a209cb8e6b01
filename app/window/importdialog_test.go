package window

import (
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// corpusFile is a file of ../shared/corpus beside the module root.
func corpusFile(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(datatest.CorpusDir(t), rel)
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// tapDialogButton taps the button labelled label in the top dialog.
func tapDialogButton(t *testing.T, c fyne.Canvas, label string) {
	t.Helper()
	b := overlayButton(c, label)
	if b == nil {
		t.Fatalf("no button %q in the dialog", label)
	}
	test.Tap(b)
}

// importCopy copies a corpus file to a temp file called name and opens its
// import preview.
func importCopy(t *testing.T, d *Desk, src, name string) *importPreview {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	return importText(t, d, raw, name)
}

// importText writes raw to a temp file called name and opens its import
// preview.
func importText(t *testing.T, d *Desk, raw []byte, name string) *importPreview {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan *importPreview, 1)
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip := <-done
	if ip == nil {
		t.Fatalf("no preview of %s: %s", name, overlayTexts(d.win.Canvas()))
	}
	return ip
}

func TestImportPreviewOfARealReport(t *testing.T) {
	src := corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "guangdong-2025.DOCX")

	shown := overlayTexts(d.win.Canvas())
	for _, want := range []string{
		"2025年广东省政府工作报告", "guangdong-2025", "docx 文件",
		"2025 年（据报告日期），作报告日期 2025-01-15",
		"3 章（其中附件 1 个）", "名词解释 18 条",
		"附件  附件1 2025年省十件民生实事", // the annex in the outline
		"名词解释：“岳山造林”",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("preview does not show %q:\n%s", want, shown)
		}
	}
	ip.tabs.SelectIndex(2) // 搁置的文字
	if shown := overlayTexts(d.win.Canvas()); !strings.Contains(shown, "页码：1") {
		t.Errorf("set-aside tab does not show the page number with why:\n%s", shown)
	}
	// the lines tab says what each line became
	for i, l := range ip.lines {
		want := map[string]string{"各位代表：": roleFront, "一、2024年工作回顾": roleChapter}[l.Text]
		if want != "" && ip.roles[i] != want {
			t.Errorf("line %q shown as %s, want %s", l.Text, ip.roles[i], want)
		}
	}

	// the file name gives the id; the reviewer may give another
	ip.id.SetText("")
	test.Type(ip.id, "gd-2025")
	tapDialogButton(t, d.win.Canvas(), "添加")
	settle(d.jobs) // the report is stored and read in one job
	if d.loaded.report == nil || d.loaded.report.ID != "gd-2025" || d.loaded.report.Pledges()[0].ID[:8] != "gd-2025/" {
		t.Errorf("the report was not added under the id typed")
	}
}

func TestImportPreviewCorrectionsLandInWorkspace(t *testing.T) {
	src := corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "guangdong-2025.docx")
	c := d.win.Canvas()
	_, h0, _ := ip.report.Count()

	// the first body line of chapter 2 is made a headline
	ip.tabs.SelectIndex(1)
	line := -1
	inChapter2 := false
	for i, l := range ip.lines {
		if ip.roles[i] == roleChapter && strings.Contains(l.Text, "2025年工作安排") {
			inChapter2 = true
		}
		if inChapter2 && ip.roles[i] == roleBody {
			line = i
			break
		}
	}
	if line < 0 {
		t.Fatal("no body line in chapter 2")
	}
	text := ip.lines[line].Text
	ip.list.Select(line)
	if shown := overlayTexts(c); !strings.Contains(shown, "（正文）："+text) {
		t.Fatalf("the selected line is not shown whole with its role:\n%s", shown)
	}
	tapDialogButton(t, c, "设为标题")
	_, h1, _ := ip.report.Count()
	if h1 != h0+1 {
		t.Fatalf("headlines %d → %d after making a line a headline", h0, h1)
	}
	if shown := overlayTexts(c); !strings.Contains(shown, "（标题）："+text) || !strings.Contains(shown, "更正：") {
		t.Errorf("the preview does not show the correction:\n%s", shown)
	}

	// undo, then the same correction again: the preview follows
	tapDialogButton(t, c, "撤销全部更正")
	if _, h, _ := ip.report.Count(); h != h0 {
		t.Fatalf("undo left %d headlines, want %d", h, h0)
	}
	ip.list.Select(line)
	tapDialogButton(t, c, "设为标题")
	ids := pledgeIDs(ip.report)

	tapDialogButton(t, c, "添加")
	settle(d.jobs) // the report is stored and read in one job
	if d.loaded.report == nil || d.loaded.report.ID != "guangdong-2025" {
		t.Fatal("the imported report is not on the desk")
	}
	d.shutdown()

	// what lands in the workspace file: the report with its correction
	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Report("guangdong-2025")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Corrections) != 1 || r.Corrections[0] != (data.Correction{Line: line, Text: text, Make: data.MakeHeadline}) {
		t.Errorf("stored corrections %+v", r.Corrections)
	}
	if _, h, _ := r.Count(); h != h1 {
		t.Errorf("stored report has %d headlines, want %d", h, h1)
	}
	if got := pledgeIDs(r); strings.Join(got, " ") != strings.Join(ids, " ") {
		t.Error("stored pledge ids differ from the preview's")
	}
}

func pledgeIDs(r *data.Report) []string {
	var ids []string
	for _, p := range r.Pledges() {
		ids = append(ids, p.ID)
	}
	return ids
}

func TestDroppedReportsOpenPreviewsInTurn(t *testing.T) {
	src := corpusFile(t, "provinces-2025/2025年北京市政府工作报告.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	dir := t.TempDir()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	docx := filepath.Join(dir, "beijing-2025.DOCX")
	os.WriteFile(docx, raw, 0o600)
	doc := filepath.Join(dir, "old.doc") // an old Word file
	os.WriteFile(doc, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0}, 0o600)

	reviews, reports := droppedFiles([]fyne.URI{storage.NewFileURI(doc), storage.NewFileURI(docx),
		storage.NewFileURI(filepath.Join(dir, "colleague.json")), storage.NewFileURI(filepath.Join(dir, "notes.odt"))})
	if len(reviews) != 1 || len(reports) != 2 {
		t.Fatalf("dropped files sorted as reviews %v, reports %v", reviews, reports)
	}

	finished := false
	d.importDropped(reports, func() { finished = true })
	settle(d.jobs)
	// the .doc file is refused at once; the .DOCX is previewed above that
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "beijing-2025") || finished {
		t.Fatalf("no preview of the dropped .DOCX: %s", got)
	}
	test.Tap(overlayButton(d.win.Canvas(), "取消"))
	if !finished {
		t.Error("closing the last preview did not end the import of the dropped files")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "另存为 .docx") {
		t.Errorf("the .doc file was refused with %q", got)
	}
	if reports, _ := d.sess.Reports(); len(reports) != 1 {
		t.Errorf("workspace changed: %d reports", len(reports))
	}
}

func TestImportedAnnexAndGlossaryOnTheDesk(t *testing.T) {
	src := corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	importCopy(t, d, src, "guangdong-2025.docx")
	tapDialogButton(t, d.win.Canvas(), "添加")
	settle(d.jobs) // the report is stored and read in one job
	r := d.loaded.report
	if r.ID != "guangdong-2025" {
		t.Fatalf("desk shows %s", r.ID)
	}

	// the annex chapter is marked in the tree and its pledges are reviewable
	var annex *data.Chapter
	for i := range r.Chapters {
		if r.Chapters[i].Annex != data.AnnexNone {
			annex = &r.Chapters[i]
		}
	}
	if annex == nil {
		t.Fatal("no annex chapter")
	}
	node := d.views.tree.createNode(false)
	d.views.tree.updateNode(partUID(annex.N, 0), false, node)
	if got := node.(*treeNode).title.message; got != "附件 · "+annex.Title {
		t.Errorf("tree shows the annex as %q", got)
	}
	annexPledge := annex.Headlines[0].Pledges[1]
	d.selectPledge(annexPledge.ID)
	if !strings.HasPrefix(d.views.detail.where.Text, "附件 · ") || !d.views.form.box.Visible() {
		t.Errorf("annex pledge detail says %q", d.views.detail.where.Text)
	}

	// a pledge that uses a glossary term shows the term's explanation
	for _, p := range r.Pledges() {
		g := r.GlossaryFor(p.Text)
		if len(g) == 0 {
			continue
		}
		d.selectPledge(p.ID)
		want := "名词解释" + g[0].Term + "：" + g[0].Text
		if !d.views.detail.glossary.Visible() || !strings.HasPrefix(strings.ReplaceAll(d.views.detail.glossary.Text, "\n", ""), want) {
			t.Errorf("detail of %s shows glossary %q, want %q", p.ID, d.views.detail.glossary.Text, want)
		}
		break
	}
	first := r.Pledges()[0] // the review of 2024 holds no pledge: the first is the plan's
	d.selectPledge(first.ID)
	if len(r.GlossaryFor(first.Text)) == 0 && d.views.detail.glossary.Visible() {
		t.Error("a pledge without glossary terms shows a glossary")
	}
}

func TestImportPreviewSaysWhenTheDeliveryDateIsMissing(t *testing.T) {
	raw, err := os.ReadFile(corpusFile(t, "national/2024-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.Split(string(raw), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "——2024年3月5日") {
			kept = append(kept, l)
		}
	}
	src := filepath.Join(t.TempDir(), "undated.txt")
	if err := os.WriteFile(src, []byte(strings.Join(kept, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	importCopy(t, d, src, "undated-2024.txt")

	shown := overlayTexts(d.win.Canvas())
	if !strings.Contains(shown, "2024 年（据工作回顾一章：回顾之年加一），未找到报告日期") {
		t.Errorf("preview does not say the delivery date was not found:\n%s", shown)
	}
	if strings.Contains(shown, "作报告日期 ?") || strings.Contains(shown, "作报告日期 未找到") {
		t.Errorf("preview still shows an unexplained ?:\n%s", shown)
	}
}

// File → Import a report… opens in Documents at first, then in the folder
// of the last report chosen; not where another file dialog was left.
func TestImportStartsInDocumentsThenTheLastFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	docs, other := filepath.Join(home, "Documents"), filepath.Join(home, "下载的报告")
	for _, f := range []string{filepath.Join(docs, "文档里的报告.txt"), filepath.Join(other, "另一份报告.txt")} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte("一、测试\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	shows := func(name string) bool {
		fileMenuItem(d, "导入报告…").Action()
		defer closeOverlays(d)
		return slices.Contains(overlayWords(d.win.Canvas()), name)
	}
	if !shows("文档里的报告") {
		t.Error("the import does not start in Documents")
	}
	// a report chosen in another folder: the next import starts there
	a.Preferences().SetString(prefImportFolder, other)
	if !shows("另一份报告") {
		t.Error("the import does not start in the last folder")
	}
	// the folder is gone: Documents again
	os.RemoveAll(other)
	if !shows("文档里的报告") {
		t.Error("with the last folder gone the import does not start in Documents")
	}
}

// TestImportPreviewSaysSentencesWereCut: the preview of a file of one
// "sentence" with no 。 for pages says it was cut into pieces.
func TestImportPreviewSaysSentencesWereCut(t *testing.T) {
	src := filepath.Join(t.TempDir(), "huge4.txt")
	if err := os.WriteFile(src, []byte("各位代表：\n二、2025年工作安排\n（一）推进发展\n"+hugeSentence+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	importCopy(t, d, src, "huge4.txt")
	if got := strings.ReplaceAll(overlayTexts(d.win.Canvas()), "\n", ""); !strings.Contains(got, "1 个过长的句子已切分为若干片段，每段标为不完整") {
		t.Errorf("the preview says %q", got)
	}
}
