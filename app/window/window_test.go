package window

import (
	"pledgereview/data/store"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/internal/linebreak"
	"pledgereview/data"
	"pledgereview/data/datatest"
)

const hiddenPledge = "taiyuan-2021/01.01.04"

func pressKey(d *Desk, n fyne.KeyName) { d.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }

// filterStatus sets the status filter of the filter bar to s.
func filterStatus(d *Desk, s data.Status) { d.views.bar.status.SetSelectedIndex(statusIndex(s) + 1) }

func reviewOf(t *testing.T, d *Desk, id string) data.Review {
	t.Helper()
	rv, err := d.sess.MyReview(id)
	if err != nil {
		t.Fatal(err)
	}
	return rv
}

// A filter that hides the pledge on the right leaves the list empty here:
// the right side empties and the keys 0–4 score nothing.
func TestFilterHidingShownPledgeEmptiesDetail(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if !d.selectPledge(hiddenPledge) || d.currentRow().Pledge.ID != hiddenPledge {
		t.Fatalf("cannot select %s", hiddenPledge)
	}
	filterStatus(d, data.Behind) // nothing is behind yet
	if n := d.views.list.list.Length(); n != 0 {
		t.Fatalf("status filter 滞后 shows %d rows in a fresh workspace", n)
	}
	pressKey(d, fyne.Key3)
	if rv := reviewOf(t, d, hiddenPledge); rv.Reviewed() || len(rv.Scores) != 0 {
		t.Errorf("the hidden pledge was scored: %+v", rv)
	}
	if d.currentRow() != nil || d.views.detail.id.Text != "" || d.views.form.body.Visible() {
		t.Errorf("right side still shows a pledge: current %v, detail %q, form visible %v",
			d.currentRow() != nil, d.views.detail.id.Text, d.views.form.body.Visible())
	}
	if !strings.Contains(d.views.detail.hint.Text, "没有承诺符合筛选条件") {
		t.Errorf("empty detail says %q", d.views.detail.hint.Text)
	}
	// the list fills again: the reason changes back
	d.views.bar.onClear()
	if !strings.Contains(d.views.detail.hint.Text, "请在列表中选择") {
		t.Errorf("after clearing the filters the detail says %q", d.views.detail.hint.Text)
	}
}

// A filter that hides the pledge on the right moves the selection to the
// first row of the list, and the keys score that one.
func TestFilterHidingShownPledgeSelectsFirstRow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	behind := d.loaded.index.Rows[7].Pledge.ID
	rv := datatest.Review(behind, d.sess.Me().ID, 0)
	rv.Scores = nil
	rv.Status = data.Behind
	if _, ok := d.save(rv); !ok {
		t.Fatal("save failed")
	}
	if behind == hiddenPledge {
		t.Fatal("pick another pledge to put behind")
	}
	d.selectPledge(hiddenPledge)
	filterStatus(d, data.Behind)
	if d.views.list.list.Length() != 1 {
		t.Fatalf("status filter 滞后 shows %d rows, want 1", d.views.list.list.Length())
	}
	if r := d.currentRow(); r == nil || r.Pledge.ID != behind || d.views.detail.id.Text != behind || d.views.form.rv.PledgeID != behind {
		t.Fatalf("right side does not show the first row %s: detail %q", behind, d.views.detail.id.Text)
	}
	if shownPosition(d) != 0 {
		t.Errorf("list selection at %d, want 0", shownPosition(d))
	}
	pressKey(d, fyne.Key3)
	if rv := reviewOf(t, d, hiddenPledge); len(rv.Scores) != 0 {
		t.Errorf("the hidden pledge was scored: %v", rv.Scores)
	}
	if rv := reviewOf(t, d, behind); rv.Scores[d.views.form.crits[d.views.form.focus].c.ID] != 3 {
		t.Errorf("the shown pledge was not scored: %v", rv.Scores)
	}
}

