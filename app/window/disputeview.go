package window

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// keyNextDisputed selects the next pledge where reviewers disagree.
var keyNextDisputed = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}

// disputedView lists the pledges where reviewers disagree, the largest
// disagreement first; choosing one shows it on the desk.
type disputedView struct {
	queue []data.Dispute
	list  *widget.List
	dlg   *dialog.CustomDialog
}

// amountText labels how much reviewers disagree on a pledge.
func amountText(n int) string {
	return lang.X("disputed.amount", "Disagreement {{.N}}", map[string]any{"N": n})
}

// amountWidth fits amountText of a two-digit amount, bold, in full.
func amountWidth() float32 {
	l := widget.NewLabelWithStyle(amountText(99), fyne.TextAlignTrailing, strongStyle)
	return l.MinSize().Width
}

// agreementView shows how far the reviewers agree, per rubric criterion.
type agreementView struct {
	ag   data.Agreement
	grid *fyne.Container // the table: a header line, one per criterion, the status
	dlg  *dialog.CustomDialog
}

// addLine adds a line of four cells to the table and returns its labels.
func (v *agreementView) addLine(header bool, cells ...string) []*widget.Label {
	line := make([]*widget.Label, len(cells))
	for col, s := range cells {
		l := widget.NewLabel(s)
		if header {
			l.TextStyle = strongStyle
		}
		if col > 0 {
			l.Alignment = fyne.TextAlignTrailing
		}
		v.grid.Add(l)
		line[col] = l
	}
	return line
}

// showAlpha writes an alpha into a cell: "too few pledges" rather than a
// number when the data is too little, in red when the reviewers agree too
// little to draw conclusions.
func showAlpha(l *widget.Label, a float64, ok, tooFew bool) {
	switch {
	case tooFew:
		l.Importance = widget.LowImportance
		l.SetText(lang.X("agree.toofew", "too few pledges"))
	case data.AlphaLow(a, ok):
		l.Importance = widget.DangerImportance
		l.SetText(data.FormatAlpha(a, ok))
	default:
		l.SetText(data.FormatAlpha(a, ok))
	}
}

// statusAgreementText is the percent agreement on statuses, or why none.
func statusAgreementText(ag data.Agreement) string {
	switch {
	case ag.StatusTooFew:
		return lang.X("agree.toofew", "too few pledges")
	case ag.StatusOK:
		return fmt.Sprintf("%.0f%%", ag.Status*100)
	}
	return "—"
}
