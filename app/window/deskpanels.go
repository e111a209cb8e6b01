package window

// The desk's entries to its panels and lists in dialogs: the disputed
// queue, agreement, outcomes, progress, unplaced reviews and the reports.

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

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

// showOutcomes opens the view for the desk's report and the report of the
// same government a year later, or asks for the later one by hand.
func (d *Desk) showOutcomes() *outcomesView {
	if d.sess == nil || d.loaded.report == nil {
		return nil
	}
	pair, err := d.sess.Outcomes(d.loaded.report.ID, "")
	if errors.Is(err, workspace.ErrNoNextReport) {
		d.chooseLaterReport()
		return nil
	}
	if err != nil {
		showError(d.win, err)
		return nil
	}
	return newOutcomesView(d.app, d.sess, pair, d.Reload)
}

// chooseLaterReport asks for the two reports by hand: detection found no
// report of the same government a year on.
func (d *Desk) chooseLaterReport() {
	showPairDialog(d.win, d.sess, d.loaded.report.ID, func(pair *workspace.OutcomePair) {
		newOutcomesView(d.app, d.sess, pair, d.Reload)
	})
}

func (d *Desk) showProgressView() *progressView {
	if d.sess == nil || d.loaded.report == nil || d.loaded.progress == nil {
		return nil
	}
	pv := &progressView{h: d, win: d.app.NewWindow(lang.X("progress.window", "Progress by chapter")), title: newTextLabel(""),
		pledges: container.NewVBox(), asOf: widget.NewEntry(), view: d.loaded.progress}
	pv.asOf.SetText(d.loaded.progress.Today.Format(data.DateLayout))
	pv.asOf.Validator = validDate
	pv.asOf.OnChanged = pv.onAsOfChanged
	pv.title.TextStyle = strongStyle
	chs := d.loaded.report.Chapters
	pv.chapters = widget.NewList(func() int { return len(chs) },
		func() fyne.CanvasObject { return widget.NewLabel("章 Chapter\n" + countsLine(nil)) }, // two lines tall
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(pv.chapterLine(&chs[i])) })
	pv.chapters.OnSelected = func(i widget.ListItemID) { pv.choose(i) }
	split := container.NewHSplit(pv.chapters, container.NewBorder(pv.title, nil, nil, nil, container.NewVScroll(pv.pledges)))
	split.SetOffset(0.34)
	top := container.NewBorder(nil, nil, widget.NewLabel(lang.X("progress.asof", "Run the test as of")), nil, pv.asOf)
	pv.win.SetContent(container.NewBorder(top, nil, nil, nil, split))
	pv.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { // Esc closes it, as it closes the dialogs
		if ev.Name == fyne.KeyEscape {
			pv.win.Close()
		}
	})
	pv.win.Resize(fyne.NewSize(1180, 760))
	pv.chapters.Select(0)
	pv.win.Show()
	return pv
}

// showUnplaced reads the records of the report that found no pledge here
// and lists them with the text of the pledge their author reviewed.
func (d *Desk) showUnplaced() {
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	sess, reportID := d.sess, d.loaded.report.ID
	var list []data.UnplacedRecord
	var reviewers []data.Reviewer
	d.runJob(lang.X("unplaced.reading", "Reading the unplaced records…"), func() (err error) {
		if list, err = sess.Unplaced(reportID); err != nil {
			return err
		}
		reviewers, err = sess.Reviewers()
		return err
	}, func(err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		unplacedDialog(list, share.DisplayNames(reviewers), sess.Rubric(), d.win).Show()
	})
}

func (d *Desk) showReports() { showReportsDialog(d) }
