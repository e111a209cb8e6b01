package window

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"pledgereview/app/briefing"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/datatest"
)

// waitExport waits for the export started in the background to end and
// returns what the dialog it left on the window says: "导出完成 …" with
// the file's path, or "导出失败 …" with the reason.
func waitExport(t *testing.T, d *Desk) string {
	t.Helper()
	settle(d.jobs)
	return overlayTexts(d.win.Canvas())
}

// exportSucceeded fails the test unless the export just started ended
// with the dialog that says where the file is.
func exportSucceeded(t *testing.T, d *Desk) {
	t.Helper()
	if got := waitExport(t, d); !strings.Contains(got, "导出完成") {
		t.Fatalf("export failed: %q", got)
	}
}

// sentencePledges returns pledges that are sentences with some length, so
// that their text is found only in their own block of a pack.
func sentencePledges(d *Desk, n int) []data.Pledge {
	var out []data.Pledge
	for _, r := range d.loaded.index.Rows {
		if r.Pledge.Sentence > 0 && len([]rune(r.Pledge.Text)) > 20 {
			out = append(out, r.Pledge)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

func flag(t *testing.T, d *Desk, p data.Pledge) {
	t.Helper()
	rv := datatest.Review(p.ID, d.sess.Me().ID, 2)
	rv.Flag = true
	if _, ok := d.save(rv); !ok {
		t.Fatal("save failed")
	}
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// overlayButton finds a button of the top dialog by its label.
func overlayButton(c fyne.Canvas, label string) *widget.Button {
	top := c.Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return b
		}
	}
	return nil
}

// exportDialogOf opens the briefing pack dialog on what the pack of the
// desk's report shows.
func exportDialogOf(t *testing.T, d *Desk) *exportDialog {
	t.Helper()
	set, err := d.sess.ReviewSet(d.loaded.report.ID)
	in := briefing.NewInput(set, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return d.openExportDialog(in)
}

func fileMenuItem(d *Desk, label string) *fyne.MenuItem {
	for _, it := range d.win.MainMenu().Items[0].Items {
		if it.Label == label {
			return it
		}
	}
	return nil
}

func TestExportMenuEntries(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	for _, label := range []string{"导出评审简报…", "导出表格…"} {
		it := fileMenuItem(d, label)
		if it == nil || it.Disabled || it.Action == nil {
			t.Fatalf("File menu has no usable %q: %+v", label, it)
		}
	}
	fileMenuItem(d, "导出评审简报…").Action()
	settle(d.jobs) // the pack's input is read off the UI goroutine
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "简报将包含") {
		t.Errorf("the menu entry did not open the export dialog: %q", got)
	}
}

// The proof of the window part: scope "flagged" with one flagged pledge,
// exported to a file; the PDF holds that pledge and no other.
func TestExportFlaggedPackToPDF(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ps := sentencePledges(d, 40)
	flagged, other := ps[0], ps[len(ps)-1]
	flag(t, d, flagged)

	x := exportDialogOf(t, d)
	if x == nil {
		t.Fatal("no export dialog")
	}
	_, _, total := d.loaded.report.Count()
	if want := fmt.Sprintf("全部承诺（%d）", total); x.scope.Options[scopeAll] != want {
		t.Errorf("scope all reads %q, want %q", x.scope.Options[scopeAll], want)
	}
	x.scope.SetSelected(x.scope.Options[scopeFlagged])
	if x.scope.Options[scopeFlagged] != "已标记的承诺（1）" {
		t.Errorf("scope flagged reads %q", x.scope.Options[scopeFlagged])
	}
	if !strings.Contains(x.summary.message, "1 项承诺") || x.exportBtn.Disabled() {
		t.Fatalf("summary %q, export disabled %v", x.summary.message, x.exportBtn.Disabled())
	}
	if radioIndex(x.paper) != 0 {
		t.Error("paper is not A4 by default")
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "x.pdf")
	x.target.entry.SetText(path)
	test.Tap(x.exportBtn)
	exportSucceeded(t, d)
	pdf, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", pdf[:min(16, len(pdf))])
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := squeeze(string(out))
	if !strings.Contains(text, squeeze(flagged.Text)) {
		t.Errorf("the pack does not give back the flagged pledge %s: %q", flagged.ID, flagged.Text)
	}
	if strings.Contains(text, squeeze(other.Text)) {
		t.Errorf("the pack holds %s, which is not flagged", other.ID)
	}

	// the result dialog names the file and offers to open it (opening is
	// tested in exportdone_unix_test.go, with a stand-in xdg-open)
	c := d.win.Canvas()
	if got := overlayTexts(c); !strings.Contains(got, "评审简报已保存") || !strings.Contains(got, path) {
		t.Errorf("result dialog says %q", got)
	}
	if overlayButton(c, "打开 PDF") == nil || overlayButton(c, "在文件夹中显示") == nil {
		t.Fatal("the result dialog offers no way to open the PDF or its folder")
	}

	// the choices and the folder are remembered
	p := a.Preferences()
	if p.String(prefExportFolder) != dir || p.String(prefExportScope) != "flagged" {
		t.Errorf("remembered folder %q scope %q", p.String(prefExportFolder), p.String(prefExportScope))
	}
	x.paper.SetSelected(x.paper.Options[1])
	x.remember(x.options(), path)
	y := exportDialogOf(t, d)
	if radioIndex(y.scope) != scopeFlagged || radioIndex(y.paper) != 1 {
		t.Errorf("the dialog did not restore the last choices: scope %q paper %q", y.scope.Selected, y.paper.Selected)
	}
	if !strings.HasPrefix(y.target.entry.Text, dir+string(filepath.Separator)+d.loaded.report.ID+"-briefing-") ||
		!strings.HasSuffix(y.target.entry.Text, ".pdf") {
		t.Errorf("default file %q is not <report-id>-briefing-<date>.pdf in the last folder", y.target.entry.Text)
	}
}

func TestExportEmptyScopeDisablesExport(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	x := exportDialogOf(t, d)
	x.scope.SetSelected(x.scope.Options[scopeFlagged])
	if x.scope.Options[scopeFlagged] != "已标记的承诺（0）" {
		t.Errorf("scope flagged reads %q", x.scope.Options[scopeFlagged])
	}
	if !x.exportBtn.Disabled() || !strings.Contains(x.summary.message, "这个范围内没有承诺") {
		t.Errorf("empty scope: export disabled %v, summary %q", x.exportBtn.Disabled(), x.summary.message)
	}
	x.scope.SetSelected(x.scope.Options[scopeAll])
	if x.exportBtn.Disabled() {
		t.Error("export stays disabled for all pledges")
	}

	// someone else's flag counts for everyone, not for me alone
	other := sentencePledges(d, 1)[0]
	x.in.Reviews = append(x.in.Reviews, data.Review{PledgeID: other.ID, ReviewerID: "r-colleague", Flag: true})
	x.scope.SetSelected(x.scope.Options[scopeFlagged])
	x.reviewers.SetSelected(x.reviewers.Options[1])
	if x.scope.Options[scopeFlagged] != "已标记的承诺（1）" || x.exportBtn.Disabled() {
		t.Errorf("everyone: %q, disabled %v", x.scope.Options[scopeFlagged], x.exportBtn.Disabled())
	}
	x.reviewers.SetSelected(x.reviewers.Options[0])
	if x.scope.Options[scopeFlagged] != "已标记的承诺（0）" || !x.exportBtn.Disabled() {
		t.Errorf("only me: %q, disabled %v", x.scope.Options[scopeFlagged], x.exportBtn.Disabled())
	}

	// were the export started anyway, it says why, in plain words, and
	// writes nothing
	path := filepath.Join(t.TempDir(), "empty.pdf")
	x.export(path)
	if got := waitExport(t, d); !strings.Contains(got, "导出失败") || !strings.Contains(got, "这个范围内没有承诺") {
		t.Errorf("error dialog says %q", got)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("a file was written for an empty scope: %v", err)
	}
}

// makeUnwritable takes away the right to create files in dir: chmod for a
// user, the immutable attribute for root (whom chmod does not stop).
func makeUnwritable(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return
	}
	if err := exec.Command("chattr", "+i", dir).Run(); err != nil {
		t.Skipf("cannot make a folder unwritable as root here (chattr: %v)", err)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
}

func TestExportToUnwritableFolderKeepsTheGoodFile(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	dir := filepath.Join(t.TempDir(), "locked")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "pack.pdf")
	good := []byte("%PDF-1.4 the good pack of last week")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	makeUnwritable(t, dir)

	x := exportDialogOf(t, d)
	x.target.entry.SetText(path)
	test.Tap(x.exportBtn) // the file exists: a question comes first
	yes := overlayButton(d.win.Canvas(), "替换")
	if yes == nil {
		t.Fatalf("no question before replacing a file: %q", overlayTexts(d.win.Canvas()))
	}
	test.Tap(yes)
	if got := waitExport(t, d); !strings.Contains(got, "导出失败") || !strings.Contains(got, "无法在 "+dir+" 中写入") {
		t.Errorf("error dialog says %q", got)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, good) {
		t.Errorf("the good file was changed: %q", got)
	}
	// closing the error brings the dialog back, with the choices kept
	test.Tap(overlayButton(d.win.Canvas(), "确定"))
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "简报将包含") || x.target.entry.Text != path {
		t.Errorf("the export dialog did not come back after the error: %q", got)
	}
}

