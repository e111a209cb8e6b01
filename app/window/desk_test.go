package window

import (
	"path/filepath"
	"pledgereview/data/store"
	"reflect"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/seeds"
)

// newTestDesk opens a desk in Chinese on a workspace in a temporary folder,
// with a reviewer who already has a name (so no dialog asks for it).
func newTestDesk(t testing.TB, a fyne.App, ws, cfg string) *Desk {
	t.Helper()
	if a.Preferences().String(prefLanguage) == "" {
		a.Preferences().SetString(prefLanguage, langZh)
	}
	if cfg != "" {
		me, err := workspace.LoadIdentity(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if me.Name == "" {
			me.Name = "王芳"
			if err := workspace.SaveIdentity(cfg, me); err != nil {
				t.Fatal(err)
			}
		}
	}
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	d.win.Resize(fyne.NewSize(1280, 800))
	t.Cleanup(d.shutdown)
	return d
}

// newDesk builds the window, opens the workspace and restores what the
// preferences remember, all before it returns; it does not show the window.
// Its runner holds the results of background work until the test waits for
// them (settle), which then shows them on the test's goroutine.
func newDesk(a fyne.App, opt Options) *Desk {
	d := buildDesk(a, opt, testDeps())
	sess, err := opt.open()
	if err != nil {
		d.showOpenFailure(opt.Workspace, err)
		return d
	}
	d.useSession(sess, nil)
	settle(d.jobs)
	return d
}

func tempPaths(t testing.TB) (ws, cfg string) {
	dir := t.TempDir()
	return filepath.Join(dir, "test.pledgereview"), filepath.Join(dir, "config")
}

func statusIndex(s data.Status) int {
	for i, si := range data.Statuses {
		if si.ID == s {
			return i
		}
	}
	return -1
}

// menuItem finds a main-menu entry by its shortcut.
func menuItem(t *testing.T, d *Desk, sc fyne.Shortcut) *fyne.MenuItem {
	t.Helper()
	for _, m := range d.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() {
				return it
			}
		}
	}
	t.Fatalf("no menu entry for %s", sc.ShortcutName())
	return nil
}

func TestSeedOpensWithTreeListAndCount(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if d.sess == nil || d.loaded.report == nil || d.loaded.report.ID != seeds.Taiyuan2021ID {
		t.Fatalf("seed report not on the desk: %+v", d.loaded.report)
	}
	_, _, n := d.loaded.report.Count()
	if d.views.list.list.Length() != n || n == 0 {
		t.Fatalf("list shows %d rows, report has %d pledges", d.views.list.list.Length(), n)
	}
	if !strings.Contains(d.views.list.count.Text, "共") {
		t.Errorf("count label not in Chinese: %q", d.views.list.count.Text)
	}
	if got := len(d.views.tree.childUIDs("")); got != len(d.loaded.report.Chapters)+1 {
		t.Errorf("tree has %d top nodes, want chapters+1 = %d", got, len(d.loaded.report.Chapters)+1)
	}
	if d.views.tree.reportSel != nil {
		t.Error("report selector shown for a workspace with one report")
	}
	if !strings.Contains(d.views.status.file.Text, ws) || !strings.Contains(d.views.status.reviewer.Text, "王芳") {
		t.Errorf("status bar: %q / %q", d.views.status.file.Text, d.views.status.reviewer.Text)
	}
}

