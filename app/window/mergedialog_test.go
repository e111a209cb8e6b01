package window

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// planOf merges files through the window up to what it shows first (the
// plan, or why the files are refused) and returns what that dialog says.
func planOf(t *testing.T, d *Desk, paths ...string) string {
	t.Helper()
	closeOverlays(d)
	d.mergeFiles(paths, nil)
	settle(d.jobs)
	return overlayTexts(d.win.Canvas())
}

// tapMerge taps Merge in the plan dialog, waits for the merge, and returns
// what the window says then.
func tapMerge(t *testing.T, d *Desk) string {
	t.Helper()
	b := overlayButton(d.win.Canvas(), "合并")
	if b == nil || b.Disabled() {
		t.Fatalf("no Merge button to tap in %q", overlayTexts(d.win.Canvas()))
	}
	test.Tap(b)
	settle(d.jobs)
	return overlayTexts(d.win.Canvas())
}

// mergeThrough merges files the way the user does: plan, then Merge.
func mergeThrough(t *testing.T, d *Desk, paths ...string) string {
	t.Helper()
	planOf(t, d, paths...)
	return tapMerge(t, d)
}

// undoThrough is File → Undo last merge: when the window asks, the undo is
// confirmed; it returns what the window says at the end.
func undoThrough(t *testing.T, d *Desk) string {
	t.Helper()
	closeOverlays(d)
	fileMenuItem(d, "撤销上次合并").Action()
	settle(d.jobs)
	if b := overlayButton(d.win.Canvas(), "撤销合并"); b != nil {
		test.Tap(b)
		settle(d.jobs)
	}
	return overlayTexts(d.win.Canvas())
}

func closeOverlays(d *Desk) {
	for o := d.win.Canvas().Overlays().Top(); o != nil; o = d.win.Canvas().Overlays().Top() {
		o.Hide()
	}
}

// overlayEntry is the first text entry of the dialog on top.
func overlayEntry(c fyne.Canvas) *widget.Entry {
	if top := c.Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			switch e := o.(type) {
			case *widget.Entry:
				return e
			case *escEntry:
				return &e.Entry
			}
		}
	}
	return nil
}

// overlayCheck is the first check box of the dialog on top.
func overlayCheck(c fyne.Canvas) *widget.Check {
	if top := c.Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if ch, ok := o.(*widget.Check); ok {
				return ch
			}
		}
	}
	return nil
}

// mergeBackups lists the merge backups beside the workspace.
func mergeBackups(t *testing.T, d *Desk) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(d.sess.BackupDir(), "*-merge-*.bak"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// twoFiles: 李雷 and 张伟 each review a pledge and export their files.
func twoFiles(t *testing.T) (li, zhang string) {
	b, c := newPeer(t, "李雷"), newPeer(t, "张伟")
	b.review(t, rev(sp1, data.Behind, map[string]int{"specific": 2}))
	c.review(t, rev(sp2, data.Done, map[string]int{"impact": 3}))
	return b.export(t), c.export(t)
}

// checkOneMerge: one plan lists both files, Merge writes both after one
// backup, and one undo takes both back.
func checkOneMerge(t *testing.T, d *Desk, plan string, li, zhang string) {
	t.Helper()
	for _, want := range []string{filepath.Base(li), filepath.Base(zhang), "新增评审人\n1（李雷）", "新增评审人\n1（张伟）"} {
		if !strings.Contains(plan, want) {
			t.Errorf("the plan does not say %q:\n%s", want, plan)
		}
	}
	if n := len(d.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open, want the one plan", n)
	}
	got := tapMerge(t, d)
	if !strings.Contains(got, filepath.Base(li)) || !strings.Contains(got, filepath.Base(zhang)) || !strings.Contains(got, "写入 2 条记录") {
		t.Errorf("the result says %q", got)
	}
	if rs := storedReviews(t, d); len(rs) != 2 {
		t.Fatalf("%d reviews after the merge, want both colleagues'", len(rs))
	}
	if b := mergeBackups(t, d); len(b) != 1 {
		t.Errorf("%d merge backups, want one: %v", len(b), b)
	}
	if got := undoThrough(t, d); !strings.Contains(got, "已恢复为上次合并之前") {
		t.Fatalf("the undo says %q", got)
	}
	if rs := storedReviews(t, d); len(rs) != 0 {
		t.Errorf("%d reviews after one undo, want none: it takes back both files", len(rs))
	}
	if it := fileMenuItem(d, "撤销上次合并"); it == nil || !it.Disabled {
		t.Error("Undo last merge is still offered after the only merge was undone")
	}
}

// Two files given in File → Merge colleagues' files… (typed or pasted, one
// per line) make one plan, one backup and one undo.
func TestTwoChosenFilesMergeAsOne(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	li, zhang := twoFiles(t)

	fileMenuItem(d, "合并同事的评审文件…").Action()
	paths := overlayEntry(d.win.Canvas())
	if paths == nil {
		t.Fatalf("the merge dialog has no place to type a path: %q", overlayTexts(d.win.Canvas()))
	}
	// the example path is said to be one, and with no path the dialog
	// offers no way on that would do nothing
	if !strings.HasPrefix(paths.PlaceHolder, "例如：") || !strings.HasSuffix(paths.PlaceHolder, ".pledgereview.json") {
		t.Errorf("the example path reads %q, not as an example", paths.PlaceHolder)
	}
	if next := overlayButton(d.win.Canvas(), "查看合并结果"); !next.Disabled() {
		t.Error("with no file given, 查看合并结果 is offered")
	}
	paths.SetText("  \n")
	if next := overlayButton(d.win.Canvas(), "查看合并结果"); !next.Disabled() {
		t.Error("with blank lines only, 查看合并结果 is offered")
	}
	paths.SetText("\"" + li + "\"\n\n" + storage.NewFileURI(zhang).String() + "\n" + li + "\n")
	test.Tap(overlayButton(d.win.Canvas(), "查看合并结果"))
	settle(d.jobs)
	checkOneMerge(t, d, overlayTexts(d.win.Canvas()), li, zhang)
	if got := a.Preferences().String(prefMergeFolder); got != filepath.Dir(li) {
		t.Errorf("the merge folder remembered is %q, want %q", got, filepath.Dir(li))
	}
}

// Two files dropped on the window at once make one plan, one backup and
// one undo.
func TestTwoDroppedFilesMergeAsOne(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	li, zhang := twoFiles(t)
	d.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(li), storage.NewFileURI(zhang)})
	settle(d.jobs)
	checkOneMerge(t, d, overlayTexts(d.win.Canvas()), li, zhang)
}

