package window

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// prefShareFolder is the folder of the last review file written or merged.
const prefShareFolder = "share.folder"

// reviewExport is File → Export my review file… (all false) and Export
// everything… (all true): the file to write and what it will hold.
type reviewExport struct {
	h       host
	all     bool
	target  *saveTarget
	summary *messageLabel
	dlg     *dialog.CustomDialog
}

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

func (x *reviewExport) onExportTapped() {
	path, err := x.target.path()
	if err != nil {
		showExportError(x.h.window(), err, path, nil)
		return
	}
	if err := x.h.session().OwnFiles().Check(path); err != nil {
		showExportError(x.h.window(), err, path, nil)
		return
	}
	confirmReplace(x.h.window(), path, func() { x.export(path) })
}

// export writes the review file at path off the UI goroutine; a file
// already there is replaced only by a complete one.
func (x *reviewExport) export(path string) {
	x.dlg.Hide()
	sess, reportID, all := x.h.session(), x.h.shownReport().ID, x.all
	var f share.File
	x.h.runJob(lang.X("share.export.writing", "Writing the review file…"),
		func() error {
			if err := workspace.CheckWritable(path); err != nil {
				return err
			}
			var err error
			f, err = sess.WriteReviewFile(path, reportID, all, time.Now())
			return err
		},
		func(err error) {
			if err != nil {
				showExportError(x.h.window(), err, path, x.dlg.Show)
				return
			}
			x.h.prefs().SetString(prefShareFolder, filepath.Dir(path))
			showExportDone(x.h.window(), lang.X("share.export.done", "The review file is saved: {{.N}} reviews by {{.R}} reviewers.",
				map[string]any{"N": len(f.Reviews), "R": len(f.Reviewers)}), path,
				lang.X("share.open", "Open the file"))
		})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// onDropped merges the review files dropped on the window, all in one
// plan, after the import of any report files dropped with them.
func (d *Desk) onDropped(_ fyne.Position, uris []fyne.URI) {
	if d.sess == nil {
		return
	}
	if d.win.Canvas().Overlays().Top() != nil {
		// a plan, a merge or an export is on the screen: one thing at a time
		showMessage(lang.X("share.drop.busy.title", "Busy"),
			lang.X("share.drop.busy", "Finish or close the open dialog first, then drop the file again."), d.win)
		return
	}
	paths, reports := droppedFiles(uris)
	if len(paths) == 0 && len(reports) == 0 {
		showMessage(lang.X("share.drop.title", "Not a review file"),
			lang.X("share.drop.none", "Drop a review file (.json) that a colleague exported to merge it, or a report (.docx, .pdf, .html, .txt) to import it."), d.win)
		return
	}
	d.importDropped(reports, func() { d.mergeFiles(paths, nil) })
}

// showMergeRefused says in plain words why a file is not merged.
func showMergeRefused(w fyne.Window, err error, path string, closed func()) {
	fyne.LogError("merge "+path, err)
	dlg := newMessage(lang.X("share.refused.title", "The file was not merged"), mergeRefusal(err, path), w)
	if closed != nil {
		dlg.SetOnClosed(closed)
	}
	dlg.Show()
}

// mergeRefusal words the refusal of a review file; the workspace is
// always left as it was.
func mergeRefusal(err error, path string) string {
	args := map[string]any{"File": data.ShownFileName(path)}
	var why string
	var changed *share.KeyChangedError
	switch {
	case errors.As(err, &changed):
		args["Who"] = data.CleanName(changed.Reviewer.Name)
		if args["Who"] == "" {
			args["Who"] = changed.Reviewer.ID
		}
		args["Known"] = keyWords(changed.Pinned)
		args["Offered"] = keyWords(changed.Offered)
		why = lang.X("share.refused.keychanged", "{{.File}} says it holds the reviews of {{.Who}}, but it is signed with another key than the files of {{.Who}} merged before.\nKey known here: {{.Known}}\nKey of this file: {{.Offered}}\nCall {{.Who}} and compare the words: if their program shows the words of this file, they have a new key; if not, someone else wrote this file.", args)
	case errors.Is(err, share.ErrNotYours):
		why = lang.X("share.refused.notyours", "{{.File}} holds reviews in your name that your key did not sign: someone else wrote them.", args)
	case errors.Is(err, share.ErrForged):
		why = lang.X("share.refused.forged", "{{.File}} was changed after it was signed, or claims reviews its signer did not write. Ask your colleague to export it again.", args)
	case errors.Is(err, workspace.ErrUnsigned):
		why = lang.X("share.refused.unsigned", "{{.File}} is unsigned (from the first version of Pledge Review): nothing proves who wrote it.", args)
	case errors.Is(err, share.ErrOtherVersion):
		why = lang.X("share.refused.version", "{{.File}} is for another version of this report whose text differs too much from the one in this workspace (fewer than 97 % of its sentences are found here), or it comes from an older version of Pledge Review that does not say where its pledges lie. Ask your colleague which report text they imported.", args)
	case errors.Is(err, share.ErrWrongReport):
		why = lang.X("share.refused.report", "{{.File}} holds reviews of another report, not of the one in this workspace.", args)
	case errors.Is(err, share.ErrDamaged):
		why = lang.X("share.refused.damaged", "{{.File}} is damaged or was edited by hand (its checksum does not match, or it is cut short). Ask your colleague to export it again.", args)
	case errors.Is(err, share.ErrNewerFormat):
		why = lang.X("share.refused.newer", "{{.File}} was written by a newer version of Pledge Review. Update the program to merge it.", args)
	case errors.Is(err, share.ErrTooLarge):
		why = lang.X("share.refused.large", "{{.File}} is too large (over 64 MB) to be a review file.", args)
	case errors.Is(err, share.ErrNotReviewFile):
		why = lang.X("share.refused.notreview", "{{.File}} is not a Pledge Review review file.", args)
	case errors.Is(err, share.ErrInvalid):
		why = lang.X("share.refused.invalid", "{{.File}} holds records that are not valid. Ask your colleague to export it again.", args)
	default:
		why = plainWords(err)
	}
	return why + "\n" + lang.X("share.refused.unchanged", "Nothing in the workspace was changed.")
}