// The proof of the issue: select a pledge, set a score and a status, type a
// note; close, reopen the store and find them.
func TestReviewIsSavedAndSurvivesReopen(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)

	d.views.list.list.Select(2)
	row := d.currentRow()
	if row == nil || row.Pledge.ID != d.loaded.index.Rows[d.listing.rows[2]].Pledge.ID {
		t.Fatal("selecting a list row did not show it")
	}
	id := row.Pledge.ID
	if d.views.detail.id.Text != id {
		t.Errorf("detail shows %q, want %q", d.views.detail.id.Text, id)
	}
	specific := d.views.form.crits[0].c.ID
	test.Tap(d.views.form.crits[0].levels[3])
	d.views.form.status.SetSelectedIndex(statusIndex(data.InProgress))
	test.Type(d.views.form.note, "进度需要核实")
	if !strings.Contains(d.views.status.saved.Text, "已保存") {
		t.Errorf("status bar does not say saved: %q", d.views.status.saved.Text)
	}
	// the list row shows my status and average at once
	if r := rowFor(t, d, id); r.avg.Text != "3.0" || r.mark.FillColor != statusColor(data.InProgress) {
		t.Errorf("the list row shows average %q and mark %v", r.avg.Text, r.mark.FillColor)
	}
	d.onClose() // the note is still waiting for its pause: closing must save it

	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	me, _ := workspace.LoadIdentity(cfg)
	rv, err := st.Review(id, me.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := rv.Scores[specific]; !ok || v != 3 {
		t.Errorf("score %s = %d,%v; want 3", specific, v, ok)
	}
	if rv.Status != data.InProgress {
		t.Errorf("status %q, want in_progress", rv.Status)
	}
	if rv.Note != "进度需要核实" {
		t.Errorf("note %q", rv.Note)
	}
	hist, err := st.History(id, me.ID)
	if err != nil || len(hist) < 3 {
		t.Errorf("history has %d entries (%v), want one per change", len(hist), err)
	}
}

// The typing pause runs on a real timer in a synctest bubble: time there
// moves only when every goroutine of the test waits, so the pause passes
// exactly when the test sleeps past it. The timer hands the save to the
// UI goroutine as the program does, here to the test's own goroutine
// through the desk's runner, which holds it until settle runs it.
func TestNoteSavesAfterPauseAndOnSelectionChange(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		a := test.NewTempApp(t)
		ws, cfg := tempPaths(t)
		d := newTestDesk(t, a, ws, cfg)
		useRealPause(d)
		d.views.list.list.Select(0)
		first := d.currentRow().Pledge.ID

		// saved once typing pauses, not at every key
		test.Type(d.views.form.lead, "市发改委")
		time.Sleep(saveDelay - time.Millisecond)
		synctest.Wait()
		settle(d.jobs)
		if rv, _ := d.sess.MyReview(first); rv.LeadUnit != "" {
			t.Fatalf("saved before the pause: %q", rv.LeadUnit)
		}
		time.Sleep(time.Millisecond)
		synctest.Wait()
		settle(d.jobs)
		if rv, _ := d.sess.MyReview(first); rv.LeadUnit != "市发改委" {
			t.Fatalf("lead unit after the pause: %q", rv.LeadUnit)
		}

		// saved before another pledge shows
		test.Type(d.views.form.note, "待议")
		d.views.list.list.Select(1)
		if rv, _ := d.sess.MyReview(first); rv.Note != "待议" {
			t.Errorf("note of the first pledge = %q after selecting another", rv.Note)
		}
		if d.views.form.note.Text != "" {
			t.Errorf("second pledge shows the first one's note %q", d.views.form.note.Text)
		}

		// a stale pause writes nothing to the next pledge
		time.Sleep(2 * saveDelay)
		synctest.Wait()
		settle(d.jobs)
		second := d.currentRow().Pledge.ID
		if rv, _ := d.sess.MyReview(second); rv.Note != "" || rv.Reviewed() {
			t.Errorf("second pledge got %+v", rv)
		}
	})
}

func TestNotScoredIsNotZero(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	cr := d.views.form.crits[1]
	if !strings.Contains(cr.desc.Text, "未评分") || !cr.clear.Hidden {
		t.Fatalf("unscored criterion reads %q, clear hidden %v", cr.desc.Text, cr.clear.Hidden)
	}
	test.Tap(cr.levels[0])
	rv, _ := d.sess.MyReview(id)
	if v, ok := rv.Scores[cr.c.ID]; !ok || v != 0 {
		t.Fatalf("after tapping 0: %v", rv.Scores)
	}
	if cr.levels[0].Importance != widget.HighImportance || strings.Contains(cr.desc.Text, "未评分") {
		t.Errorf("0 not shown as chosen: importance %v, desc %q", cr.levels[0].Importance, cr.desc.Text)
	}
	test.Tap(cr.clear)
	rv, _ = d.sess.MyReview(id)
	if _, ok := rv.Scores[cr.c.ID]; ok {
		t.Fatalf("after clearing, still scored: %v", rv.Scores)
	}
	if !strings.Contains(cr.desc.Text, "未评分") {
		t.Errorf("cleared criterion reads %q", cr.desc.Text)
	}
}

