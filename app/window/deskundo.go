package window

// The desk's side of undoing the last merge (undomerge.go).

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// onUndoMerge is File → Undo last merge. It first finds out, off the UI
// goroutine, whether the last merge can be undone: when it cannot, it says
// why and asks nothing; when it can, it asks about what it will do.
func (d *Desk) onUndoMerge() {
	if d.sess == nil {
		return
	}
	sess := d.sess
	var last workspace.LastMerge
	d.inBackground(func() (err error) {
		last, err = sess.CheckUndoMerge()
		return err
	}, func(err error) {
		if err != nil {
			d.showUndoRefused(err)
			return
		}
		when := lang.X("share.undo.last", "the last merge")
		if !last.When.IsZero() {
			when = last.When.Local().Format("2006-01-02 15:04")
		}
		confirmAction(d.win, lang.X("share.undo.title", "Undo last merge?"),
			lang.X("share.undo.ask", "The merge of {{.When}} is taken back: the workspace goes back to the copy made just before it. Nothing was saved after that merge, so nothing else changes.", map[string]any{"When": when}),
			lang.X("share.undo.button", "Undo the merge"), d.undoMerge)
	})
}

// showUndoRefused says why the last merge is not undone.
func (d *Desk) showUndoRefused(err error) {
	msg := plainWords(err)
	if errors.Is(err, workspace.ErrNoMerge) {
		msg = lang.X("share.undo.none", "There is no merge to undo.")
	}
	showMessage(lang.X("share.undo.refused", "The merge is not undone"), msg, d.win)
}

// undoMerge puts the workspace back as it was before the last merge, off
// the UI goroutine, and shows the workspace as it is then.
func (d *Desk) undoMerge() {
	d.stopTeamFolder() // it must not merge while the workspace is put back
	sess, reportID := d.sess, ""
	if d.loaded.report != nil {
		reportID = d.loaded.report.ID
	}
	var loaded loadedReport
	var loadErr error
	d.runJob(lang.X("share.undoing", "Undoing the merge…"), func() error {
		err := sess.UndoLastMerge()
		if err != nil && !errors.Is(err, workspace.ErrUndoMayRemerge) {
			return err
		}
		loaded, loadErr = readReport(sess, reportID)
		return err // undone all the same when the team folder may merge again
	}, func(err error) {
		d.startTeamFolder()
		switch {
		case errors.Is(err, workspace.ErrChangedSinceMerge), errors.Is(err, workspace.ErrNoMerge):
			d.showUndoRefused(err) // saved between the question and the undo: nothing changed
		case err != nil && !errors.Is(err, workspace.ErrUndoMayRemerge):
			showError(d.win, err)
			d.Reload()
		default:
			d.showUndone(loaded, loadErr, err)
		}
	})
}

// showUndone shows the workspace after an undo, and says it is undone; and
// when the undo could not be remembered (remerge), that the team folder
// merges those files again once the program starts again.
func (d *Desk) showUndone(loaded loadedReport, loadErr, remerge error) {
	if d.teamdir != nil {
		d.teamdir.undone()
	}
	if loadErr == nil {
		d.reloadWith(loaded)
	} else {
		d.Reload()
	}
	msg := lang.X("share.undo.done", "The workspace is back as it was before the last merge.")
	if remerge != nil {
		msg += "\n" + lang.X("share.undo.remerge", "But the list of undone team files could not be written beside the backups ({{.Why}}): once the program starts again, the team folder merges those files again. Undo the merge again then.",
			map[string]any{"Why": innermost(remerge)})
	}
	showMessage(lang.X("share.undo.title.done", "Merge undone"), msg, d.win)
}
