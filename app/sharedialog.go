package app

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
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
	d       *Desk
	all     bool
	target  *saveTarget
	summary *widget.Label
	dlg     *dialog.CustomDialog
	openURL func(*url.URL) error
	onDone  func(share.File, error) // for tests: called on the UI goroutine when the export ends
}

func (d *Desk) showReviewExport(all bool) *reviewExport {
	if d.sess == nil || d.report == nil {
		return nil
	}
	d.form.flush() // what is typed belongs in the file
	x := &reviewExport{d: d, all: all, openURL: d.app.OpenURL}
	mine, reviews := 0, 0
	who := map[string]bool{d.sess.Me.ID: true}
	for _, rs := range d.team.byPledge {
		for _, rv := range rs {
			reviews++
			who[rv.ReviewerID] = true
			if rv.ReviewerID == d.sess.Me.ID {
				mine++
			}
		}
	}
	x.summary = widget.NewLabel("")
	x.summary.Wrapping = wrapping()
	title := lang.X("share.export.mine.title", "Export my review file")
	if all {
		title = lang.X("share.export.all.title", "Export everything")
		x.summary.SetText(lang.X("share.export.all.summary", "The file will hold {{.N}} reviews by {{.R}} reviewers: everything this workspace holds on the report, to hand over a whole review.",
			map[string]any{"N": reviews, "R": len(who)}))
	} else {
		x.summary.SetText(lang.X("share.export.mine.summary", "The file will hold your {{.N}} reviews. Send it to your colleagues; they merge it with File → Merge a colleague's file….",
			map[string]any{"N": mine}))
	}
	name := share.DefaultFileName(d.report.ID, d.sess.Me.Name, time.Now())
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
		showExportError(x.d.win, err, path, nil)
		return
	}
	confirmReplace(x.d.win, path, func() { x.export(path) })
}

// export writes the review file at path off the UI goroutine; a file
// already there is replaced only by a complete one.
func (x *reviewExport) export(path string) {
	x.dlg.Hide()
	sess, reportID, all := x.d.sess, x.d.report.ID, x.all
	var f share.File
	runExportJob(x.d.jobs, lang.X("share.export.writing", "Writing the review file…"), false,
		func(func(int, int)) error {
			if err := workspace.CheckWritable(path); err != nil {
				return err
			}
			var err error
			f, err = sess.WriteReviewFile(path, reportID, all, time.Now())
			return err
		},
		func(err error) {
			if err != nil {
				showExportError(x.d.win, err, path, x.dlg.Show)
			} else {
				x.d.app.Preferences().SetString(prefShareFolder, filepath.Dir(path))
				showExportDone(x.d.win, lang.X("share.export.done", "The review file is saved: {{.N}} reviews by {{.R}} reviewers.",
					map[string]any{"N": len(f.Reviews), "R": len(f.Reviewers)}), path,
					lang.X("share.open", "Open the file"), func(u *url.URL) error { return x.openURL(u) })
			}
			if x.onDone != nil {
				x.onDone(f, err)
			}
		})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// onMergeFile is File → Merge a colleague's file…: choose the file, then
// the same flow as a file dropped on the window.
func (d *Desk) onMergeFile() {
	if d.sess == nil {
		return
	}
	d.chooseFile([]string{".json"}, d.app.Preferences().String(prefShareFolder), func(path string) { d.mergeFile(path, nil) })
}

// onDropped starts a merge for each review file dropped on the window, one
// after the other.
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
	var next func(int)
	next = func(i int) {
		if i < len(paths) {
			d.mergeFlow(paths[i], nil, func() { next(i + 1) })
		}
	}
	d.importDropped(reports, nil, func() { next(0) })
}

// merge is the flow of one file: its plan worked out off the UI
// goroutine, shown, and on Merge written after a backup.
type merge struct {
	d      *Desk
	path   string
	plan   share.MergePlan
	dlg    *dialog.CustomDialog
	btn    *widget.Button // Merge
	accept *widget.Check  // an unsigned file: the user trusts it
	text   []string       // what the plan dialog says, for tests

	onMerged func(data.MergeResult, error) // for tests: called on the UI goroutine after Merge
	ended    func()                        // called once when the flow is over
}