func TestKeyboard(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	key := func(n fyne.KeyName) { d.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }
	key(fyne.KeyDown)
	if shownPosition(d) != 0 {
		t.Fatalf("Down from nothing selects position %d", shownPosition(d))
	}
	key(fyne.KeyJ)
	key(fyne.KeyJ)
	key(fyne.KeyK)
	if shownPosition(d) != 1 {
		t.Fatalf("after J J K at position %d, want 1", shownPosition(d))
	}
	id := d.currentRow().Pledge.ID
	key(fyne.Key2)
	key(fyne.KeyRight)
	key(fyne.Key4)
	if d.views.form.focus != 1 || d.views.form.crits[1].marker.FillColor != a.Settings().Theme().Color(colorFocusBar, a.Settings().ThemeVariant()) {
		t.Errorf("focus mark on criterion %d", d.views.form.focus)
	}
	rv, _ := d.sess.MyReview(id)
	c0, c1 := d.views.form.crits[0].c.ID, d.views.form.crits[1].c.ID
	if rv.Scores[c0] != 2 || rv.Scores[c1] != 4 || len(rv.Scores) != 2 {
		t.Errorf("scores after 2 → 4: %v", rv.Scores)
	}
	key(fyne.KeyDelete)
	rv, _ = d.sess.MyReview(id)
	if _, ok := rv.Scores[c1]; ok {
		t.Errorf("Delete did not clear criterion %s: %v", c1, rv.Scores)
	}

	menuItem(t, d, keyFlag).Action()
	rv, _ = d.sess.MyReview(id)
	if !rv.Flag {
		t.Error("Ctrl+Shift+F did not flag")
	}
	menuItem(t, d, keySearch).Action()
	if d.win.Canvas().Focused() != d.views.list.search {
		t.Error("Ctrl+F did not focus the search field")
	}
	d.win.Canvas().Unfocus()
	menuItem(t, d, keyNext).Action()
	if shownPosition(d) != 2 {
		t.Errorf("Ctrl+N went to position %d, want 2 (0 is unreviewed but before, 1 reviewed)", shownPosition(d))
	}
}

