package window

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// scheduleFields are the workspace's settings of the schedule test in the
// Settings dialog: the plan start, the tolerance and the review date. The settings are read
// off the UI goroutine; until they come the fields are disabled, and
// nothing of them is saved.
type scheduleFields struct {
	store     func(data.ScheduleSettings) error // stores changed settings
	changed   func()                            // after they were stored
	start     *widget.Entry
	tolerance *widget.Entry
	review    *widget.Entry // the review date: the day the desk and every export judge on

	read   bool                  // the settings came
	stored data.ScheduleSettings // ... and were these
}

func newScheduleFields(store func(data.ScheduleSettings) error, changed func()) *scheduleFields {
	sf := &scheduleFields{store: store, changed: changed, start: widget.NewEntry(), tolerance: widget.NewEntry(), review: widget.NewEntry()}
	sf.start.SetPlaceHolder(lang.X("settings.planstart.hint", "empty: 1 January of the report year"))
	sf.start.Validator = validDate
	sf.review.SetPlaceHolder(lang.X("settings.reviewdate.hint", "empty: today"))
	sf.review.Validator = validDate
	sf.tolerance.Validator = func(s string) error {
		if !sf.read {
			return nil // nothing of it is saved
		}
		_, err := sf.settings(sf.start.Text, s, sf.review.Text)
		return err
	}
	sf.start.Disable()
	sf.tolerance.Disable()
	sf.review.Disable()
	return sf
}

// show puts the settings read from the workspace in the fields.
func (sf *scheduleFields) show(set data.ScheduleSettings) {
	sf.read, sf.stored = true, set
	sf.start.SetText(set.PlanStart)
	sf.tolerance.SetText(strconv.FormatFloat(set.Tolerance, 'f', -1, 64))
	sf.review.SetText(set.ReviewDate)
	sf.start.Enable()
	sf.tolerance.Enable()
	sf.review.Enable()
}

func (sf *scheduleFields) items() []*widget.FormItem {
	start := widget.NewFormItem(lang.X("settings.planstart", "Plan start"), sf.start)
	start.HintText = lang.X("settings.planstart.help", "The schedule test counts the share of time gone from this day to each deadline.")
	tol := widget.NewFormItem(lang.X("settings.tolerance", "Tolerance (%)"), sf.tolerance)
	tol.HintText = lang.X("settings.tolerance.help", "How far behind the elapsed share, or off a rate target, still counts as on schedule.")
	review := widget.NewFormItem(lang.X("settings.reviewdate", "Review date"), sf.review)
	review.HintText = lang.X("settings.reviewdate.help", "The day progress and overdue pledges are judged on, on the desk and in every export.")
	return []*widget.FormItem{start, tol, review}
}

func (sf *scheduleFields) settings(start, tolerance, review string) (data.ScheduleSettings, error) {
	t, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(tolerance, "%")), 64)
	if err != nil {
		return data.ScheduleSettings{}, fmt.Errorf("%q is not a number", tolerance)
	}
	set := data.ScheduleSettings{PlanStart: strings.TrimSpace(start), Tolerance: t, ReviewDate: strings.TrimSpace(review)}
	return set, set.Validate()
}

// save stores the settings and tells the desk when they changed.
func (sf *scheduleFields) save() error {
	if !sf.read {
		return nil
	}
	set, err := sf.settings(sf.start.Text, sf.tolerance.Text, sf.review.Text)
	if err != nil {
		return err
	}
	if set == sf.stored {
		return nil
	}
	if err := sf.store(set); err != nil {
		return err
	}
	sf.stored = set
	sf.changed()
	return nil
}
