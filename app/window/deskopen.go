package window

// Opening a workspace and putting it on the desk, and what opening may
// find: a damaged store with a backup to open instead (damaged.go), a
// header page rolled back.

import (
	"context"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// openWorkspace opens (or creates and seeds) a workspace off the UI
// goroutine and puts it on the desk; on failure the current one stays.
// done, when not nil, is told on the UI goroutine whether it worked.
func (d *Desk) openWorkspace(path string, done func(bool)) {
	if done == nil {
		done = func(bool) {}
	}
	if d.sess != nil && workspace.SamePath(d.sess.Path(), path) {
		done(true)
		return
	}
	runJob(d.jobs, job[*workspace.Session]{
		title: lang.X("open.progress", "Opening the workspace…"),
		work: func(context.Context, func(int, int)) (*workspace.Session, error) {
			return workspace.Open(path, d.opt.ConfigDir)
		},
		done: func(sess *workspace.Session) {
			d.sel.row = -1
			d.loaded.report = nil
			d.useSession(sess, done)
		},
		failed: func(err error) {
			if d.sess == nil {
				d.showOpenFailure(path, err)
			} else {
				d.showOpenError(err)
			}
			done(false)
		},
		discard: closeSession,
	})
}

// useSession puts an open workspace on the desk, replacing the current one.
// The workspace is on the desk once its report is read (off the UI
// goroutine); until then the window says it is opening. then, when not
// nil, is told whether the workspace is on the desk.
func (d *Desk) useSession(sess *workspace.Session, then func(ok bool)) {
	if then == nil {
		then = func(bool) {}
	}
	p := d.app.Preferences()
	if d.sess != nil {
		d.views.form.flush()
		d.stopTeamFolder()
		d.jobs.wait()
		d.sess.Close()
		d.sess = nil
		d.showLoading()
	}
	rememberWorkspace(p, sess.Path())
	d.loadReport(sess, p.String(prefLastReport), nil, func(l loadedReport, err error) {
		if err != nil {
			sess.Close()
			d.showOpenFailure(sess.Path(), workspace.DamagedWithBackup(sess.Path(), err))
			then(false)
			return
		}
		d.sess = sess
		d.listing.filter = loadFilter(p)
		d.listing.disputedOnly = p.Bool(prefDisputed)
		d.listing.behindOnly = p.Bool(prefBehind)
		d.applyReport(l)
		d.rebuild()
		d.restorePledge(p.String(prefLastPledge))
		d.startTeamFolder()
		if sess.RolledBack() {
			d.showRolledBack(sess.Path())
		}
		if rc := sess.Reclassified(); len(rc.Reports) > 0 {
			showReclassified(rc, d.win)
		}
		if sess.Me().Name == "" {
			d.askName(true)
		}
		then(true)
		// what opening left behind (the store's reads, the parse of the
		// report) goes back to the system now, not over minutes
		go debug.FreeOSMemory()
	})
}

// showOpenFailure fills the window with what went wrong and the ways on:
// open another workspace or make a new one.
func (d *Desk) showOpenFailure(path string, err error) {
	d.sess = nil
	d.failure.failPath, d.failure.failErr = path, err
	d.rebuild()
	if err != nil {
		d.showOpenError(err)
	}
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
