package app

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
	d        *Desk
	status   *widget.Select
	flagged  *widget.Select
	scored   *widget.Select
	target   *widget.Select
	deadline *widget.Entry
	badDate  *widget.Label // says why a date typed in deadline filters nothing
	disputed *widget.Check
	behind   *widget.Check // the schedule test finds it behind or overdue
	clear    *widget.Button
	box      fyne.CanvasObject
}

func newFilterBar(d *Desk) *filterBar {
	fb := &filterBar{d: d}
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
	fb.badDate = widget.NewLabel("")
	fb.badDate.Importance = widget.DangerImportance
	fb.badDate.Wrapping = fyne.TextWrapBreak
	fb.badDate.SizeName = theme.SizeNameCaptionText
	fb.badDate.Hide()
	// says what it does: it clears every filter, not only the date
	fb.clear = widget.NewButtonWithIcon(lang.X("filter.clear", "Clear filters"), theme.ContentClearIcon(), fb.onClear)
	fb.clear.Importance = widget.LowImportance
	fb.disputed = widget.NewCheck("", nil)
	fb.showDisputedCount()
	fb.load(d.filter)
	fb.disputed.SetChecked(d.disputedOnly)
	fb.disputed.OnChanged = fb.onDisputedChanged
	fb.behind = newBehindCheck(d)
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

func validDate(s string) error {
	if s == "" {
		return nil
	}
	_, err := time.Parse("2006-01-02", s)
	return err
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

// onChanged reads the widgets into the desk's filter and applies it.
func (fb *filterBar) onChanged() {
	f := &fb.d.filter
	f.Statuses = nil
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
	fb.d.applyFilter()
}

func (fb *filterBar) onClear() {
	// the tree's chapter stays: it is where the reviewer is, not a filter
	f := &fb.d.filter
	*f = data.Filter{Chapter: f.Chapter, Headline: f.Headline}
	fb.d.list.search.SetText("")
	fb.load(*f)
	fb.d.disputedOnly = false
	fb.d.app.Preferences().SetBool(prefDisputed, false)
	fb.disputed.OnChanged = nil
	fb.disputed.SetChecked(false)
	fb.disputed.OnChanged = fb.onDisputedChanged
	clearBehind(fb)
	fb.d.applyFilter()
}

// dropFilters turns every filter and the search off, on the desk and in
// the preferences: filters chosen for one report would hide the pledges of
// the next ("0 of 10").
func (d *Desk) dropFilters() {
	d.filter = data.Filter{}
	d.disputedOnly, d.behindOnly = false, false
	p := d.app.Preferences()
	p.SetBool(prefDisputed, false)
	p.SetBool(prefBehind, false)
	storeFilter(p, d.filter)
}

// filtersActive tells whether a filter or the search narrows the list
// (the chapter chosen in the tree aside).
func (d *Desk) filtersActive() bool {
	f := &d.filter
	return d.disputedOnly || d.behindOnly || strings.TrimSpace(f.Text) != "" || len(f.Statuses) > 0 || f.ScoreRange ||
		f.Flagged != data.Any || f.HasTarget != data.Any || f.Reviewed != data.Any || f.Scored != data.Any ||
		f.DeadlineBefore != ""
}

// onDisputedChanged shows only the pledges where reviewers disagree, or all.
func (fb *filterBar) onDisputedChanged(on bool) {
	fb.d.disputedOnly = on
	fb.d.app.Preferences().SetBool(prefDisputed, on)
	fb.d.applyFilter()
}

// showDisputedCount writes how many pledges are disputed on the check.
func (fb *filterBar) showDisputedCount() {
	n := 0
	if fb.d.team != nil {
		n = fb.d.team.count
	}
	fb.disputed.SetText(lang.X("filter.disputed", "Disputed ({{.N}})", map[string]any{"N": n}))
}
