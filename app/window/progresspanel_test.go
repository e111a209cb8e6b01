package window

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/data"
)

const fiveG = "taiyuan-2021/01.01.00" // 年底5G基站达到5000座以上

// typeUpdate types an update into the panel and presses Enter in the last field.
func typeUpdate(d *Desk, value, date, source string) {
	pp := d.views.prog
	pp.value.SetText("")
	test.Type(pp.value, value)
	pp.date.SetText(date)
	pp.source.SetText("")
	test.Type(pp.source, source)
	pp.source.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

func TestProgressEntryByKeyboardShowsTheSuggestionEverywhere(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if !d.selectPledge(fiveG) {
		t.Fatal("no 5G pledge")
	}
	pp := d.views.prog
	if pp.target.PlaceHolder != "选择目标" {
		t.Errorf("the target list reads %q in the Chinese window", pp.target.PlaceHolder)
	}
	if pp.value.Disabled() || !strings.HasPrefix(pp.target.Selected, "1  5G基站 ≥5000座") {
		t.Fatalf("panel disabled %v, target %q", pp.value.Disabled(), pp.target.Selected)
	}
	if !strings.Contains(pp.series.Text, "还没有进度数据") {
		t.Errorf("series before any update: %q", pp.series.Text)
	}
	typeUpdate(d, "3000", "2021-09-30", "市通信管理局通报")

	ups, err := storedProgress(d, fiveG)
	if err != nil || len(ups) != 1 || ups[0].Value != 3000 || ups[0].Target != 1 || ups[0].ReviewerID != d.sess.Me().ID {
		t.Fatalf("stored %+v %v", ups, err)
	}
	// 2021 is over and 5000 was not reached: overdue, beside my own status
	if want := "序时进度建议：逾期未完成 · 我的状态：未评估"; pp.verdict.Text != want {
		t.Errorf("verdict %q, want %q", pp.verdict.Text, want)
	}
	if want := "3000/5000=60.0%；期限2021-12-31（年底）已过 → 逾期未完成"; pp.line.Text != want {
		t.Errorf("arithmetic %q, want %q", pp.line.Text, want)
	}
	if !strings.Contains(pp.series.Text, "#1  3000  @2021-09-30  · 王芳 · 市通信管理局通报") {
		t.Errorf("series %q", pp.series.Text)
	}
	if !pp.chart.Visible() || len(pp.chart.Points()) != 1 {
		t.Errorf("sparkline visible %v with %d points", pp.chart.Visible(), len(pp.chart.Points()))
	}
	if pp.value.Text != "" {
		t.Errorf("the value field keeps %q after adding", pp.value.Text)
	}
	row := listRowOf(t, d, fiveG)
	if !row.sched.Visible() || row.sched.Text() != "逾期未完成" {
		t.Errorf("list row shows %q", row.sched.Text())
	}

	// the behind-schedule filter keeps exactly the pledges found behind or overdue
	d.views.bar.behind.SetChecked(true)
	if len(d.listing.rows) != 1 || d.loaded.index.Rows[d.listing.rows[0]].Pledge.ID != fiveG {
		t.Fatalf("behind filter keeps %d rows", len(d.listing.rows))
	}
	if !d.filtersActive() {
		t.Error("the behind filter does not count as a filter")
	}
	d.views.bar.onClear()
	if d.listing.behindOnly || d.views.bar.behind.Checked {
		t.Error("clearing the filters leaves the behind filter on")
	}

	// a value that is no number is refused with a message, and nothing is stored
	typeUpdate(d, "很多", "2021-10-31", "")
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "not a number") {
		t.Errorf("error dialog says %q", got)
	}
	if ups, _ := storedProgress(d, fiveG); len(ups) != 1 {
		t.Errorf("%d updates stored after a bad value", len(ups))
	}
}

// listRowOf draws the list row of a pledge as the list would.
func listRowOf(t *testing.T, d *Desk, id string) *pledgeRow {
	t.Helper()
	i, ok := d.loaded.index.Position(id)
	pos := d.rowPosition(i)
	if !ok || pos < 0 {
		t.Fatalf("%s is not in the list", id)
	}
	r := newPledgeRow()
	d.views.list.updateRow(pos, r)
	return r
}

