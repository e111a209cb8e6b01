package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/seeds"
)

// shownTexts gathers the text of every canvas.Text drawn inside o: what
// the user reads, after any truncation.
func shownTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if t, ok := x.(*canvas.Text); ok && t.Visible() && t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}

// A dropdown keeps saying what it filters once a value is chosen, in full.
func TestFilterDropdownsKeepTheirName(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.bar.status.SetSelectedIndex(statusIndex(data.InProgress) + 1)
	d.views.bar.flagged.SetSelectedIndex(int(data.No))
	d.views.bar.scored.SetSelectedIndex(int(data.Yes))
	d.views.bar.target.SetSelectedIndex(int(data.Yes))
	want := []string{"状态：" + statusLabel(data.InProgress), "标记：未标记", "评分：已评分", "目标：有量化目标"}
	shown := strings.Join(shownTexts(d.views.bar.box), "\n")
	for _, w := range want {
		if !strings.Contains(shown, w) {
			t.Errorf("the filter bar does not show %q in full:\n%s", w, shown)
		}
	}
}

// A date typed wrong says so at once and filters nothing; the date that
// filtered before does not go on filtering.
func TestWrongDeadlineSaysSoAndStopsFiltering(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	all := d.views.list.list.Length()
	d.views.bar.deadline.SetText("2021-06-30")
	before := d.views.list.list.Length()
	if before == 0 || before == all || d.views.bar.badDate.Visible() {
		t.Fatalf("a good date shows %d of %d, message shown %v", before, all, d.views.bar.badDate.Visible())
	}
	d.views.bar.deadline.SetText("2021-13-4")
	if !d.views.bar.badDate.Visible() || !strings.Contains(d.views.bar.badDate.message, "“2021-13-4”不是有效日期") {
		t.Errorf("a wrong date says %q (shown %v)", d.views.bar.badDate.message, d.views.bar.badDate.Visible())
	}
	if n := d.views.list.list.Length(); n != all {
		t.Errorf("a wrong date still filters: %d of %d", n, all)
	}
	d.views.bar.deadline.SetText("2021-6-30") // no leading zero: the same date
	if n := d.views.list.list.Length(); n != before || d.views.bar.badDate.Visible() {
		t.Errorf("2021-6-30 shows %d, want %d; message shown %v", n, before, d.views.bar.badDate.Visible())
	}
}

// Filters set for one report are off once another report is on the desk.
func TestFiltersResetOnReportSwitch(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := filepath.Join(t.TempDir(), "jinzhong-2021.txt")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(seeds.Taiyuan2021, "太原", "晋中")), 0o600); err != nil {
		t.Fatal(err)
	}
	narrow := func() {
		d.views.bar.flagged.SetSelectedIndex(int(data.Yes)) // nothing is flagged
		d.views.bar.deadline.SetText("2021-06-30")
		if d.views.list.list.Length() != 0 {
			t.Fatalf("the filters leave %d rows", d.views.list.list.Length())
		}
	}
	reset := func(when string) {
		t.Helper()
		_, _, n := d.loaded.report.Count()
		if got := d.views.list.list.Length(); got != n {
			t.Errorf("%s: the list shows %d of %d (%q)", when, got, n, d.views.list.count.Text)
		}
		if d.views.bar.flagged.SelectedIndex() != 0 || d.views.bar.deadline.Text != "" || d.views.list.search.Text != "" {
			t.Errorf("%s: filters still set: %q %q %q", when, d.views.bar.flagged.Selected, d.views.bar.deadline.Text, d.views.list.search.Text)
		}
	}
	narrow()
	done := make(chan *importPreview, 1)
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	settle(d.jobs)
	ip := <-done
	ip.dlg.Hide()
	ip.onAdd()
	settle(d.jobs)
	if d.loaded.report.ID != "jinzhong-2021" {
		t.Fatal("the imported report is not on the desk")
	}
	reset("after an import")
	narrow()
	d.views.tree.reportSel.SetSelectedIndex(1) // sorted by id: jinzhong, taiyuan
	settle(d.jobs)
	if d.loaded.report.ID != seeds.Taiyuan2021ID {
		t.Fatalf("switched to %s", d.loaded.report.ID)
	}
	reset("after switching report")
}

// A filter that empties the list says so on the right; clearing it says
// how to go on, never a blank pane.
func TestDetailHintWhenTheListEmptiesAndFills(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	d.views.bar.flagged.SetSelectedIndex(int(data.Yes))
	if d.views.list.list.Length() != 0 {
		t.Fatal("the filter leaves rows")
	}
	if got := strings.Join(shownTexts(d.views.detail.head), ""); !strings.Contains(got, "没有承诺符合筛选条件") || !d.views.detail.clear.Visible() {
		t.Errorf("an empty list: the right side shows %q, a Clear button %v", got, d.views.detail.clear.Visible())
	}
	test.Tap(d.views.detail.clear) // the hint's own button clears the filters
	if d.views.list.list.Length() == 0 || d.views.bar.flagged.SelectedIndex() != 0 {
		t.Fatalf("the hint's Clear left %d rows, flag filter %q", d.views.list.list.Length(), d.views.bar.flagged.Selected)
	}
	if got := strings.Join(shownTexts(d.views.detail.head), ""); !strings.Contains(got, "请在列表中选择一项承诺") || d.views.detail.clear.Visible() {
		t.Errorf("filters cleared: the right side shows %q", got)
	}
	d.views.list.list.Select(0)
	if d.views.detail.empties.Visible() {
		t.Error("the hint stays over a pledge shown")
	}
}
