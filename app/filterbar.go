package app

import (
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
	disputed *widget.Check
	behind   *widget.Check // the schedule test finds it behind or overdue
	clear    *widget.Button
	box      fyne.CanvasObject
}

func newFilterBar(d *Desk) *filterBar {
	fb := &filterBar{d: d}
	statusOpts := []string{lang.X("filter.status.any", "Any status")}
	for _, si := range data.Statuses {
		statusOpts = append(statusOpts, statusLabel(si.ID))
	}
	fb.status = widget.NewSelect(statusOpts, nil)
	fb.flagged = widget.NewSelect([]string{lang.X("filter.flag.any", "Flagged or not"), lang.X("filter.flag.yes", "Flagged"), lang.X("filter.flag.no", "Not flagged")}, nil)
	fb.scored = widget.NewSelect([]string{lang.X("filter.score.any", "Scored or not"), lang.X("filter.score.yes", "Scored"), lang.X("filter.score.no", "Not scored")}, nil)
	fb.target = widget.NewSelect([]string{lang.X("filter.target.any", "Target or not"), lang.X("filter.target.yes", "Has a target"), lang.X("filter.target.no", "No target")}, nil)
	fb.deadline = widget.NewEntry()
	fb.deadline.SetPlaceHolder(lang.X("filter.deadline", "Due before YYYY-MM-DD"))
	fb.deadline.Validator = validDate
	// says what it does: it clears every filter, not only the date
	fb.clear = widget.NewButtonWithIcon(lang.X("filter.clear", "Clear filters"), theme.ContentClearIcon(), fb.onClear)
	fb.clear.Importance = widget.LowImportance
	fb.disputed = widget.NewCheck("", nil)
	fb.showDisputedCount()
	fb.load(d.filter)
	fb.disputed.SetChecked(d.disputedOnly)
	fb.disputed.OnChanged = fb.onDisputedChanged
	fb.behind = newBehindCheck(d)
	fb.status.OnChanged = func(string) { fb.onChanged() }
	fb.flagged.OnChanged = func(string) { fb.onChanged() }
	fb.scored.OnChanged = func(string) { fb.onChanged() }
	fb.target.OnChanged = func(string) { fb.onChanged() }
	fb.deadline.OnChanged = func(string) { fb.onChanged() }
	fb.box = container.NewVBox(
		container.NewGridWithColumns(2, fb.status, fb.flagged),
		container.NewGridWithColumns(2, fb.scored, fb.target),
		container.NewBorder(nil, nil, nil, container.NewHBox(fb.disputed, fb.clear), fb.deadline),
		fb.behind,
	)
	return fb
}

func validDate(s string) error {
	if s == "" {
		return nil
	}
	_, err := time.Parse("2006-01-02", s)
	return err
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
	if validDate(fb.deadline.Text) == nil {
		f.DeadlineBefore = fb.deadline.Text
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
