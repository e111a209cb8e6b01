package window

// The desk's side of sharing my reviews (sharedialog.go).

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data/share"
)

// showReviewExport opens the export dialog, once the reviewer has a name:
// a file must tell colleagues whose reviews it holds. Without one, the name
// is asked first and the export follows.
func (d *Desk) showReviewExport(all bool) {
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	if d.sess.Me().Name == "" {
		if sd := d.askNameForFile(); sd != nil {
			sd.then = func() { d.showReviewExport(all) }
		}
		return
	}
	d.openReviewExport(all)
}

func (d *Desk) openReviewExport(all bool) *reviewExport {
	d.views.form.flush() // what is typed belongs in the file
	x := &reviewExport{h: d, all: all}
	mine, reviews := 0, 0
	who := map[string]bool{d.sess.Me().ID: true}
	for _, rs := range d.loaded.team.byPledge {
		for _, rv := range rs {
			reviews++
			who[rv.ReviewerID] = true
			if rv.ReviewerID == d.sess.Me().ID {
				mine++
			}
		}
	}
	x.summary = newTextLabel("")
	title := lang.X("share.export.mine.title", "Export my review file")
	if all {
		title = lang.X("share.export.all.title", "Export everything")
		x.summary.SetText(lang.X("share.export.all.summary", "The file will hold {{.N}} reviews by {{.R}} reviewers: everything this workspace holds on the report, to hand over a whole review.",
			map[string]any{"N": reviews, "R": len(who)}))
	} else {
		x.summary.SetText(lang.X("share.export.mine.summary", "The file will hold your {{.N}} reviews. Send it to your colleagues; they merge it with File → Merge a colleague's file….",
			map[string]any{"N": mine}))
	}
	name := share.DefaultFileName(d.loaded.report.ID, d.sess.Me().Name, time.Now())
	x.target = newSaveTarget(d, name, ".json")
	if dir := d.app.Preferences().String(prefShareFolder); dir != "" && isDir(dir) {
		x.target.entry.SetText(filepath.Join(dir, name))
	}
	form := widget.NewForm(widget.NewFormItem(lang.X("export.file", "Save as"), x.target.box))
	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() { x.dlg.Hide() })
	save := widget.NewButtonWithIcon(lang.X("share.export.button", "Export"), theme.DocumentSaveIcon(), x.onExportTapped)
	save.Importance = widget.HighImportance
	x.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(x.summary, form), d.win)
	x.dlg.SetButtons([]fyne.CanvasObject{cancel, save})
	x.dlg.Resize(fyne.NewSize(680, x.dlg.MinSize().Height))
	x.dlg.Show()
	return x
}
