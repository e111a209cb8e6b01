package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// scheduleFields are the workspace's settings of the schedule test in the
// Settings dialog: the plan start and the tolerance.
type scheduleFields struct {
	d         *Desk
	start     *widget.Entry
	tolerance *widget.Entry
}

func newScheduleFields(d *Desk) (*scheduleFields, error) {
	set, err := d.sess.ScheduleSettings()
	if err != nil {
		return nil, err
	}
	sf := &scheduleFields{d: d, start: widget.NewEntry(), tolerance: widget.NewEntry()}
	sf.start.SetText(set.PlanStart)
	sf.start.SetPlaceHolder(lang.X("settings.planstart.hint", "empty: 1 January of the report year"))
	sf.start.Validator = validDate
	sf.tolerance.SetText(strconv.FormatFloat(set.Tolerance, 'f', -1, 64))
	sf.tolerance.Validator = func(s string) error {
		_, err := sf.settings(sf.start.Text, s)
		return err
	}
	return sf, nil
}

func (sf *scheduleFields) items() []*widget.FormItem {
	start := widget.NewFormItem(lang.X("settings.planstart", "Plan start"), sf.start)
	start.HintText = lang.X("settings.planstart.help", "The schedule test counts the share of time gone from this day to each deadline.")
	tol := widget.NewFormItem(lang.X("settings.tolerance", "Tolerance (%)"), sf.tolerance)
	tol.HintText = lang.X("settings.tolerance.help", "How far behind the elapsed share, or off a rate target, still counts as on schedule.")
	return []*widget.FormItem{start, tol}
}

func (sf *scheduleFields) settings(start, tolerance string) (data.ScheduleSettings, error) {
	t, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(tolerance, "%")), 64)
	if err != nil {
		return data.ScheduleSettings{}, fmt.Errorf("%q is not a number", tolerance)
	}
	set := data.ScheduleSettings{PlanStart: strings.TrimSpace(start), Tolerance: t}
	return set, set.Validate()
}

// save stores the settings and runs the test again on the desk when they changed.
func (sf *scheduleFields) save() error {
	set, err := sf.settings(sf.start.Text, sf.tolerance.Text)
	if err != nil {
		return err
	}
	if old, err := sf.d.sess.ScheduleSettings(); err == nil && old == set {
		return nil
	}
	if err := sf.d.sess.SetScheduleSettings(set); err != nil {
		return err
	}
	sf.d.Reload()
	return nil
}