// The search field, the filters, the tree and clearing, one after the
// other on one desk, as a reviewer narrows the list.
func TestSearchAndFilters(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	all := d.views.list.list.Length()
	shownPledges := func() []data.Pledge {
		var out []data.Pledge
		for _, i := range d.listing.rows {
			out = append(out, d.loaded.index.Rows[i].Pledge)
		}
		return out
	}

	t.Run("search finds Latin and Chinese text", func(t *testing.T) {
		test.Type(d.views.list.search, "5G")
		if n := d.views.list.list.Length(); n == 0 || n >= all {
			t.Fatalf("search 5G shows %d of %d", n, all)
		}
		for _, p := range shownPledges() {
			if !strings.Contains(p.Text, "5G") {
				t.Errorf("row %s does not contain 5G", p.ID)
			}
		}
		d.views.list.search.SetText("停车")
		if d.views.list.list.Length() == 0 {
			t.Error("Chinese substring 停车 finds nothing")
		}
		d.views.list.search.SetText("")
	})

	t.Run("has-target filter", func(t *testing.T) {
		d.views.bar.target.SetSelectedIndex(int(data.Yes))
		for _, p := range shownPledges() {
			if len(p.Targets) == 0 {
				t.Fatalf("has-target filter shows %s", p.ID)
			}
		}
		if n := d.views.list.list.Length(); n == 0 || n == all {
			t.Fatalf("has-target filter shows %d of %d", n, all)
		}
		d.views.bar.target.SetSelectedIndex(int(data.Any))
	})

	t.Run("flagged filter shows the one flagged pledge, clearing brings all back", func(t *testing.T) {
		d.views.list.list.Select(3)
		id := d.currentRow().Pledge.ID
		d.views.form.toggleFlag()
		d.views.bar.flagged.SetSelectedIndex(int(data.Yes))
		if ps := shownPledges(); len(ps) != 1 || ps[0].ID != id {
			t.Fatalf("flagged filter shows %d rows", d.views.list.list.Length())
		}
		if !strings.Contains(d.views.list.count.Text, "1") {
			t.Errorf("count says %q", d.views.list.count.Text)
		}
		d.views.bar.onClear()
		if d.views.list.list.Length() != all {
			t.Errorf("after clearing filters %d of %d", d.views.list.list.Length(), all)
		}
	})

	t.Run("the tree narrows the list to a chapter", func(t *testing.T) {
		d.views.tree.tree.Select("c:2")
		for _, p := range shownPledges() {
			if p.Chapter != 2 {
				t.Fatalf("chapter 2 shows %s", p.ID)
			}
		}
	})
}

func TestPreferencesSurviveRestart(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.bar.scored.SetSelectedIndex(int(data.No))
	d.views.list.search.SetText("企业")
	if d.views.list.list.Length() < 2 {
		t.Fatalf("search 企业 shows %d rows", d.views.list.list.Length())
	}
	d.views.list.list.Select(1)
	id := d.currentRow().Pledge.ID
	d.win.Resize(fyne.NewSize(1100, 700))
	d.onClose()

	d2 := newTestDesk(t, a, ws, cfg)
	if d2.listing.filter.Text != "企业" || d2.listing.filter.Scored != data.No || d2.views.list.search.Text != "企业" || d2.views.bar.scored.SelectedIndex() != int(data.No) {
		t.Errorf("filter not restored: %+v", d2.listing.filter)
	}
	if r := d2.currentRow(); r == nil || r.Pledge.ID != id {
		t.Errorf("last pledge not restored, want %s", id)
	}
	if w := a.Preferences().Float(prefWidth); w != 1100 {
		t.Errorf("window width stored %v", w)
	}
}

func TestFirstStartAsksName(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	t.Cleanup(d.shutdown)
	top := d.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog asks the name on first start")
	}
	sd := d.askName(false)
	sd.name.SetText("  李雷 ")
	sd.onSubmit(true)
	if d.sess.Me().Name != "李雷" {
		t.Errorf("name %q", d.sess.Me().Name)
	}
	me, _ := workspace.LoadIdentity(cfg)
	if me.Name != "李雷" || !strings.Contains(d.views.status.reviewer.Text, "李雷") {
		t.Errorf("identity %q, status %q", me.Name, d.views.status.reviewer.Text)
	}
}

func TestLanguageSwitchRebuildsWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	if d.win.MainMenu().Items[0].Label != "文件" {
		t.Fatalf("Chinese menu reads %q", d.win.MainMenu().Items[0].Label)
	}
	d.setLanguage(langEn)
	if d.win.MainMenu().Items[0].Label != "File" || !strings.Contains(d.views.list.count.Text, "pledges") {
		t.Errorf("English menu %q, count %q", d.win.MainMenu().Items[0].Label, d.views.list.count.Text)
	}
	if d.views.form.status.Selected != "not rated" {
		t.Errorf("status select in English reads %q", d.views.form.status.Selected)
	}
	if r := d.currentRow(); r == nil || r.Pledge.ID != id || d.views.detail.id.Text != id {
		t.Error("the selected pledge was lost in the switch")
	}
	d.setLanguage(langZh)
	if d.win.MainMenu().Items[0].Label != "文件" || a.Preferences().String(prefLanguage) != langZh {
		t.Error("switch back to Chinese failed")
	}
}

