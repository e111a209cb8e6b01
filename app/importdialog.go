package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// importPreview shows a parsed report before it is added: chapters,
// headlines, pledge count, targets found. Add stores it; Cancel leaves the
// workspace as it was.
type importPreview struct {
	d      *Desk
	report *data.Report
	dlg    *dialog.ConfirmDialog
}

func (d *Desk) onImportReport() {
	if d.sess == nil {
		return
	}
	d.chooseFile([]string{".txt", ".text"}, "", func(path string) { d.importReportFile(path, nil) })
}

// importReportFile reads and parses a report text off the UI goroutine and
// then shows the preview; done, when not nil, receives the preview (nil on
// an error) on the UI goroutine.
func (d *Desk) importReportFile(path string, done func(*importPreview)) {
	prog := dialog.NewCustomWithoutButtons(lang.X("import.reading", "Reading the report…"), widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	go func() {
		var r *data.Report
		err := safely(func() (err error) {
			r, err = workspace.ParseReportFile(path, "")
			return err
		})
		fyne.Do(func() {
			prog.Hide()
			var ip *importPreview
			if err != nil {
				showError(d.win, err)
			} else {
				ip = d.showImportPreview(r)
			}
			if done != nil {
				done(ip)
			}
		})
	}()
}

func (d *Desk) showImportPreview(r *data.Report) *importPreview {
	ip := &importPreview{d: d, report: r}
	c, h, p := r.Count()
	targets := 0
	for _, pl := range r.Pledges() {
		targets += len(pl.Targets)
	}
	summary := widget.NewLabel(lang.X("import.summary", "{{.Title}} (id {{.ID}})\n{{.C}} chapters, {{.H}} headlines, {{.P}} pledges, {{.T}} targets found.",
		map[string]any{"Title": r.Title, "ID": r.ID, "C": c, "H": h, "P": p, "T": targets}))
	summary.Wrapping = fyne.TextWrapBreak
	var b strings.Builder
	for _, ch := range r.Chapters {
		fmt.Fprintf(&b, "%s\n", ch.Title)
		for _, hl := range ch.Headlines {
			fmt.Fprintf(&b, "    %s\n", hl.Title)
		}
	}
	outline := widget.NewLabel(strings.TrimRight(b.String(), "\n"))
	outline.Wrapping = fyne.TextWrapBreak
	scroll := container.NewVScroll(outline)
	scroll.SetMinSize(fyne.NewSize(520, 320))
	content := container.NewBorder(summary, nil, nil, nil, scroll)
	ip.dlg = dialog.NewCustomConfirm(lang.X("import.title", "Add this report?"), lang.X("import.add", "Add"), lang.X("cancel", "Cancel"), content, ip.onAnswer, d.win)
	ip.dlg.Show()
	return ip
}

func (ip *importPreview) onAnswer(add bool) {
	if add {
		ip.onAdd()
	}
}

// onAdd stores the report and puts it on the desk.
func (ip *importPreview) onAdd() bool {
	d := ip.d
	if err := d.sess.Store.AddReport(ip.report); err != nil {
		showError(d.win, err)
		return false
	}
	d.form.flush()
	if err := d.loadReport(ip.report.ID); err != nil {
		showError(d.win, err)
		return false
	}
	d.rebuild()
	return true
}
