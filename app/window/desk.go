package window

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Desk is the review desk: one window in which the local reviewer works
// through the pledges of a report. Its state is in parts, each with one
// job: the report on the desk (loadedReport), what the list shows
// (listState), the views (deskViews) and the pledge shown on the right
// (sel, which the views subscribe to).
type Desk struct {
	app  fyne.App
	win  fyne.Window
	opt  Options
	jobs *jobs // slow work off the UI goroutine

	// keysAccepted are the new keys the user accepted, by reviewer id,
	// after comparing their words (confirmForgetKey): a file claiming that
	// id with that key is merged (see acceptClaims).
	keysAccepted map[string][]byte

	sess    *workspace.Session // nil while no workspace is open
	teamdir *teamFolder        // the team folder of the workspace (teamfolder.go)
	loadedReport
	listState
	deskViews
	sel *selection

	lastSaved    time.Time
	toldReadOnly bool // the user was told that the workspace is read-only
	closing
	openFailure
}

// closing is where closing the window stands.
type closing struct {
	closed bool
	// closeForced: a close was refused once because a save failed.
	closeForced bool
}

// openFailure is the workspace that could not be opened, and why.
type openFailure struct {
	failPath string
	failErr  error
}

// Run opens the main window and runs the application until it quits. The
// window shows at once; the workspace is opened off the UI goroutine (a
// large one takes a moment) and then put on the desk.
func Run(a fyne.App, opt Options) {
	d := buildDesk(a, opt)
	d.showLoading()
	runJob(d.jobs, job[*workspace.Session]{
		work: func(context.Context, func(int, int)) (*workspace.Session, error) { return opt.open() },
		done: func(sess *workspace.Session) {
			d.useSession(sess)
			d.tellMoved()
		},
		failed:  func(err error) { d.showOpenFailure(d.opt.Workspace, err) },
		discard: closeSession,
	})
	// a logout or kill saves what is typed, as closing the window does
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		<-sig
		fyne.Do(func() {
			d.shutdown()
			a.Quit()
		})
	}()
	d.watchEndOfSession(a)
	d.win.ShowAndRun()
}

// closeSession closes a workspace opened for a window that closed meanwhile.
func closeSession(sess *workspace.Session) {
	if err := sess.Close(); err != nil {
		fyne.LogError("close workspace", err)
	}
}

// showLoading is the window's content while the workspace opens.
func (d *Desk) showLoading() {
	d.win.SetMainMenu(d.buildMenu())
	msg := widget.NewLabel(lang.X("open.progress", "Opening the workspace…"))
	msg.Alignment = fyne.TextAlignCenter
	bar := widget.NewProgressBarInfinite()
	d.win.SetContent(container.NewCenter(container.NewVBox(msg, bar, newFrameProbe(probeFirstFrame))))
}

// buildDesk makes the window with its theme, language and shortcuts.
func buildDesk(a fyne.App, opt Options) *Desk {
	p := a.Preferences()
	setLanguage(p.String(prefLanguage))
	a.Settings().SetTheme(newDeskTheme(p.String(prefVariant)))
	a.SetIcon(appIcon)
	d := &Desk{app: a, opt: opt, sel: newSelection()}
	d.win = a.NewWindow(lang.X("app.title", "Pledge Review"))
	d.jobs = newJobs(d.win)
	d.win.SetMaster()
	d.win.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1280)), float32(p.FloatWithFallback(prefHeight, 800))))
	d.win.SetCloseIntercept(d.onClose)
	a.Lifecycle().SetOnStopped(d.shutdown)
	d.win.Canvas().SetOnTypedKey(d.onTypedKey)
	d.addShortcuts()
	d.win.SetOnDropped(d.onDropped)
	return d
}

// Reload reads the reviews of the report again, after a feature changed
// the workspace behind the desk (a merge, say); the pledge shown stays.
func (d *Desk) Reload() {
	if d.sess == nil || d.report == nil {
		return
	}
	d.form.flush()
	l, err := readReport(d.sess, d.report.ID)
	if err != nil {
		showError(d.win, err)
		return
	}
	d.reloadWith(l)
}

