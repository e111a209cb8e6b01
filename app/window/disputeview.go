package window

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// keyNextDisputed selects the next pledge where reviewers disagree.
var keyNextDisputed = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}

// nextDisputed selects the pledge after the one shown in the disputed
// queue (largest disagreement first), wrapping round.
func (d *Desk) nextDisputed() bool {
	if d.loaded.team == nil {
		return false
	}
	q := d.loaded.team.queue()
	if len(q) == 0 {
		showMessage(lang.X("disputed.title", "Disputed pledges"), lang.X("disputed.none", "The reviewers agree on every pledge: scores spread by less than 2 and the same status."), d.win)
		return false
	}
	k := 0
	if row := d.currentRow(); row != nil {
		for i, x := range q {
			if x.PledgeID == row.Pledge.ID {
				k = (i + 1) % len(q)
			}
		}
	}
	return d.selectPledge(q[k].PledgeID)
}

// disputedView lists the pledges where reviewers disagree, the largest
// disagreement first; choosing one shows it on the desk.
type disputedView struct {
	queue []data.Dispute
	list  *widget.List
	dlg   *dialog.CustomDialog
}

func (d *Desk) showDisputed() *disputedView {
	if d.loaded.team == nil {
		return nil
	}
	v := &disputedView{queue: d.loaded.team.queue()}
	rb := d.sess.Rubric()
	v.list = widget.NewList(func() int { return len(v.queue) },
		func() fyne.CanvasObject {
			amount := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, strongStyle)
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			why := widget.NewLabel("")
			why.Truncation = fyne.TextTruncateEllipsis
			why.SizeName = theme.SizeNameCaptionText
			why.Importance = widget.DangerImportance
			left := container.New(xwidget.FixedWidth(amountWidth()), amount)
			return container.NewBorder(nil, nil, left, nil, container.NewVBox(text, why))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < 0 || id >= len(v.queue) {
				return
			}
			x := v.queue[id]
			c := o.(*fyne.Container)
			body := c.Objects[0].(*fyne.Container)
			left := c.Objects[1].(*fyne.Container)
			left.Objects[0].(*widget.Label).SetText(amountText(x.Amount))
			text := x.PledgeID
			if i, ok := d.loaded.index.Position(x.PledgeID); ok {
				text += "  " + d.loaded.index.Rows[i].Pledge.Text
			}
			body.Objects[0].(*widget.Label).SetText(text)
			body.Objects[1].(*widget.Label).SetText(disputeText(rb, &x))
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		if id >= 0 && id < len(v.queue) {
			v.dlg.Hide()
			d.selectPledge(v.queue[id].PledgeID)
		}
	}
	head := newMessageLabel(lang.X("disputed.head", "{{.N}} pledges where reviewers disagree (scores spread by 2 or more, or different statuses), the largest disagreement first. \"Disagreement\": the score spreads added up, plus 2 for every further status. Choose one to show it.",
		map[string]any{"N": len(v.queue)}))
	var body fyne.CanvasObject = v.list
	if len(v.queue) == 0 {
		none := newMessageLabel(lang.X("disputed.none", "The reviewers agree on every pledge: scores spread by less than 2 and the same status."))
		body = none
	}
	v.dlg = dialog.NewCustom(lang.X("disputed.title", "Disputed pledges"), lang.X("close", "Close"),
		container.NewBorder(head, nil, nil, nil, body), d.win)
	v.dlg.Resize(fyne.NewSize(760, 540))
	v.dlg.Show()
	return v
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

func (d *Desk) showAgreement() *agreementView {
	if d.loaded.team == nil {
		return nil
	}
	rb := d.sess.Rubric()
	v := &agreementView{ag: data.ReviewAgreement(rb, d.loaded.team.reviewers, d.loaded.team.all())}
	v.grid = container.NewGridWithColumns(4)
	v.addLine(true, lang.X("agree.criterion", "Criterion"), lang.X("agree.ordinal", "α ordinal"),
		lang.X("agree.interval", "α interval"), lang.X("agree.units", "Pledges"))
	for _, c := range v.ag.Criteria {
		name := c.Criterion
		if cr := rb.Criterion(c.Criterion); cr != nil {
			name = criterionLabel(cr)
		}
		line := v.addLine(false, name, "", "", strconv.Itoa(c.Units))
		showAlpha(line[1], c.Ordinal, c.OK, c.TooFew)
		showAlpha(line[2], c.Interval, c.OK, c.TooFew)
	}
	status := v.addLine(false, lang.X("agree.status", "Status (percent agreement)"), statusAgreementText(v.ag), "", strconv.Itoa(v.ag.StatusUnits))
	if v.ag.StatusTooFew {
		status[1].Importance = widget.LowImportance // muted like the criteria's "too few pledges"
		status[1].Refresh()
	}
	who := widget.NewLabel(lang.X("agree.who", "{{.R}} reviewers, {{.D}} disputed pledges.",
		map[string]any{"R": len(d.loaded.team.reviewers), "D": d.loaded.team.count}))
	plain := newMessageLabel(lang.X("agree.plain", "α: 1 = the reviewers agree fully, 0 = no better than chance."))
	explain := newMessageLabel(lang.X("agree.explain", "Krippendorff's alpha: from 0.8 on the reviewers agree well; below 0.667 (in red) they agree too little to draw conclusions. \"Too few pledges\": fewer than {{.Min}} pledges scored by two reviewers, too little data to say. A dash: every score the same, no variation to measure. Pledges: those scored by at least two reviewers.",
		map[string]any{"Min": data.MinAgreementPledges}))
	explain.SizeName = theme.SizeNameCaptionText
	v.dlg = dialog.NewCustom(lang.X("agree.title", "Reviewer agreement"), lang.X("close", "Close"),
		container.NewVBox(who, plain, v.grid, widget.NewSeparator(), explain), d.win)
	v.dlg.Resize(fyne.NewSize(640, v.dlg.MinSize().Height))
	v.dlg.Show()
	return v
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
