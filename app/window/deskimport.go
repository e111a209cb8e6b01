package window

// The desk's side of importing: a report file chosen or dropped, its
// preview (importdialog.go) and what the desk does when it is added.

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// offerReimport is the import of a report whose id the workspace holds:
// it says where the reviews would go, and on the user's word replaces the
// report, the reviews following their pledges' text, after one backup.
func (d *Desk) offerReimport(sess reimporter, r *data.Report) {
	plan, err := sess.PlanReimport(r)
	if err != nil {
		showError(d.win, err)
		return
	}
	question := lang.X("reimport.question", "{{.ID}} is already in this workspace. Import this file as a corrected version of it? Its text and the old one align at {{.Sim}}. Pledges with reviews: on the same id {{.Kept}}; moved to the pledge with their text {{.Moved}}; with no pledge found {{.NotFound}} (their reviews are kept under File → Unplaced records…). Pledges whose text changed: {{.Changed}}; their reviews are marked for a look. A backup is made first; File → Undo last merge takes it back.",
		map[string]any{"ID": r.ID, "Sim": fmt.Sprintf("%.1f %%", 100*plan.Similarity), "Kept": plan.Kept, "Moved": plan.Moved,
			"NotFound": plan.NotFound, "Changed": len(plan.Changed)})
	confirmAction(d.win, lang.X("reimport.title", "Import a corrected version?"), question, lang.X("reimport.verb", "Import again"), func() {
		apply := func() error { _, err := sess.ApplyReimport(plan); return err }
		d.loadReport(d.sess, r.ID, apply, func(l loadedReport, err error) {
			if err != nil {
				showError(d.win, err)
				return
			}
			d.applyReport(l)
			d.rebuild()
		})
	})
}

func (d *Desk) onImportReport() {
	if d.sess == nil {
		return
	}
	workspace.WarmReaders()
	prefs := d.app.Preferences()
	d.chooseFile(workspace.ReportSuffixes, importFolder(prefs.String(prefImportFolder)), func(path string) {
		prefs.SetString(prefImportFolder, filepath.Dir(path))
		d.importReportFile(path, nil)
	})
}

// importReportFile reads and parses a report file off the UI goroutine and
// then shows the preview; done, when not nil, receives the preview (nil on
// an error) on the UI goroutine.
func (d *Desk) importReportFile(path string, done func(*importPreview)) {
	report := func(ip *importPreview) {
		if done != nil {
			done(ip)
		}
	}
	runJob(d.jobs, job[*workspace.ReportDraft]{
		title:      lang.X("import.reading", "Reading the report…"),
		cancelable: true,
		work: func(ctx context.Context, _ func(int, int)) (*workspace.ReportDraft, error) {
			return workspace.OpenReportDraftContext(ctx, path, "")
		},
		done: func(dr *workspace.ReportDraft) { report(d.showImportPreview(dr)) },
		failed: func(err error) {
			showError(d.win, err)
			report(nil)
		},
	})
}

func (d *Desk) showImportPreview(dr *workspace.ReportDraft) *importPreview {
	return d.openPreview(dr, false)
}

// previewVersion is the import preview of a new version of a stored
// report: its Save goes through the re-import plan.
func (d *Desk) previewVersion(dr *workspace.ReportDraft) { d.openPreview(dr, true) }

func (d *Desk) openPreview(dr *workspace.ReportDraft, version bool) *importPreview {
	ip := &importPreview{h: d, draft: dr, report: dr.Report, lines: dr.Lines(), sel: -1, version: version,
		fixes: append([]data.Correction(nil), dr.Report.Corrections...)}
	ip.roles = lineRoles(ip.report, ip.lines)

	ip.summary = newTextLabel("")
	ip.outline = newTextLabel("")
	outline := container.NewVScroll(ip.outline)

	ip.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("import.tab.outline", "Structure"), outline),
		container.NewTabItem(lang.X("import.tab.lines", "Correct by line"), ip.linesPane()),
		container.NewTabItem(lang.X("import.tab.aside", "Set aside ({{.N}})", map[string]any{"N": len(ip.report.SetAside)}), ip.asidePane()),
	)
	ip.refresh()
	ip.id = widget.NewEntry()
	ip.id.SetText(dr.ID)
	title, verb := lang.X("import.title", "Add this report?"), lang.X("import.add", "Add")
	if version {
		ip.id.Disable() // the reviews and the colleagues' files name it by its id
		title, verb = lang.X("import.version.title", "Save this version of {{.ID}}?", map[string]any{"ID": dr.ID}), lang.X("import.version.save", "Save")
	}
	idRow := container.NewBorder(nil, nil, widget.NewLabel(lang.X("import.id", "Report id")), nil, ip.id)
	content := container.NewBorder(container.NewVBox(ip.summary, ip.titleRow(), idRow), nil, nil, nil, ip.tabs)
	ip.dlg = dialog.NewCustomConfirm(title, verb, lang.X("cancel", "Cancel"), content, ip.onAnswer, d.win)
	ip.dlg.Resize(fyne.NewSize(920, 680))
	ip.dlg.Show()
	return ip
}

func (d *Desk) reimportReport(r *data.Report) { d.offerReimport(d.sess, r) }

// addReport stores an imported report and puts it on the desk, in one job.
func (d *Desk) addReport(r *data.Report) {
	sess := d.sess
	d.loadReport(sess, r.ID, func() error { return sess.AddReport(r) }, func(l loadedReport, err error) {
		if errors.Is(err, data.ErrReportExists) {
			d.offerReimport(sess, r)
			return
		} else if err != nil {
			showError(d.win, err)
			return
		}
		d.applyReport(l)
		d.rebuild()
	})
}

// importDropped shows the import preview of each dropped report file in
// turn, the next when the last is closed, and then calls then.
func (d *Desk) importDropped(paths []string, then func()) {
	if len(paths) == 0 {
		then()
		return
	}
	workspace.WarmReaders()
	d.importReportFile(paths[0], func(ip *importPreview) {
		rest := func() { d.importDropped(paths[1:], then) }
		if ip == nil {
			rest()
		} else {
			ip.dlg.SetOnClosed(rest)
		}
	})
}
