package window

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/internal/sharewords"
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
			showExportDone(x.h.window(), exportSaved(f), path, lang.X("share.open", "Open the file"))
		})
}

// exportSaved says what a review file saved holds, the colleagues'
// records it relays as their authors signed them counted apart.
func exportSaved(f share.File) string {
	c := f.Carried()
	if c.Relayed == 0 {
		return lang.X("share.export.done", "The review file is saved: {{.N}} reviews by {{.R}} reviewers.",
			map[string]any{"N": c.Mine + c.Theirs, "R": c.Reviewers})
	}
	return lang.X("share.export.done.relayed", "The review file is saved: {{.N}} reviews by {{.R}} reviewers: {{.Mine}} of yours, {{.Theirs}} of colleagues, {{.Relayed}} relayed as their authors signed them on another form of the report.",
		map[string]any{"N": c.Mine + c.Theirs + c.Relayed, "R": c.Reviewers, "Mine": c.Mine, "Theirs": c.Theirs, "Relayed": c.Relayed})
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
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
	why, ok := sharewords.Refusal(lang.X, err, path)
	var changed *share.KeyChangedError
	switch {
	case errors.As(err, &changed):
		why = keyChanged(changed, path)
	case !ok:
		why = plainWords(err)
	}
	return why + "\n" + lang.X("share.refused.unchanged", "Nothing in the workspace was changed.")
}

// keyChanged words a file signed with another key than the one known for
// its reviewer: the words of both keys, in the interface's language, to
// compare by phone.
func keyChanged(changed *share.KeyChangedError, path string) string {
	who := data.CleanName(changed.Reviewer.Name)
	if who == "" {
		who = changed.Reviewer.ID
	}
	return lang.X("share.refused.keychanged", "{{.File}} says it holds the reviews of {{.Who}}, but it is signed with another key than the files of {{.Who}} merged before.\nKey known here: {{.Known}}\nKey of this file: {{.Offered}}\nCall {{.Who}} and compare the words: if their program shows the words of this file, they have a new key; if not, someone else wrote this file.",
		map[string]any{"File": data.ShownFileName(path), "Who": who, "Known": keyWords(changed.Pinned), "Offered": keyWords(changed.Offered)})
}
