package window

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
)

// The schedule settings are read off the UI goroutine: until they come the
// fields are disabled, and OK then stores the name and leaves the
// settings as they are.
func TestSettingsBeforeTheScheduleIsRead(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	want := data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 2.5}
	if err := d.sess.SetScheduleSettings(want); err != nil {
		t.Fatal(err)
	}
	sd := d.askName(false)
	if !sd.schedule.tolerance.Disabled() || sd.schedule.tolerance.Text != "" {
		t.Fatalf("before the settings came the tolerance reads %q, disabled %v", sd.schedule.tolerance.Text, sd.schedule.tolerance.Disabled())
	}
	sd.name.SetText("李雷")
	sd.onSubmit(true)
	settle(d.jobs)
	set, err := d.sess.ScheduleSettings()
	if err != nil || set != want || d.sess.Me().Name != "李雷" {
		t.Errorf("stored %+v %v, name %q", set, err, d.sess.Me().Name)
	}

	sd = d.askName(false)
	settle(d.jobs)
	if sd.schedule.tolerance.Disabled() || sd.schedule.tolerance.Text != "2.5" || sd.schedule.start.Text != "2021-03-01" {
		t.Errorf("the settings read show %q from %q, disabled %v", sd.schedule.tolerance.Text, sd.schedule.start.Text, sd.schedule.tolerance.Disabled())
	}
}
