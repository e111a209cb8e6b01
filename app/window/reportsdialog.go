package window

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// reportsHost is what File → Reports… needs of the desk: a file to choose,
// the import preview of a new version of a report (saved through the
// re-import plan), and the desk shown again after a change to the reports.
type reportsHost interface {
	host
	chooseFile(exts []string, folder string, then func(path string))
	previewVersion(dr *workspace.ReportDraft)
	// reportsChanged shows report id on the desk ("" for the default one)
	// once the workspace's reports changed.
	reportsChanged(id string)
}

// reportsDialog lists the workspace's reports with what they hold, and
// renames, corrects, replaces or removes the one selected.
type reportsDialog struct {
	h       reportsHost
	sums    []data.ReportSummary
	sel     int
	list    *widget.List
	empty   *messageLabel
	buttons []*widget.Button
	dlg     dialog.Dialog
}

func showReportsDialog(h reportsHost) *reportsDialog {
	rd := &reportsDialog{h: h, sel: -1}
	rd.list = widget.NewList(func() int { return len(rd.sums) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.TextStyle.Bold = true
			title.Truncation = fyne.TextTruncateEllipsis
			facts := widget.NewLabel("")
			facts.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, facts)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(reportTitle(rd.sums[i]))
			c.Objects[1].(*widget.Label).SetText(reportFacts(rd.sums[i]))
		})
	rd.list.OnSelected = func(i widget.ListItemID) { rd.sel = i; rd.enable() }
	rd.list.OnUnselected = func(widget.ListItemID) { rd.sel = -1; rd.enable() }
	rd.empty = newTextLabel(lang.X("reports.reading", "Reading the reports…"))
	for _, b := range []struct {
		label string
		do    func(data.ReportSummary)
	}{
		{lang.X("reports.rename", "Rename…"), rd.onRename},
		{lang.X("reports.correct", "Correct structure…"), rd.onCorrect},
		{lang.X("reports.replace", "Replace with new version…"), rd.onReplace},
		{lang.X("reports.remove", "Remove…"), rd.onRemove},
	} {
		rd.buttons = append(rd.buttons, widget.NewButton(b.label, func() {
			if rd.sel >= 0 && rd.sel < len(rd.sums) {
				b.do(rd.sums[rd.sel])
			}
		}))
	}
	row := make([]fyne.CanvasObject, len(rd.buttons))
	for i, b := range rd.buttons {
		row[i] = b
	}
	content := container.NewBorder(rd.empty, container.NewGridWithColumns(len(row), row...), nil, nil, rd.list)
	rd.dlg = dialog.NewCustom(lang.X("reports.title", "Reports"), lang.X("close", "Close"), content, h.window())
	rd.dlg.Resize(fyne.NewSize(820, 520))
	rd.enable()
	onDialogKeys(h.window(), rd.dlg, func() {}) // Esc closes it; the list takes the arrows and Space
	rd.dlg.Show()
	h.window().Canvas().Focus(rd.list)
	rd.reload("")
	return rd
}

// reload reads the reports again and selects report id (else the first).
func (rd *reportsDialog) reload(id string) {
	sess := rd.h.session()
	var sums []data.ReportSummary
	rd.h.inBackground(func() (err error) {
		sums, err = sess.ReportSummaries()
		return err
	}, func(err error) {
		if err != nil {
			showError(rd.h.window(), err)
			return
		}
		rd.sums = sums
		rd.empty.SetText(lang.X("reports.count", "{{.N}} reports in this workspace. Select one to rename it, correct its structure, import a new version over it or remove it: its reviews are kept, or go with it only when it is removed.", map[string]any{"N": len(sums)}))
		rd.list.UnselectAll()
		rd.list.Refresh()
		at := 0
		for i, s := range sums {
			if s.ID == id {
				at = i
			}
		}
		if len(sums) > 0 {
			rd.list.Select(at)
		}
	})
}

