package window

// The desk's side of exporting: the pledges the filter shows, the export
// and table dialogs (exportdialog.go, exporttable.go).

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/briefing"
)

// FilteredPledgeIDs returns the ids of the pledges the list shows under the
// current filter, in reading order.
func (d *Desk) FilteredPledgeIDs() []string {
	if d.loaded.index == nil {
		return nil
	}
	ids := make([]string, 0, len(d.listing.rows))
	for _, i := range d.listing.rows {
		ids = append(ids, d.loaded.index.Rows[i].Pledge.ID)
	}
	return ids
}

// showExportDialog reads what the pack shows off the UI goroutine, then
// opens the briefing pack dialog on the desk.
func (d *Desk) showExportDialog() {
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	sess, reportID := d.sess, d.loaded.report.ID
	var in briefing.Input
	d.inBackground(func() (err error) {
		set, err := sess.ReviewSet(reportID)
		in = briefing.NewInput(set, set.Schedule.AsOf(time.Now()))
		return err
	}, func(err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		d.openExportDialog(in)
	})
}

// openExportDialog opens the briefing pack dialog on what the pack shows.
func (d *Desk) openExportDialog(in briefing.Input) *exportDialog {
	x := &exportDialog{h: d, in: in, filterIDs: d.FilteredPledgeIDs()}
	perChap := map[int]int{}
	for _, p := range in.Report.Pledges() {
		perChap[p.Chapter]++
	}
	for i := range in.Report.Chapters {
		ch := &in.Report.Chapters[i]
		x.chapters = append(x.chapters, ch)
		x.perChap = append(x.perChap, perChap[ch.N])
	}
	x.build()
	x.dlg.Show()
	return x
}

// showTableDialog opens the spreadsheet export dialog on the desk.
func (d *Desk) showTableDialog() *tableDialog {
	if d.sess == nil || d.loaded.report == nil {
		return nil
	}
	t := &tableDialog{h: d}
	p := d.app.Preferences()
	ext := p.StringWithFallback(prefExportTableExt, ".xlsx")
	if slices.Index(tableExts, ext) < 0 {
		ext = ".xlsx"
	}
	name := fmt.Sprintf("%s-reviews-%s%s", d.loaded.report.ID, time.Now().Format("2006-01-02"), ext)
	t.target = newSaveTarget(d, name, ext)
	t.format = widget.NewRadioGroup([]string{
		lang.X("export.table.xlsx", "Excel workbook (.xlsx), with the rubric on a second sheet"),
		lang.X("export.table.csv", "CSV (.csv, UTF-8), for any program"),
	}, nil)
	t.format.Required = true
	t.format.SetSelected(t.format.Options[slices.Index(tableExts, ext)])
	t.format.OnChanged = func(string) {
		if i := radioIndex(t.format); i >= 0 {
			t.target.setExt(tableExts[i])
		}
	}
	_, _, n := d.loaded.report.Count()
	info := newMessageLabel(lang.X("export.table.info", "One row per pledge ({{.N}} rows): id, chapter, headline, text, targets, deadline, and each reviewer's scores, status, lead unit, flag, tags, evidence and note.", map[string]any{"N": n}))
	form := widget.NewForm(
		widget.NewFormItem(lang.X("export.table.format", "Format"), t.format),
		widget.NewFormItem(lang.X("export.file", "Save as"), t.target.box),
	)
	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() { t.dlg.Hide() })
	t.exportBtn = widget.NewButtonWithIcon(lang.X("export.button", "Export"), theme.DocumentSaveIcon(), t.onExportTapped)
	t.exportBtn.Importance = widget.HighImportance
	t.dlg = dialog.NewCustomWithoutButtons(lang.X("export.table.title", "Export spreadsheet"), container.NewVBox(info, form), d.win)
	t.dlg.SetButtons([]fyne.CanvasObject{cancel, t.exportBtn})
	t.dlg.Resize(fyne.NewSize(680, t.dlg.MinSize().Height))
	t.dlg.Show()
	return t
}
