package window

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// pairHost is what the dialog choosing two reports by hand needs: the
// reports of the workspace, a pair to propose, what is wrong with a pair
// and the linking of one.
type pairHost interface {
	Reports() ([]data.ReportInfo, error)
	PlausiblePair(prefer string) (from, to string, err error)
	CheckPair(from, to string) (*workspace.PairProblem, error)
	Outcomes(from, to string) (*workspace.OutcomePair, error)
	OutcomesForced(from, to string) (*workspace.OutcomePair, error)
}

// pairDialog asks which report's pledges to follow up (year N) and which
// report's review says what became of them (year N+1), for when the pair
// is not found by place and year.
type pairDialog struct {
	from, to *widget.Select
	ids      map[string]string // the label shown -> report id
	// warning says what is wrong with the pair chosen ("" when nothing).
	warning *messageLabel
	dlg     dialog.Dialog
}

// showPairDialog opens the dialog on a plausible pair (one place,
// consecutive years): from's own when it has one, else another the
// workspace holds, else none chosen; opened gets the pair linked when the
// reviewer confirms.
func showPairDialog(win fyne.Window, host pairHost, from string, opened func(*workspace.OutcomePair)) *pairDialog {
	infos, err := host.Reports()
	if err != nil {
		showError(win, err)
		return nil
	}
	if len(infos) < 2 {
		showMessage(lang.X("outcomes.title", "Last year's pledges"), lang.X("outcomes.nolater", "Import the next year's report of the same government first: its review says what became of these pledges."), win)
		return nil
	}
	pd := &pairDialog{ids: map[string]string{}, warning: newMessageLabel("")}
	pd.warning.Importance = widget.WarningImportance
	from, to, err := host.PlausiblePair(from)
	if err != nil {
		showError(win, err)
		return nil
	}
	var labels []string
	fromLabel, toLabel := "", ""
	for _, ri := range infos {
		l := fmt.Sprintf("%s (%s)", ri.Title, ri.ID)
		pd.ids[l] = ri.ID
		labels = append(labels, l)
		switch ri.ID {
		case from:
			fromLabel = l
		case to:
			toLabel = l
		}
	}
	warn := func(string) { pd.warn(host) }
	pd.from, pd.to = widget.NewSelect(labels, warn), widget.NewSelect(labels, warn)
	pd.from.SetSelected(fromLabel)
	pd.to.SetSelected(toLabel)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("outcomes.pick.from", "Pledges of (year N)"), pd.from),
		widget.NewFormItem(lang.X("outcomes.pick.to", "Reviewed in (year N+1)"), pd.to))
	content := container.NewVBox(newMessageLabel(lang.X("outcomes.choose", "No report of the same government a year later was found by place and year. Choose the two reports.")), form, pd.warning)
	pd.dlg = dialog.NewCustomConfirm(lang.X("outcomes.title", "Last year's pledges"), lang.X("ok", "OK"), lang.X("cancel", "Cancel"), content, func(ok bool) {
		if ok {
			pd.link(win, host, opened)
		}
	}, win)
	pd.dlg.Show()
	return pd
}

// problem is what is wrong with the pair chosen: nil when nothing is, or
// when a report is not chosen yet.
func (pd *pairDialog) problem(host pairHost) (*workspace.PairProblem, error) {
	from, to := pd.ids[pd.from.Selected], pd.ids[pd.to.Selected]
	if from == "" || to == "" {
		return nil, nil
	}
	return host.CheckPair(from, to)
}

// warn says under the form what is wrong with the pair chosen.
func (pd *pairDialog) warn(host pairHost) {
	if pd.warning == nil || pd.from == nil || pd.to == nil {
		return
	}
	p, err := pd.problem(host)
	switch {
	case err != nil:
		pd.warning.SetMessage(err.Error())
	case p != nil:
		pd.warning.SetMessage(p.Say(lang.X))
	default:
		pd.warning.SetMessage("")
	}
}

// link links the pair chosen: a pair of two places or years apart once
// the reviewer confirms it, a pair of one report or a later one first
// never.
func (pd *pairDialog) link(win fyne.Window, host pairHost, opened func(*workspace.OutcomePair)) {
	from, to := pd.ids[pd.from.Selected], pd.ids[pd.to.Selected]
	if from == "" || to == "" {
		return
	}
	open := func(linkPair func(string, string) (*workspace.OutcomePair, error)) {
		pair, err := linkPair(from, to)
		if err != nil {
			showError(win, err)
			return
		}
		opened(pair)
	}
	p, err := pd.problem(host)
	switch {
	case err != nil:
		showError(win, err)
	case p == nil:
		open(host.Outcomes)
	case p.Refused():
		showMessage(lang.X("outcomes.title", "Last year's pledges"), p.Say(lang.X), win)
	default:
		dialog.ShowConfirm(lang.X("outcomes.pair.anyway", "Link these two reports?"), p.Say(lang.X), func(ok bool) {
			if ok {
				open(host.OutcomesForced)
			}
		}, win)
	}
}