func TestExportErrorWords(t *testing.T) {
	test.NewTempApp(t)
	setLanguage(langZh)
	t.Cleanup(func() { setLanguage(langEn) })
	dir := t.TempDir()
	path := filepath.Join(dir, "a.pdf")
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("write %s: %w", path, &os.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}), "磁盘已满"},
		{fmt.Errorf("%w in %s: %w", data.ErrCannotCreateFile, dir, &os.PathError{Op: "open", Path: dir, Err: syscall.EACCES}), "无法在 " + dir + " 中写入"},
		{fmt.Errorf("%w in %s: %w", data.ErrCannotCreateFile, dir, &os.PathError{Op: "open", Path: dir, Err: syscall.EROFS}), "无法在 " + dir + " 中写入"},
		{fmt.Errorf("write %s: %w: %w", path, workspace.ErrInUse, os.ErrPermission), "a.pdf 正被其他程序"},
		{briefing.ErrEmptyScope, "这个范围内没有承诺"},
		{errNoFileName, "请给文件起个名字"},
	}
	for _, c := range cases {
		if got := exportErrorText(c.err, path); !strings.Contains(got, c.want) {
			t.Errorf("%v: %q, want %q", c.err, got, c.want)
		}
	}
	missing := filepath.Join(dir, "gone", "a.pdf")
	err := fmt.Errorf("%w in %s: %w", data.ErrCannotCreateFile, filepath.Dir(missing), &os.PathError{Op: "open", Path: missing, Err: syscall.ENOENT})
	if got := exportErrorText(err, missing); !strings.Contains(got, "不存在") {
		t.Errorf("missing folder: %q", got)
	}
	setLanguage(langEn)
	if got := exportErrorText(briefing.ErrEmptyScope, path); got != "No pledge is in this scope. Choose another scope." {
		t.Errorf("English: %q", got)
	}
}

