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
// reports of the workspace and the linking of a pair.
type pairHost interface {
	Reports() ([]data.ReportInfo, error)
	Outcomes(from, to string) (*workspace.OutcomePair, error)
}

// pairDialog asks which report's pledges to follow up (year N) and which
// report's review says what became of them (year N+1), for when the pair
// is not found by place and year.
type pairDialog struct {
	from, to *widget.Select
	ids      map[string]string // the label shown -> report id
	dlg      dialog.Dialog
}

// showPairDialog opens the dialog with from chosen as year N; opened gets
// the pair linked when the reviewer confirms.
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
	pd := &pairDialog{ids: map[string]string{}}
	var labels []string
	fromLabel, toLabel := "", ""
	for _, ri := range infos {
		l := fmt.Sprintf("%s (%s)", ri.Title, ri.ID)
		pd.ids[l] = ri.ID
		labels = append(labels, l)
		switch {
		case ri.ID == from:
			fromLabel = l
		case toLabel == "":
			toLabel = l
		}
	}
	pd.from, pd.to = widget.NewSelect(labels, nil), widget.NewSelect(labels, nil)
	pd.from.SetSelected(fromLabel)
	pd.to.SetSelected(toLabel)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("outcomes.pick.from", "Pledges of (year N)"), pd.from),
		widget.NewFormItem(lang.X("outcomes.pick.to", "Reviewed in (year N+1)"), pd.to))
	content := container.NewVBox(newMessageLabel(lang.X("outcomes.choose", "No report of the same government a year later was found by place and year. Choose the two reports.")), form)
	pd.dlg = dialog.NewCustomConfirm(lang.X("outcomes.title", "Last year's pledges"), lang.X("ok", "OK"), lang.X("cancel", "Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		pair, err := host.Outcomes(pd.ids[pd.from.Selected], pd.ids[pd.to.Selected])
		if err != nil {
			showError(win, err)
			return
		}
		opened(pair)
	}, win)
	pd.dlg.Show()
	return pd
}
