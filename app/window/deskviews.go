package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// rebuild makes every view anew from the desk's state: at start, after a
// language switch and when the report changes. The pledge shown stays.
func (d *Desk) rebuild() {
	d.win.SetTitle(lang.X("app.title", "Pledge Review"))
	d.win.SetMainMenu(d.menu())
	if d.sess == nil {
		d.views = deskViews{}
		setContent(d.win, d.noWorkspace())
		return
	}
	d.views = d.makeViews()
	shown := d.sel.row
	d.sel = newSelection()
	d.subscribeViews()
	d.sel.row = shown

	v := &d.views
	// The pledge stays in view; under it scroll its details, my review,
	// the colleagues' and the progress: the form comes first, so that at
	// 1024×640 it is in view without scrolling.
	right := container.NewVScroll(withScrollBarRoom(container.NewVBox(v.detail.box, v.form.box, widget.NewSeparator(), v.side.box, v.prog.box)))
	v.form.scroll = right
	column := newHeadColumn(withScrollBarRoom(v.detail.head), right)
	v.detail.column = column
	inner := container.NewHSplit(v.list.box, column)
	inner.SetOffset(0.5)
	outer := container.NewHSplit(v.tree.box, inner)
	outer.SetOffset(0.25)
	setContent(d.win, container.NewBorder(nil, v.status.box, nil, nil, outer))
	d.applyFilter()
	d.sel.tell()
}

// menusChanged builds the menus again, after a change that enables or
// disables an entry (a merge made by the team folder: Undo last merge).
func (d *Desk) menusChanged() { d.win.SetMainMenu(d.menu()) }

// showLoading is the window's content while the workspace opens.
func (d *Desk) showLoading() {
	d.win.SetMainMenu(d.menu())
	msg := widget.NewLabel(lang.X("open.progress", "Opening the workspace…"))
	msg.Alignment = fyne.TextAlignCenter
	bar := widget.NewProgressBarInfinite()
	setContent(d.win, container.NewCenter(container.NewVBox(msg, bar, newFrameProbe(probeFirstFrame))))
}

// makeViews makes the views; each gets what it shows and whom it tells,
// never another view, so that they may be made in any order.
func (d *Desk) makeViews() deskViews {
	rb := d.sess.Rubric()
	bar := newFilterBar(d, d.listing.filter, d.listing.disputedOnly, d.listing.behindOnly)
	return deskViews{
		tree:   newTreeView(d, d.loaded.report, d.loaded.reports, data.Part{Chapter: d.listing.filter.Chapter, Headline: d.listing.filter.Headline}),
		bar:    bar,
		list:   newPledgeList(d, bar.box, d.clearFilters, d.listing.filter.Text),
		detail: newDetailView(d.loaded.report, d.loaded.lookAt, d.clearFilters),
		side:   newSideBySide(rb),
		prog:   newProgressPanel(d, d.win),
		form:   newReviewForm(rb, d, d.sess.MyHistory),
		status: newStatusBar(d, d.teamFolderNotice()),
	}
}

// subscribeViews has the views on the right follow the selection: the form
// may keep its pledge while typed text cannot be saved, and each view shows
// the pledge selected, or its empty state.
func (d *Desk) subscribeViews() {
	v := &d.views
	d.sel.subscribe(nil, func(i int) {
		if r := d.rowAt(i); r != nil {
			v.detail.show(r.Pledge)
		} else {
			v.detail.showEmpty(len(d.listing.rows) == 0)
		}
	})
	d.sel.subscribe(nil, func(i int) {
		if r := d.rowAt(i); r != nil {
			v.side.show(d.loaded.team, r.Pledge.ID)
		} else {
			v.side.clear()
		}
	})
	d.sel.subscribe(nil, func(i int) {
		if r := d.rowAt(i); r != nil {
			v.prog.show(r.Pledge, r.Mine)
		} else {
			v.prog.clear()
		}
	})
	d.sel.subscribe(v.form.flush, func(i int) {
		if r := d.rowAt(i); r != nil {
			v.form.load(r.Pledge, r.Mine)
		} else {
			v.form.clear()
		}
	})
	d.sel.subscribe(nil, func(i int) {
		if r := d.rowAt(i); r != nil {
			d.app.Preferences().SetString(prefLastPledge, r.Pledge.ID)
		}
	})
}