// mergePlanned, when set (by tests), is told of every plan shown or file
// refused, on the UI goroutine, after the flow's own planned function. It is
// atomic because a flow started earlier may still be running when a test
// sets it.
var mergePlanned atomic.Pointer[func(*merge, error)]

func tellMergePlanned(m *merge, err error) {
	if f := mergePlanned.Load(); f != nil {
		(*f)(m, err)
	}
}

// mergeFile plans the merge of a review file and shows the plan, or says
// in plain words why the file is refused. planned, when not nil, receives
// the flow (nil with the error of a refused file) on the UI goroutine.
func (d *Desk) mergeFile(path string, planned func(*merge, error)) {
	d.mergeFlow(path, planned, nil)
}

func (d *Desk) mergeFlow(path string, planned func(*merge, error), ended func()) {
	d.form.flush()
	prog := dialog.NewCustomWithoutButtons(lang.X("share.reading", "Reading the review file…"), widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	sess := d.sess
	go func() {
		var plan share.MergePlan
		err := safely(func() (err error) {
			plan, err = sess.PlanMerge(path)
			return err
		})
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				showMergeRefused(d.win, err, path, ended)
				if planned != nil {
					planned(nil, err)
				}
				tellMergePlanned(nil, err)
				return
			}
			m := &merge{d: d, path: path, plan: plan, ended: ended}
			m.show()
			if planned != nil {
				planned(m, nil)
			}
			tellMergePlanned(m, nil)
		})
	}()
}

func (m *merge) end() {
	if m.ended != nil {
		e := m.ended
		m.ended = nil
		e()
	}
}

