package window

import (
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
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
