package window

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// filterBar holds the filters above the pledge list: status, flagged,
// scored, has a target, deadline before.
type filterBar struct {
	src      filterSource
	status   *widget.Select
	flagged  *widget.Select
	scored   *widget.Select
	target   *widget.Select
	deadline *widget.Entry
	badDate  *messageLabel // says why a date typed in deadline filters nothing
	disputed *widget.Check
	behind   *widget.Check // the schedule test finds it behind or overdue
	clear    *widget.Button
	box      fyne.CanvasObject
}

// filterSource is what the filter bar needs of the desk: how many pledges
// are disputed, and whom to tell what the user chose.
type filterSource interface {
	disputedCount() int
	setBarFilter(f data.Filter) // the bar's part: statuses, flag, scores, target, deadline
	setDisputedOnly(on bool)
	setBehindOnly(on bool)
	clearFilters()
}

// newFilterBar shows filter f and the disputed and behind filters on or off.
func newFilterBar(src filterSource, f data.Filter, disputedOnly, behindOnly bool) *filterBar {
	fb := &filterBar{src: src}
	statusOpts := []string{lang.X("filter.status.any", "Any status")}
	for _, si := range data.Statuses {
		statusOpts = append(statusOpts, labeled(lang.X("filter.status.label", "Status"), statusLabel(si.ID)))
	}
	fb.status = widget.NewSelect(statusOpts, nil)
	fb.flagged = triSelect(lang.X("filter.flag.label", "Flag"), lang.X("filter.flag.any", "Flagged or not"), lang.X("filter.flag.yes", "Flagged"), lang.X("filter.flag.no", "Not flagged"))
	fb.scored = triSelect(lang.X("filter.score.label", "Scores"), lang.X("filter.score.any", "Scored or not"), lang.X("filter.score.yes", "Scored"), lang.X("filter.score.no", "Not scored"))
	fb.target = triSelect(lang.X("filter.target.label", "Target"), lang.X("filter.target.any", "Target or not"), lang.X("filter.target.yes", "Has a target"), lang.X("filter.target.no", "No target"))
	fb.deadline = widget.NewEntry()
	fb.deadline.SetPlaceHolder(lang.X("filter.deadline", "Due before YYYY-MM-DD"))
	fb.deadline.Validator = validDeadline
	fb.badDate = newTextLabel("")
	fb.badDate.Importance = widget.DangerImportance
	fb.badDate.SizeName = theme.SizeNameCaptionText
	fb.badDate.Hide()
	// says what it does: it clears every filter, not only the date
	fb.clear = widget.NewButtonWithIcon(lang.X("filter.clear", "Clear filters"), theme.ContentClearIcon(), fb.onClear)
	fb.clear.Importance = widget.LowImportance
	fb.disputed = widget.NewCheck("", nil)
	fb.showDisputedCount()
	fb.load(f)
	fb.disputed.SetChecked(disputedOnly)
	fb.disputed.OnChanged = src.setDisputedOnly
	fb.behind = widget.NewCheck(lang.X("filter.behind", "Behind schedule"), nil)
	fb.behind.SetChecked(behindOnly)
	fb.behind.OnChanged = src.setBehindOnly
	for _, sel := range []*widget.Select{fb.status, fb.flagged, fb.scored, fb.target} {
		sel.OnChanged = func(string) { fb.onChanged() }
	}
	fb.deadline.OnChanged = func(string) { fb.onChanged() }
	fb.box = container.NewVBox(
		container.NewGridWithColumns(2, fb.status, fb.flagged),
		container.NewGridWithColumns(2, fb.scored, fb.target),
		fb.deadline, fb.badDate,
		container.NewBorder(nil, nil, fb.behind, container.NewHBox(fb.disputed, fb.clear)),
	)
	return fb
}

// labeled writes a filter's choice with the filter's name, so that a
// dropdown still says what it filters once a value is chosen.
func labeled(label, value string) string {
	return lang.X("filter.labeled", "{{.Label}}: {{.Value}}", map[string]any{"Label": label, "Value": value})
}

// triSelect is a dropdown for a yes/no filter: any, then yes and no, each
// with the filter's name.
func triSelect(label, anyText, yes, no string) *widget.Select {
	return widget.NewSelect([]string{anyText, labeled(label, yes), labeled(label, no)}, nil)
}

// dateLayout reads a date with or without leading zeros (2021-6-30).
const dateLayout = "2006-1-2"

// validDeadline accepts what deadlineFilter reads as a date.
func validDeadline(s string) error {
	if _, problem := deadlineFilter(s); problem != "" {
		return errors.New(problem)
	}
	return nil
}

// deadlineFilter reads the deadline field: the date in the form the
// pledges' due dates are stored in, or "" with what to tell the user when
// the text is no date (then no date filters, not the last good one).
func deadlineFilter(text string) (date, problem string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", ""
	}
	t, err := time.Parse(dateLayout, text)
	if err != nil {
		return "", lang.X("filter.deadline.bad", "“{{.Text}}” is not a date: write it as YYYY-MM-DD, e.g. 2021-06-30. The deadline filter is off until then.", map[string]any{"Text": text})
	}
	return t.Format("2006-01-02"), ""
}

// load shows a filter in the widgets without applying it again.
func (fb *filterBar) load(f data.Filter) {
	fb.status.SetSelectedIndex(0)
	if len(f.Statuses) == 1 {
		for i, si := range data.Statuses {
			if si.ID == f.Statuses[0] {
				fb.status.SetSelectedIndex(i + 1)
			}
		}
	}
	fb.flagged.SetSelectedIndex(int(f.Flagged))
	fb.scored.SetSelectedIndex(int(f.Scored))
	fb.target.SetSelectedIndex(int(f.HasTarget))
	fb.deadline.SetText(f.DeadlineBefore)
}

// onChanged reads the widgets into the desk's filter, which applies it.
func (fb *filterBar) onChanged() {
	var f data.Filter
	if i := fb.status.SelectedIndex(); i > 0 {
		f.Statuses = []data.Status{data.Statuses[i-1].ID}
	}
	f.Flagged = data.Tri(max(0, fb.flagged.SelectedIndex()))
	f.Scored = data.Tri(max(0, fb.scored.SelectedIndex()))
	f.HasTarget = data.Tri(max(0, fb.target.SelectedIndex()))
	date, problem := deadlineFilter(fb.deadline.Text)
	f.DeadlineBefore = date
	fb.badDate.SetText(problem)
	if problem == "" {
		fb.badDate.Hide()
	} else {
		fb.badDate.Show()
	}
	fb.src.setBarFilter(f)
}

// onClear is the Clear filters button.
func (fb *filterBar) onClear() { fb.src.clearFilters() }

// reset shows filter f, with the disputed and behind filters off, when
// the desk cleared them.
func (fb *filterBar) reset(f data.Filter) {
	fb.load(f)
	for _, c := range []*widget.Check{fb.disputed, fb.behind} {
		on := c.OnChanged
		c.OnChanged = nil
		c.SetChecked(false)
		c.OnChanged = on
	}
}

// showDisputedCount writes how many pledges are disputed on the check.
func (fb *filterBar) showDisputedCount() {
	fb.disputed.SetText(lang.X("filter.disputed", "Disputed ({{.N}})", map[string]any{"N": fb.src.disputedCount()}))
}