// Typing a search that hides the pledge on the right moves the selection
// without taking the focus from the search field.
func TestSearchHidingShownPledgeKeepsTyping(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.selectPledge(hiddenPledge)
	d.win.Canvas().Focus(d.views.list.search)
	test.Type(d.views.list.search, "5G")
	if d.win.Canvas().Focused() != d.views.list.search {
		t.Fatal("the search field lost the focus")
	}
	r := d.currentRow()
	if r == nil || !strings.Contains(r.Pledge.Text, "5G") || shownPosition(d) != 0 {
		t.Errorf("right side shows %v, want the first row of the search", r)
	}
}

// The first-start name dialog is confirmed with Enter, once a name is typed.
func TestFirstStartNameConfirmsWithEnter(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	t.Cleanup(d.shutdown)
	top := d.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog asks the name on first start")
	}
	name := overlayEntry(d.win.Canvas())
	if name == nil {
		t.Fatal("no name field in the dialog")
	}
	enter := func() { name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }
	enter() // no name yet: nothing happens
	if d.win.Canvas().Overlays().Top() == nil || d.sess.Me().Name != "" {
		t.Fatal("Enter with an empty name closed the dialog")
	}
	test.Type(name, "李雷")
	enter()
	if d.sess.Me().Name != "李雷" {
		t.Errorf("Enter did not confirm the name: %q", d.sess.Me().Name)
	}
	if d.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog is still open after Enter")
	}
}

// When filters hide pledges the count says so, with a way to clear them;
// the clear button says what it does.
func TestCountHintsAtActiveFilters(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	all := d.views.list.list.Length()
	if d.views.list.hint.Visible() {
		t.Fatal("hint shown with no filter")
	}
	if d.views.bar.clear.Text != "清除筛选" {
		t.Errorf("clear button reads %q", d.views.bar.clear.Text)
	}
	filterStatus(d, data.Behind)
	if !strings.Contains(d.views.list.count.Text, "显示 0 项") {
		t.Fatalf("count says %q", d.views.list.count.Text)
	}
	if !d.views.list.hint.Visible() || d.views.list.hint.Text != "（已应用筛选，清除）" {
		t.Fatalf("hint visible %v, text %q", d.views.list.hint.Visible(), d.views.list.hint.Text)
	}
	// still there when the report is read again (as after an import)
	d.Reload()
	settle(d.jobs)
	if !d.views.list.hint.Visible() {
		t.Error("hint lost after reloading the report")
	}
	s := d.views.list.hint.Size()
	test.TapAt(d.views.list.hint, fyne.NewPos(s.Width/2, s.Height/2))
	if d.views.list.list.Length() != all || d.views.list.hint.Visible() || d.views.bar.status.SelectedIndex() != 0 {
		t.Errorf("after tapping the hint: %d of %d rows, hint visible %v, status %d",
			d.views.list.list.Length(), all, d.views.list.hint.Visible(), d.views.bar.status.SelectedIndex())
	}
	// the tree's chapter is not a filter to clear
	d.views.tree.tree.Select("c:2")
	if d.views.list.hint.Visible() {
		t.Error("hint shown for the chapter chosen in the tree")
	}
}

// The locked-workspace dialog at the window's real size: no line of the
// message starts with closing punctuation (Fyne's wrapping put the final
// "。" on a line of its own).
func TestLockedDialogKeepsPunctuationOffLineStart(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	held, err := store.Open(ws, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	d := newTestDesk(t, a, ws, cfg)
	top := d.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	d.win.Canvas().Capture() // draws it at its size
	var lines []string
	for _, o := range test.LaidOutObjects(top) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && strings.Contains("这个一。", firstRune(tx.Text)) {
			lines = append(lines, tx.Text)
		}
	}
	if len(lines) < 2 {
		t.Fatalf("message not wrapped at 1280 px: %q", lines)
	}
	for _, l := range lines {
		if r := []rune(l); len(r) > 0 && linebreak.NoLineStart(r[0]) {
			t.Errorf("a line starts with %q: %q", string(r[0]), lines)
		}
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return "\x00"
}

// shownPosition is where in the list sits the pledge whose id the detail
// shows, -1 when it shows none or the list does not hold it.
func shownPosition(d *Desk) int {
	for pos, i := range d.listing.rows {
		if d.loaded.index.Rows[i].Pledge.ID == d.views.detail.id.Text {
			return pos
		}
	}
	return -1
}
