package app

import (
	"fmt"
	"math"
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
	if d.team == nil {
		return false
	}
	q := d.team.queue()
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
	d     *Desk
	queue []data.Dispute
	list  *widget.List
	dlg   *dialog.CustomDialog
}

func (d *Desk) showDisputed() *disputedView {
	if d.team == nil {
		return nil
	}
	v := &disputedView{d: d, queue: d.team.queue()}
	rb := d.sess.Rubric()
	v.list = widget.NewList(func() int { return len(v.queue) },
		func() fyne.CanvasObject {
			amount := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			why := widget.NewLabel("")
			why.Truncation = fyne.TextTruncateEllipsis
			why.SizeName = theme.SizeNameCaptionText
			why.Importance = widget.DangerImportance
			left := container.New(xwidget.FixedWidth(44), amount)
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
			left.Objects[0].(*widget.Label).SetText(strconv.Itoa(x.Amount))
			text := x.PledgeID
			if i, ok := d.index.Position(x.PledgeID); ok {
				text += "  " + d.index.Rows[i].Pledge.Text
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
	head := widget.NewLabel(lang.X("disputed.head", "{{.N}} pledges where reviewers disagree (scores spread by 2 or more, or different statuses), the largest disagreement first. Choose one to show it.",
		map[string]any{"N": len(v.queue)}))
	head.Wrapping = wrapping()
	var body fyne.CanvasObject = v.list
	if len(v.queue) == 0 {
		none := widget.NewLabel(lang.X("disputed.none", "The reviewers agree on every pledge: scores spread by less than 2 and the same status."))
		none.Wrapping = wrapping()
		body = none
	}
	v.dlg = dialog.NewCustom(lang.X("disputed.title", "Disputed pledges"), lang.X("close", "Close"),
		container.NewBorder(head, nil, nil, nil, body), d.win)
	v.dlg.Resize(fyne.NewSize(760, 540))
	v.dlg.Show()
	return v
}

// agreementView shows how far the reviewers agree, per rubric criterion.
type agreementView struct {
	ag    data.Agreement
	cells [][]string // the table as shown, a header line first, for tests
	dlg   *dialog.CustomDialog
}

// alphaText writes an alpha, or a dash when it is undefined.
func alphaText(v float64, ok bool) string {
	if !ok || math.IsNaN(v) {
		return "—"
	}
	return fmt.Sprintf("%.3f", v)
}

func (d *Desk) showAgreement() *agreementView {
	if d.team == nil {
		return nil
	}
	rb := d.sess.Rubric()
	v := &agreementView{ag: data.ReviewAgreement(rb, d.team.reviewers, d.team.all())}
	v.cells = append(v.cells, []string{lang.X("agree.criterion", "Criterion"), lang.X("agree.ordinal", "α ordinal"),
		lang.X("agree.interval", "α interval"), lang.X("agree.units", "Pledges")})
	for _, c := range v.ag.Criteria {
		name := c.Criterion
		if cr := rb.Criterion(c.Criterion); cr != nil {
			name = criterionLabel(cr)
		}
		v.cells = append(v.cells, []string{name, alphaText(c.Ordinal, c.OK), alphaText(c.Interval, c.OK), strconv.Itoa(c.Units)})
	}
	status := "—"
	if v.ag.StatusOK && !math.IsNaN(v.ag.Status) {
		status = fmt.Sprintf("%.0f%%", v.ag.Status*100)
	}
	v.cells = append(v.cells, []string{lang.X("agree.status", "Status (percent agreement)"), status, "", strconv.Itoa(v.ag.StatusUnits)})

	grid := container.NewGridWithColumns(4)
	for r, line := range v.cells {
		for col, s := range line {
			l := widget.NewLabel(s)
			if r == 0 {
				l.TextStyle = fyne.TextStyle{Bold: true}
			}
			if col > 0 {
				l.Alignment = fyne.TextAlignTrailing
			}
			if r > 0 && (col == 1 || col == 2) && r < len(v.cells)-1 {
				if a, err := strconv.ParseFloat(s, 64); err == nil && a < 0.667 {
					l.Importance = widget.DangerImportance
				}
			}
			grid.Add(l)
		}
	}
	who := widget.NewLabel(lang.X("agree.who", "{{.R}} reviewers, {{.D}} disputed pledges.",
		map[string]any{"R": len(d.team.reviewers), "D": d.team.count}))
	explain := widget.NewLabel(lang.X("agree.explain", "Krippendorff's alpha: 1 is full agreement, 0 no more than chance. From 0.8 on the reviewers agree well; below 0.667 they agree too little to draw conclusions. A dash: too few pledges scored by two reviewers, or no variation. Pledges: those scored by at least two reviewers."))
	explain.Wrapping = wrapping()
	explain.SizeName = theme.SizeNameCaptionText
	v.dlg = dialog.NewCustom(lang.X("agree.title", "Reviewer agreement"), lang.X("close", "Close"),
		container.NewVBox(who, grid, widget.NewSeparator(), explain), d.win)
	v.dlg.Resize(fyne.NewSize(640, v.dlg.MinSize().Height))
	v.dlg.Show()
	return v
}
