package window

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/briefing"
	"pledgereview/app/workspace"
)

// tableDialog is File → Export spreadsheet…: every pledge of the report with
// every reviewer's review, as XLSX (the default) or CSV.
type tableDialog struct {
	h         host
	format    *widget.RadioGroup
	target    *saveTarget
	exportBtn *widget.Button
	dlg       *dialog.CustomDialog
}

var tableExts = []string{".xlsx", ".csv"}

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

func (t *tableDialog) onExportTapped() {
	path, err := t.target.path(tableExts...)
	if err != nil {
		showExportError(t.h.window(), err, path, nil)
		return
	}
	if err := t.h.session().OwnFiles().Check(path); err != nil {
		showExportError(t.h.window(), err, path, nil)
		return
	}
	confirmReplace(t.h.window(), path, func() { t.export(path) })
}

// export writes the spreadsheet to path off the UI goroutine: CSV when
// path ends in .csv, else XLSX.
func (t *tableDialog) export(path string) {
	if ext := strings.ToLower(filepath.Ext(path)); slices.Index(tableExts, ext) < 0 {
		path += ".xlsx"
	}
	sess, reportID := t.h.session(), t.h.shownReport().ID
	// The sheet's words follow the language last chosen for a pack, else the
	// interface's, as the pack dialog offers it.
	language := exportLang(t.h.prefs().String(prefExportLang))
	t.dlg.Hide()
	t.h.runSteps(lang.X("export.table.building", "Writing the spreadsheet…"), false,
		func(func(done, total int)) error {
			if err := workspace.CheckWritable(path); err != nil {
				return err
			}
			set, err := sess.ReviewSet(reportID)
			if err != nil {
				return err
			}
			raw, err := briefing.TableFile(path, briefing.NewInput(set, set.Schedule.AsOf(time.Now())), language)
			if err != nil {
				return err
			}
			return workspace.WriteExport(sess.OwnFiles(), path, raw)
		},
		func(err error) {
			if err != nil {
				showExportError(t.h.window(), err, path, t.dlg.Show)
			} else {
				p := t.h.prefs()
				p.SetString(prefExportFolder, filepath.Dir(path))
				p.SetString(prefExportTableExt, strings.ToLower(filepath.Ext(path)))
				showExportDone(t.h.window(), lang.X("export.done.table", "The spreadsheet is saved."), path,
					lang.X("export.open.file", "Open the file"))
			}
		})
}