// The File menu reads in the order it is listed in menus.go, whatever the
// names of the files that implement its entries, and ends with Quit.
func TestFileMenuOrder(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	var got []string
	for _, it := range d.win.MainMenu().Items[0].Items {
		if it.IsSeparator {
			got = append(got, "—")
			continue
		}
		got = append(got, it.Label)
	}
	want := []string{"Open workspace…", "New workspace…", "Recent workspaces", "—",
		"Import report…", "Reports…", "—",
		"Export briefing pack…", "Export spreadsheet…", "Progress by chapter…", "Last year's pledges…", "Last year's pledges, two reports chosen…", "—",
		"Export my review file…", "Export everything…", "Merge a colleague's file…", "Undo last merge", "Unplaced records…", "—",
		"Settings…", "—", "Quit"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("File menu:\n got %q\nwant %q", got, want)
	}
	if last := d.win.MainMenu().Items[0].Items[len(got)-1]; !last.IsQuit || last.Shortcut == nil {
		t.Error("Quit is not marked as the quit entry with its shortcut")
	}
}

// Ctrl+Q saves the note being typed (still waiting for its pause) and
// closes the workspace, as closing the window does.
func TestCtrlQSavesAndQuits(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	test.Type(d.views.form.note, "会前再核实")
	d.win.Canvas().(fyne.Shortcutable).TypedShortcut(keyQuit)
	for _, w := range a.Driver().AllWindows() {
		if w == d.win {
			t.Error("the window is still open after Ctrl+Q")
		}
	}
	st, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatalf("the workspace is still held after Ctrl+Q: %v", err)
	}
	defer st.Close()
	me, _ := workspace.LoadIdentity(cfg)
	if rv, err := st.Review(id, me.ID); err != nil || rv.Note != "会前再核实" {
		t.Errorf("note after Ctrl+Q: %q (%v)", rv.Note, err)
	}
}

// A key pressed while a dialog is open must not change the review under it.
func TestKeysUnderADialogChangeNothing(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	key := func(n fyne.KeyName) { d.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }
	key(fyne.KeyDown)
	key(fyne.Key3)
	id := d.currentRow().Pledge.ID
	before, _ := d.sess.MyReview(id)
	if before.Scores[d.views.form.crits[0].c.ID] != 3 {
		t.Fatalf("setup: score not set: %v", before.Scores)
	}
	showMessage("提示", "一条消息。", d.win)
	key(fyne.KeyDelete)
	key(fyne.Key1)
	key(fyne.KeyJ)
	menuItem(t, d, keyFlag).Action()
	after, _ := d.sess.MyReview(id)
	if !reflect.DeepEqual(after, before) || d.currentRow().Pledge.ID != id {
		t.Fatalf("keys under a dialog changed the review: %+v → %+v (now on %s)", before, after, d.currentRow().Pledge.ID)
	}
}

// When a save fails, the typed text stays in the form and another pledge
// is not loaded over it.
func TestFailedSaveKeepsTheTypedText(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(1)
	id := d.currentRow().Pledge.ID
	d.sess.Close() // stands for a disk that fails
	test.Type(d.views.form.note, "断电前写的意见")
	d.views.list.list.Select(2)
	if d.currentRow().Pledge.ID != id || d.views.form.note.Text != "断电前写的意见" || !d.views.form.dirty {
		t.Fatalf("after a failed save the form shows %s with %q (dirty %v)", d.currentRow().Pledge.ID, d.views.form.note.Text, d.views.form.dirty)
	}
	if got := overlayTexts(d.win.Canvas()); got == "" {
		t.Error("the failed save was not reported")
	}
	d.onClose()
	if d.closing.closed {
		t.Fatal("the first close went through although the text could not be saved")
	}
}

// passPause lets pause pass in the synctest bubble and runs the saves that
// fell due.
func passPause(d *Desk, pause time.Duration) {
	time.Sleep(pause)
	synctest.Wait()
	settle(d.jobs)
}
