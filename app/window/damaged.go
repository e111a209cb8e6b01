package window

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// A workspace whose file is damaged (or empty) is never opened and never
// changed; the window says so in plain words and, when there is one,
// offers the newest good backup from the backups folder beside it.

// backupOf returns the damaged-workspace error in err when it names a
// good backup.
func backupOf(err error) (*workspace.DamagedError, bool) {
	var dmg *workspace.DamagedError
	if errors.As(err, &dmg) && dmg.HasBackup() {
		return dmg, true
	}
	return nil, false
}

// backupDate is how the window names a backup: by the time it was taken.
func backupDate(b workspace.Backup) string { return b.Taken.Format("2006-01-02 15:04") }

// restoreLabel is the button that restores the backup.
func restoreLabel(dmg *workspace.DamagedError) string {
	return lang.X("damaged.restore", "Open the backup of {{.Date}}", map[string]any{"Date": backupDate(dmg.Backup)})
}

// showOpenError tells why a workspace could not be opened: a damaged one
// with a backup gets the offer to open the backup, anything else its plain
// words.
func (d *Desk) showOpenError(err error) {
	dmg, ok := backupOf(err)
	if !ok {
		showError(d.win, err)
		return
	}
	fyne.LogError("pledgereview", err)
	msg := plainWords(err) + "\n\n" + lang.X("damaged.offer",
		"The newest backup was taken {{.Date}}. Opening it puts it in place of the damaged file, which is kept in the backups folder.",
		map[string]any{"Date": backupDate(dmg.Backup)})
	dlg := dialog.NewCustomConfirm(lang.X("damaged.title", "The workspace is damaged"), restoreLabel(dmg),
		lang.X("damaged.notnow", "Not now"), newMessageLabel(msg), func(yes bool) {
			if yes {
				d.restoreBackup(dmg)
			}
		}, d.win)
	dlg.Show()
}

// restoreBackup puts the backup in place of the damaged workspace (which
// is kept in the backups folder), opens it and says where the damaged
// file is.
func (d *Desk) restoreBackup(dmg *workspace.DamagedError) {
	runJob(d.jobs, job[string]{
		work: func(context.Context, func(int, int)) (string, error) {
			return workspace.RestoreBackup(dmg.Path, dmg.Backup)
		},
		done: func(kept string) {
			d.openWorkspace(dmg.Path, func(ok bool) {
				if ok && kept != "" {
					showMessage(lang.X("damaged.title.restored", "Backup opened"), lang.X("damaged.restored",
						"The backup of {{.Date}} is open. The damaged file is kept as {{.Kept}}.",
						map[string]any{"Date": backupDate(dmg.Backup), "Kept": kept}), d.win)
				}
			})
		},
	})
}

// showRolledBack says that the workspace opened as it was before its last
// change (its newer header page is damaged) and offers the newest backup,
// which may hold that change.
func (d *Desk) showRolledBack(path string) {
	msg := lang.X("rolledback.message", "A header page of the workspace is damaged: it opened as it was before its last change, which may be lost.")
	b, err := workspace.NewestBackup(path)
	if err != nil {
		showMessage(lang.X("rolledback.title", "The last change was lost"), msg, d.win)
		return
	}
	dmg := &workspace.DamagedError{Path: path, Backup: b}
	msg += "\n\n" + lang.X("rolledback.offer", "The newest backup was taken {{.Date}}. Opening it puts it in place of this file, which is kept in the backups folder.",
		map[string]any{"Date": backupDate(b)})
	dialog.NewCustomConfirm(lang.X("rolledback.title", "The last change was lost"), restoreLabel(dmg),
		lang.X("damaged.notnow", "Not now"), newMessageLabel(msg), func(yes bool) {
			if !yes || d.sess == nil || d.sess.Path() != path {
				return
			}
			d.views.form.flush()
			d.stopTeamFolder()
			d.jobs.wait()
			d.sess.Close()
			d.sess = nil
			d.restoreBackup(dmg)
		}, d.win).Show()
}