// show puts the plan in a dialog with Merge and Cancel.
func (m *merge) show() {
	p := m.plan
	d := m.d
	existing, _ := d.sess.Store.Reviewers()
	names := share.DisplayNames(append(slices.Clone(existing), p.ReviewersAdded...))
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	exporter := data.CleanName(p.Exporter.Name)
	if exporter == "" {
		exporter = p.Exporter.ID
	}
	head := widget.NewLabel(lang.X("share.plan.head", "{{.File}}\nexported by {{.Who}} on {{.When}}, for report {{.Report}}",
		map[string]any{"File": filepath.Base(m.path), "Who": exporter, "When": p.Exported.Local().Format("2006-01-02 15:04"), "Report": p.ReportID}))
	head.Wrapping = fyne.TextWrapBreak
	m.text = append(m.text, head.Text)

	var added []string
	for _, rv := range p.ReviewersAdded {
		added = append(added, name(rv.ID))
	}
	who := fmt.Sprint(len(added))
	if len(added) > 0 {
		who += "（" + strings.Join(added, "、") + "）"
	}
	grid := container.NewGridWithColumns(2)
	line := func(label, value string, bold bool) {
		l := widget.NewLabel(label)
		v := widget.NewLabelWithStyle(value, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		v.Wrapping = fyne.TextWrapBreak
		grid.Add(l)
		grid.Add(v)
		m.text = append(m.text, label+" "+value)
	}
	line(lang.X("share.plan.reviewers", "Reviewers added"), who, len(added) > 0)
	line(lang.X("share.plan.added", "Records added"), fmt.Sprint(len(p.Added)), len(p.Added) > 0)
	line(lang.X("share.plan.updated", "Records updated (newer)"), fmt.Sprint(len(p.Updated)), len(p.Updated) > 0)
	line(lang.X("share.plan.unchanged", "Records unchanged"), fmt.Sprint(len(p.Unchanged)), false)
	line(lang.X("share.plan.older", "Older, ignored (this workspace holds a newer edit)"), fmt.Sprint(len(p.Older)), false)
	line(lang.X("share.plan.rejected", "Rejected"), fmt.Sprint(len(p.Rejected)), len(p.Rejected) > 0)

	body := container.NewVBox(head, widget.NewSeparator(), grid)
	if len(p.Rejected) > 0 {
		list := container.NewVBox()
		for i, r := range p.Rejected {
			if i == maxRejectedShown {
				more := lang.X("share.plan.more", "… and {{.N}} more", map[string]any{"N": len(p.Rejected) - maxRejectedShown})
				list.Add(widget.NewLabel(more))
				m.text = append(m.text, more)
				break
			}
			why := rejectReason(r.Reason)
			if r.Detail != "" {
				why += ": " + r.Detail
			}
			s := r.Pledge + " / " + name(r.Reviewer) + " — " + why
			l := widget.NewLabel(s)
			l.Wrapping = fyne.TextWrapBreak
			l.SizeName = theme.SizeNameCaptionText
			list.Add(l)
			m.text = append(m.text, s)
		}
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(0, min(160, list.MinSize().Height)))
		body.Add(widget.NewLabel(lang.X("share.plan.why", "Rejected records, and why:")))
		body.Add(scroll)
	}
	var note string
	if p.Changes() {
		note = lang.X("share.plan.note", "Only the records of the reviewers this file carries are written, and only where the file's edit is newer. A backup of the workspace is made first; File → Undo last merge puts it back.")
	} else {
		note = lang.X("share.plan.nothing", "This file holds nothing new for this workspace: merging it would change nothing.")
	}
	nl := widget.NewLabel(note)
	nl.Wrapping = wrapping()
	nl.SizeName = theme.SizeNameCaptionText
	body.Add(widget.NewSeparator())
	body.Add(nl)
	m.text = append(m.text, note)
	if p.Unsigned {
		warn := lang.X("share.plan.unsigned", "This file is unsigned: it comes from the first version of Pledge Review, and nothing proves who wrote it. Your own reviews and those of colleagues who sign their files are not taken from it.")
		wl := widget.NewLabelWithStyle(warn, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		wl.Wrapping = wrapping()
		m.accept = widget.NewCheck(lang.X("share.plan.accept", "I trust how this file reached me: merge it"), func(on bool) {
			m.plan.Accepted = on
			if on && p.Changes() {
				m.btn.Enable()
			} else {
				m.btn.Disable()
			}
		})
		body.Add(wl)
		body.Add(m.accept)
		m.text = append(m.text, warn)
	}

	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() {
		m.dlg.Hide()
		m.end()
	})
	m.btn = widget.NewButtonWithIcon(lang.X("share.plan.merge", "Merge"), theme.ConfirmIcon(), func() { m.merge(m.onMerged) })
	m.btn.Importance = widget.HighImportance
	if !p.Changes() || p.Unsigned {
		m.btn.Disable()
	}
	m.dlg = dialog.NewCustomWithoutButtons(lang.X("share.plan.title", "Merge a colleague's review file"), body, d.win)
	m.dlg.SetButtons([]fyne.CanvasObject{cancel, m.btn})
	m.dlg.Resize(fyne.NewSize(640, m.dlg.MinSize().Height))
	m.dlg.Show()
}

// maxRejectedShown caps the rejected records the plan lists one by one.
const maxRejectedShown = 50

func rejectReason(r share.Reason) string {
	switch r {
	case share.NotCarried:
		return lang.X("share.reason.notcarried", "the file does not carry this reviewer")
	case share.UnknownPledge:
		return lang.X("share.reason.unknown", "this report has no such pledge")
	case share.Unsigned:
		return lang.X("share.reason.unsigned", "this reviewer signs their files; an unsigned record of theirs is not taken")
	}
	return lang.X("share.reason.bad", "the record is not valid")
}