// reloadWith shows a report read again (after a merge or an undo) and keeps
// the pledge that was shown.
func (d *Desk) reloadWith(l loadedReport) {
	shown := ""
	if row := d.currentRow(); row != nil {
		shown = row.Pledge.ID
	}
	d.applyReport(l)
	d.rebuild()
	d.restorePledge(shown)
}

// useSession puts an open workspace on the desk, replacing the current one.
func (d *Desk) useSession(sess *workspace.Session) {
	p := d.app.Preferences()
	if d.sess != nil {
		d.form.flush()
		d.stopTeamFolder()
		d.jobs.Wait()
		d.sess.Close()
	}
	d.sess = sess
	rememberWorkspace(p, sess.Path())
	d.filter = loadFilter(p)
	d.disputedOnly = p.Bool(prefDisputed)
	d.behindOnly = p.Bool(prefBehind)
	if err := d.loadReport(p.String(prefLastReport)); err != nil {
		d.sess = nil
		sess.Close()
		d.showOpenFailure(sess.Path(), workspace.DamagedWithBackup(sess.Path(), err))
		return
	}
	d.rebuild()
	d.restorePledge(p.String(prefLastPledge))
	d.startTeamFolder()
	if sess.RolledBack() {
		d.showRolledBack(sess.Path())
	}
	if sess.Me.Name == "" {
		d.askName(true)
	}
}

// loadReport builds the index of report id (or the workspace's default
// report when id is unknown) with the local reviewer's reviews.
func (d *Desk) loadReport(id string) error {
	l, err := readReport(d.sess, id)
	if err != nil {
		return err
	}
	d.applyReport(l)
	return nil
}

// save stores a review in one transaction and shows the result everywhere.
func (d *Desk) save(rv data.Review) (data.Review, bool) {
	if d.sess == nil {
		return rv, false
	}
	i, ok := d.index.Position(rv.PledgeID)
	if !ok {
		return rv, false
	}
	old := d.index.Rows[i].Mine
	saved, err := d.sess.SaveReview(rv)
	if err != nil {
		// read-only: said once; the typed text stays in the form
		if !errors.Is(err, data.ErrReadOnly) || !d.toldReadOnly {
			showError(d.win, err)
		}
		d.toldReadOnly = d.toldReadOnly || errors.Is(err, data.ErrReadOnly)
		return old, false
	}
	if saved.Updated == old.Updated {
		return saved, true // nothing changed
	}
	d.index.Set(saved)
	d.cache.Clear()
	d.team.set(saved)
	if i == d.sel.row {
		d.side.show(d.team, saved.PledgeID)
		d.prog.show(d.index.Rows[i].Pledge, saved)
	}
	d.bar.showDisputedCount()
	d.tallies.Move(d.index.Rows[i].Pledge, old, saved)
	if pos := d.rowPosition(i); pos >= 0 {
		d.list.list.RefreshItem(pos)
	}
	d.tree.refresh()
	d.lastSaved = time.Now()
	d.status.refresh()
	d.teamFolderSaved()
	return saved, true
}

// switchReport puts another report of the workspace on the desk.
func (d *Desk) switchReport(id string) {
	if d.report != nil && d.report.ID == id {
		return
	}
	d.form.flush()
	if err := d.loadReport(id); err != nil {
		showError(d.win, err)
		return
	}
	d.rebuild()
}

// onClose saves what is typed and the window's state, closes the workspace
// and closes the window.
// onClose closes the window. When typed text cannot be saved, the first
// close is refused so the user sees why and can copy the text; a second
// close goes through.
func (d *Desk) onClose() {
	if d.sess != nil && !d.closeForced && !d.form.flush() {
		d.closeForced = true
		if d.sess.ReadOnly() {
			showError(d.win, data.ErrReadOnly)
		}
		return
	}
	d.shutdown()
	d.win.Close()
}

func (d *Desk) shutdown() {
	if d.closed {
		return
	}
	d.closed = true
	d.jobs.stop()
	p := d.app.Preferences()
	if s := d.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
	if d.sess != nil {
		d.form.flush()
		storeFilter(p, d.filter)
		d.stopTeamFolder()
		if err := d.sess.Close(); err != nil {
			fyne.LogError("close workspace", err)
		}
		d.sess = nil
	}
}