// A refused file among good ones is listed in the plan with its reason;
// the others merge.
func TestRefusedFileListedInThePlan(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	li, _ := twoFiles(t)
	missing := filepath.Join(t.TempDir(), "missing.json")
	plan := planOf(t, d, li, missing)
	if !strings.Contains(plan, "不合并") || !strings.Contains(plan, "missing.json") || !strings.Contains(plan, "新增记录\n1") {
		t.Errorf("the plan says %q", plan)
	}
	tapMerge(t, d)
	if rs := storedReviews(t, d); len(rs) != 1 {
		t.Errorf("%d reviews after merging the good file, want 1", len(rs))
	}
}

// Undo refused: the window says why and asks nothing.
func TestUndoRefusedSaysWhyWithoutAsking(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	li, _ := twoFiles(t)
	mergeThrough(t, d, li)
	if _, ok := d.save(rev(sp3, data.Done, map[string]int{"specific": 3})); !ok {
		t.Fatal("save failed")
	}
	held := storedReviews(t, d)
	closeOverlays(d)
	fileMenuItem(d, "撤销上次合并").Action()
	settle(d.jobs)
	got := overlayTexts(d.win.Canvas())
	if !strings.Contains(got, "撤销合并会丢失") {
		t.Errorf("the refusal says %q", got)
	}
	for _, question := range []string{"撤销合并", "取消", "是", "否"} {
		if overlayButton(d.win.Canvas(), question) != nil {
			t.Errorf("the refusal asks a question: button %q in %q", question, got)
		}
	}
	if !reflect.DeepEqual(storedReviews(t, d), held) {
		t.Error("a refused undo changed the workspace")
	}
}

// Allowed: the question says what the undo will do, with the merge's time.
func TestUndoAsksWhatItWillDo(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	li, _ := twoFiles(t)
	mergeThrough(t, d, li)
	closeOverlays(d)
	fileMenuItem(d, "撤销上次合并").Action()
	settle(d.jobs)
	got := overlayTexts(d.win.Canvas())
	if !strings.Contains(got, "将撤回") || !strings.Contains(got, "其他内容都不会改变") || strings.Contains(got, "都会丢失") {
		t.Errorf("the question says %q", got)
	}
	test.Tap(overlayButton(d.win.Canvas(), "取消"))
	if rs := storedReviews(t, d); len(rs) != 1 {
		t.Error("Cancel undid the merge")
	}
}

// A reviewer without a name is asked for it before a review file is
// exported, told why it is asked now, and the export goes on with it.
func TestExportWithoutNameAsksTheNameFirst(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	t.Cleanup(d.shutdown)
	closeOverlays(d) // the welcome dialog, dismissed
	d.showReviewExport(false)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "您的姓名会写进评审文件") || strings.Contains(got, "欢迎") || strings.Contains(got, "文件将包含") {
		t.Fatalf("export without a name shows %q, want the name asked first", got)
	}
	test.Type(overlayEntry(d.win.Canvas()), "赵敏")
	test.Tap(overlayButton(d.win.Canvas(), "确定"))
	got := overlayTexts(d.win.Canvas())
	if !strings.Contains(got, "文件将包含您的 0 条评审") {
		t.Fatalf("after the name the export dialog is not shown: %q", got)
	}
	if e := overlayEntry(d.win.Canvas()); e == nil || !strings.Contains(filepath.Base(e.Text), "赵敏") {
		t.Errorf("the file name does not carry the name: %v", e)
	}
}

func TestPathLines(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder")
	}
	abs := filepath.Join(string(filepath.Separator), "tmp", "李雷 的文件.json")
	got := pathLines(" \"" + abs + "\" \n\n" + storage.NewFileURI(abs).String() + "\n'~/x.json'\n")
	want := []string{abs, filepath.Join(home, "x.json")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pathLines = %q, want %q", got, want)
	}
}

func TestMergeFolderWhereColleaguesFilesAre(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	if got := mergeFolder(""); got != home {
		t.Errorf("no Downloads: %q, want home %q", got, home)
	}
	dl := filepath.Join(home, "Downloads")
	os.Mkdir(dl, 0o755)
	if got := mergeFolder(filepath.Join(home, "gone")); got != dl {
		t.Errorf("last folder gone: %q, want Downloads", got)
	}
	last := t.TempDir()
	if got := mergeFolder(last); got != last {
		t.Errorf("%q, want the last merge folder %q", got, last)
	}
}
