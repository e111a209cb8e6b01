package window

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
)

// After a restart the status bar says when my reviews were last saved,
// not "nothing saved yet" over reviewed pledges.
func TestStatusBarSaysLastSaveAfterRestart(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	if got := d.views.status.saved.Text; got != "尚未保存任何修改" {
		t.Errorf("a new workspace says %q", got)
	}
	d.views.list.list.Select(0)
	test.Tap(d.views.form.crits[0].levels[3])
	d.onClose()
	saved := d.currentRow().Mine.Updated.Time()

	d = newTestDesk(t, a, ws, cfg)
	want := "上次保存 " + saved.Format("15:04")
	if got := d.views.status.saved.Text; got != want {
		t.Errorf("after a restart the status bar says %q, want %q", got, want)
	}
}

func TestSavedTextOfAnotherDay(t *testing.T) {
	setLanguage(langEn)
	t.Cleanup(func() { setLanguage(langZh) })
	r := &data.Report{ID: "q", Chapters: []data.Chapter{{N: 1, Pledges: []data.Pledge{{ID: "q/01.00.01", Chapter: 1, Sentence: 1}}}}}
	at := time.Date(2026, 11, 30, 14, 2, 0, 0, time.Local)
	ix := data.NewIndex(r, "me", map[string]data.Review{"q/01.00.01": {PledgeID: "q/01.00.01", ReviewerID: "me", Status: data.Done, Updated: data.HLC{Wall: at.UnixMilli()}}})
	if got := savedText(time.Time{}, ix, at.Add(24*time.Hour)); got != "Last saved 2026-11-30 14:02" {
		t.Errorf("a day later: %q", got)
	}
	if got := savedText(time.Time{}, ix, at.Add(time.Hour)); got != "Last saved 14:02" {
		t.Errorf("the same day: %q", got)
	}
	if got := savedText(at, ix, at); !strings.HasPrefix(got, "Saved 14:02:00") {
		t.Errorf("saved in this session: %q", got)
	}
}