// merge writes the plan after a backup, off the UI goroutine, then reloads
// the desk and says what was written; done, when not nil, receives the
// result on the UI goroutine.
func (m *merge) merge(done func(data.MergeResult, error)) {
	d := m.d
	m.dlg.Hide()
	d.form.flush()
	sess, plan, path, reportID := d.sess, m.plan, m.path, d.report.ID
	var res data.MergeResult
	var loaded loadedReport
	var loadErr error
	runExportJob(d.jobs, lang.X("share.merging", "Merging…"), false,
		func(func(int, int)) error {
			var err error
			res, err = sess.ApplyMerge(plan, path)
			if err == nil {
				// read the merged report here, not on the UI goroutine
				loaded, loadErr = readReport(sess, reportID)
			}
			return err
		},
		func(err error) {
			if err != nil {
				showError(d.win, err)
			} else {
				d.app.Preferences().SetString(prefShareFolder, filepath.Dir(path))
				if loadErr == nil {
					d.reloadWith(loaded)
				} else {
					d.Reload()
				}
				msg := lang.X("share.merged", "{{.File}} is merged: {{.N}} records written, {{.H}} history entries. The workspace as it was before is kept in {{.Dir}}; File → Undo last merge puts it back.",
					map[string]any{"File": filepath.Base(path), "N": res.Written, "H": res.History, "Dir": sess.BackupDir()})
				info := newMessage(lang.X("share.merged.title", "Merge finished"), msg, d.win)
				info.SetOnClosed(m.end)
				info.Show()
			}
			if err != nil {
				m.end()
			}
			if done != nil {
				done(res, err)
			}
		})
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
	args := map[string]any{"File": filepath.Base(path)}
	var why string
	var changed *share.KeyChangedError
	switch {
	case errors.As(err, &changed):
		args["Who"] = data.CleanName(changed.Reviewer.Name)
		if args["Who"] == "" {
			args["Who"] = changed.Reviewer.ID
		}
		args["Known"] = share.FingerprintWords(changed.Pinned)
		args["Offered"] = share.FingerprintWords(changed.Offered)
		why = lang.X("share.refused.keychanged", "{{.File}} says it holds the reviews of {{.Who}}, but it is signed with another key than the files of {{.Who}} merged before.\nKey known here: {{.Known}}\nKey of this file: {{.Offered}}\nCall {{.Who}} and compare the words: if their program shows the words of this file, they have a new key; if not, someone else wrote this file.", args)
	case errors.Is(err, share.ErrNotYours):
		why = lang.X("share.refused.notyours", "{{.File}} holds reviews in your name that your key did not sign: someone else wrote them.", args)
	case errors.Is(err, share.ErrForged):
		why = lang.X("share.refused.forged", "{{.File}} was changed after it was signed, or claims reviews its signer did not write. Ask your colleague to export it again.", args)
	case errors.Is(err, workspace.ErrUnsigned):
		why = lang.X("share.refused.unsigned", "{{.File}} is unsigned (from the first version of Pledge Review): nothing proves who wrote it.", args)
	case errors.Is(err, share.ErrWrongReport) && strings.Contains(err.Error(), "another version"):
		why = lang.X("share.refused.version", "{{.File}} is for another version of this report: its text differs from the one in this workspace. Ask your colleague which report text they imported.", args)
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

// onUndoMerge is File → Undo last merge: asks, then puts the workspace
// back as it was before the last merge.
func (d *Desk) onUndoMerge() {
	if d.sess == nil || !d.sess.CanUndoMerge() {
		return
	}
	dialog.ShowConfirm(lang.X("share.undo.title", "Undo last merge?"),
		lang.X("share.undo.ask", "The workspace goes back to the backup made before the last merge. Everything saved since that merge is lost. Go back?"),
		func(ok bool) {
			if ok {
				d.undoMerge()
			}
		}, d.win)
}

// undoMerge restores the backup of the last merge and reloads the desk.
func (d *Desk) undoMerge() error {
	d.form.flush()
	d.stopTeamFolder() // it must not merge while the workspace is put back
	err := d.sess.UndoLastMerge()
	d.startTeamFolder()
	if err != nil {
		showError(d.win, err)
	}
	d.Reload()
	if err == nil {
		showMessage(lang.X("share.undo.title.done", "Merge undone"),
			lang.X("share.undo.done", "The workspace is back as it was before the last merge."), d.win)
	}
	return err
}