func TestProgressViewCountsByChapter(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if _, err := d.sess.AddProgress(
		data.ProgressUpdate{PledgeID: fiveG, Target: 1, Value: 5200, AsOf: "2021-11-30"},
		data.ProgressUpdate{PledgeID: "taiyuan-2021/01.04.01", Target: 1, Value: 2, AsOf: "2021-06-30"},
	); err != nil {
		t.Fatal(err)
	}
	d.Reload()
	settle(d.jobs)
	pv := d.showProgressView()
	if pv == nil {
		t.Fatal("no progress view")
	}
	want := "符合 0 · 滞后 0 · 逾期 1 · 完成 1 · 无数据 19"
	if !strings.Contains(pv.title.Text, want) {
		t.Errorf("chapter 1 reads %q, want %q", pv.title.Text, want)
	}
	if n := len(pv.pledges.Objects); n != 3 {
		t.Fatalf("%d entries listed, want the overdue, the done and the no-data line", n)
	}
	if !strings.Contains(pv.chapterLine(&d.loaded.report.Chapters[1]), "无数据 19") {
		t.Errorf("chapter 2 line %q", pv.chapterLine(&d.loaded.report.Chapters[1]))
	}
}

func TestProgressViewAsOfAnotherDay(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if _, err := d.sess.AddProgress(data.ProgressUpdate{PledgeID: fiveG, Target: 1, Value: 3000, AsOf: "2021-09-30"}); err != nil {
		t.Fatal(err)
	}
	d.Reload()
	settle(d.jobs)
	pv := d.showProgressView()
	test.Type(pv.asOf, "x") // not a date: nothing changes
	pv.asOf.SetText("2021-10-08")
	if want := "符合 0 · 滞后 1 · 逾期 0 · 完成 0 · 无数据 20"; !strings.Contains(pv.title.Text, want) {
		t.Errorf("as of 2021-10-08 chapter 1 reads %q, want %q", pv.title.Text, want)
	}
	if d.verdict(d.loaded.index.Rows[0].Pledge) != data.VerdictOverdue {
		t.Error("the desk's own suggestion changed with the window's date")
	}
}

// The Settings dialog sets the plan start and the tolerance of the
// workspace, and the desk runs the test again with them.
func TestSettingsSetTheScheduleTest(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	sd := d.askName(false)
	settle(d.jobs) // the settings are read off the UI goroutine
	if sd.schedule == nil || sd.schedule.tolerance.Text != "5" || sd.schedule.start.Text != "" {
		t.Fatal("the settings dialog does not show the schedule settings")
	}
	sd.schedule.tolerance.SetText("很多")
	if sd.schedule.tolerance.Validate() == nil {
		t.Error("a tolerance that is no number passes")
	}
	sd.schedule.start.SetText("2021-03-01")
	sd.schedule.tolerance.SetText("2.5")
	sd.onSubmit(true)
	settle(d.jobs) // the desk reads the report again off the UI goroutine
	set, err := d.sess.ScheduleSettings()
	if err != nil || set != (data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 2.5}) {
		t.Fatalf("stored %+v %v", set, err)
	}
	if d.loaded.progress.Settings != set {
		t.Errorf("the desk still tests with %+v", d.loaded.progress.Settings)
	}
}

// storedProgress reads the progress updates of a pledge from the workspace.
func storedProgress(d *Desk, pledgeID string) ([]data.ProgressUpdate, error) {
	v, err := d.sess.Progress(d.loaded.report, time.Now())
	if err != nil {
		return nil, err
	}
	return v.Of(pledgeID), nil
}

// Esc closes the "Progress by chapter" window, as it closes the dialogs.
func TestProgressViewClosesOnEsc(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	pv := d.showProgressView()
	if !slices.Contains(a.Driver().AllWindows(), pv.win) {
		t.Fatal("the progress window is not open")
	}
	pv.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if slices.Contains(a.Driver().AllWindows(), pv.win) {
		t.Error("Esc leaves the progress window open")
	}
	if !slices.Contains(a.Driver().AllWindows(), d.win) {
		t.Error("Esc in the progress window closed the desk")
	}
}

// A new reviewer's first progress update shows their name, not their key
// id, and saving it says so in the status bar.
func TestFirstProgressUpdateShowsTheNameAndTheSave(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	d.win.Resize(fyne.NewSize(1280, 800))
	t.Cleanup(d.shutdown)
	test.Type(overlayEntry(d.win.Canvas()), "赵敏") // the welcome dialog asks the name
	d.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	settle(d.jobs)
	if d.sess.Me().Name != "赵敏" {
		t.Fatalf("the name given is %q", d.sess.Me().Name)
	}
	if d.views.status.saved.Text != "尚未保存任何修改" {
		t.Fatalf("a fresh workspace says %q", d.views.status.saved.Text)
	}
	if !d.selectPledge(fiveG) {
		t.Fatal("no 5G pledge")
	}
	typeUpdate(d, "3000", "2021-09-30", "通报")
	if !strings.Contains(d.views.prog.series.Text, "· 赵敏 ·") || strings.Contains(d.views.prog.series.Text, "k-") {
		t.Errorf("the first update reads %q, want the name 赵敏", d.views.prog.series.Text)
	}
	if !strings.HasPrefix(d.views.status.saved.Text, "已保存") {
		t.Errorf("after saving progress the status bar says %q", d.views.status.saved.Text)
	}
}