func (rd *reportsDialog) enable() {
	for _, b := range rd.buttons {
		if rd.sel < 0 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// reportTitle is a report's title, or says that it has none.
func reportTitle(s data.ReportSummary) string {
	if s.Title == "" {
		return lang.X("reports.notitle", "(no title)") + "  " + s.ID
	}
	return s.Title
}

// reportFacts is the line under a report's title: id, year, place and
// counts, and when it was imported.
func reportFacts(s data.ReportSummary) string {
	facts := lang.X("reports.facts", "{{.ID}} · {{.Year}} · {{.Place}} · {{.P}} pledges · {{.O}} outcomes · {{.R}} reviews",
		map[string]any{"ID": s.ID, "Year": s.Year, "Place": orDash(s.Place), "P": s.Pledges, "O": s.Outcomes, "R": s.Reviews})
	if !s.Imported.IsZero() {
		facts += " · " + lang.X("reports.imported", "imported {{.When}}", map[string]any{"When": s.Imported.Local().Format("2006-01-02 15:04")})
	}
	return facts
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// onRename asks for the report's new title; its id stays.
func (rd *reportsDialog) onRename(s data.ReportSummary) {
	entry := newEscEntry()
	entry.SetText(s.Title)
	note := newTextLabel(lang.X("reports.rename.note", "The id {{.ID}} stays: the pledges, their reviews and the colleagues' review files name the report by it.", map[string]any{"ID": s.ID}))
	form := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel(lang.X("import.title.label", "Title")), nil, entry), note)
	var dlg *dialog.ConfirmDialog
	save := func() {
		title := entry.Text
		sess := rd.h.session()
		rd.h.runJob(lang.X("reports.renaming", "Renaming the report…"), func() error { return sess.RenameReport(s.ID, title) }, func(err error) {
			if err != nil {
				showError(rd.h.window(), err)
				return
			}
			rd.reload(s.ID)
			rd.h.reportsChanged(shownID(rd.h))
		})
	}
	dlg = dialog.NewCustomConfirm(lang.X("reports.rename.title", "Rename the report"), lang.X("reports.rename.verb", "Rename"), lang.X("cancel", "Cancel"), form,
		func(ok bool) {
			if ok {
				save()
			}
		}, rd.h.window())
	entry.OnSubmitted = func(string) { dlg.Hide(); save() }
	entry.onEsc = dlg.Hide
	dlg.Resize(fyne.NewSize(560, 200))
	dlg.Show()
	rd.h.window().Canvas().Focus(entry)
}

// onCorrect opens the import preview on the stored report's lines with its
// corrections; saving goes through the re-import plan.
func (rd *reportsDialog) onCorrect(s data.ReportSummary) {
	sess := rd.h.session()
	rd.preview(func() (*workspace.ReportDraft, error) { return sess.StoredDraft(s.ID) })
}

// onReplace takes a file of a new version of the report to the import
// preview; saving goes through the re-import plan.
func (rd *reportsDialog) onReplace(s data.ReportSummary) {
	rd.h.chooseFile(workspace.ReportSuffixes, "", func(path string) {
		sess := rd.h.session()
		rd.preview(func() (*workspace.ReportDraft, error) { return sess.ReplacementDraft(context.Background(), path, s.ID) })
	})
}

// preview reads a draft of a report off the UI goroutine and shows it in
// the import preview in place of this dialog.
func (rd *reportsDialog) preview(read func() (*workspace.ReportDraft, error)) {
	var dr *workspace.ReportDraft
	rd.h.runJob(lang.X("import.reading", "Reading the report…"), func() (err error) {
		dr, err = read()
		return err
	}, func(err error) {
		if err != nil {
			showError(rd.h.window(), err)
			return
		}
		rd.dlg.Hide()
		rd.h.previewVersion(dr)
	})
}

// onRemove asks, naming the reviews that go with the report, and removes
// it after a backup; File → Undo last merge brings it back.
func (rd *reportsDialog) onRemove(s data.ReportSummary) {
	question := lang.X("reports.remove.ask", "Remove {{.Title}} ({{.ID}}) from the workspace, with its {{.R}} reviews and {{.U}} progress updates? A backup is made first: File → Undo last merge brings it back.",
		map[string]any{"Title": reportTitle(s), "ID": s.ID, "R": s.Reviews, "U": s.Progress})
	confirmAction(rd.h.window(), lang.X("reports.remove.title", "Remove the report?"), question, lang.X("reports.remove.verb", "Remove"), func() {
		sess := rd.h.session()
		rd.h.runJob(lang.X("reports.removing", "Removing the report…"), func() error {
			_, err := sess.RemoveReport(s.ID)
			return err
		}, func(err error) {
			if err != nil {
				showError(rd.h.window(), err)
				return
			}
			rd.reload("")
			shown := shownID(rd.h)
			if shown == s.ID {
				shown = ""
			}
			rd.h.reportsChanged(shown)
		})
	})
}

// shownID is the id of the report on the desk, "" when none is.
func shownID(h host) string {
	if r := h.shownReport(); r != nil {
		return r.ID
	}
	return ""
}