func TestExportSpreadsheetXLSXAndCSV(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	p := sentencePledges(d, 1)[0]
	flag(t, d, p)
	_, _, total := d.loaded.report.Count()
	dir := t.TempDir()

	td := d.showTableDialog()
	if td == nil {
		t.Fatal("no spreadsheet dialog")
	}
	if !strings.HasSuffix(td.target.entry.Text, ".xlsx") {
		t.Errorf("default file %q is not .xlsx", td.target.entry.Text)
	}
	td.target.entry.SetText(filepath.Join(dir, "table")) // no extension: .xlsx is added
	test.Tap(td.exportBtn)
	exportSucceeded(t, d)
	xl := filepath.Join(dir, "table.xlsx")
	f, err := excelize.OpenFile(xl)
	if err != nil {
		t.Fatalf("the XLSX does not open: %v", err)
	}
	rows, err := f.GetRows(briefing.SheetPledges.Name(briefing.LangZh))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != total+1 {
		t.Errorf("XLSX has %d rows, want a header and %d pledges", len(rows), total)
	}
	if !rowWith(rows, p.ID, p.Text) {
		t.Errorf("no XLSX row holds %s with its text", p.ID)
	}
	// No pack language chosen yet: the sheet's words are the interface's.
	if want := map[bool]string{false: "ID", true: "编号"}[isZh()]; rows[0][0] != want {
		t.Errorf("the sheet's first header is %q, want %q in the interface's language", rows[0][0], want)
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "表格已保存") {
		t.Errorf("result dialog says %q", got)
	}
	pressKey(d, fyne.KeyEscape) // Esc closes the result dialog

	// CSV: switching the format changes the name; the file starts with a BOM
	td = d.showTableDialog()
	td.format.SetSelected(td.format.Options[1])
	if !strings.HasSuffix(td.target.entry.Text, ".csv") {
		t.Fatalf("CSV format, file %q", td.target.entry.Text)
	}
	if filepath.Dir(td.target.entry.Text) != dir {
		t.Errorf("the folder of the last export is not offered: %q", td.target.entry.Text)
	}
	csvPath := td.target.entry.Text
	test.Tap(td.exportBtn)
	exportSucceeded(t, d)
	raw, err := os.ReadFile(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("the CSV has no byte-order mark: % x", raw[:min(3, len(raw))])
	}
	recs, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	if len(recs) != total+1 || !rowWith(recs, p.ID, p.Text) {
		t.Errorf("CSV has %d records (want %d) or lacks %s", len(recs), total+1, p.ID)
	}
	if a.Preferences().String(prefExportTableExt) != ".csv" {
		t.Error("the CSV choice is not remembered")
	}
}

func rowWith(rows [][]string, cells ...string) bool {
	for _, r := range rows {
		n := 0
		for _, want := range cells {
			for _, c := range r {
				if c == want {
					n++
					break
				}
			}
		}
		if n == len(cells) {
			return true
		}
	}
	return false
}
