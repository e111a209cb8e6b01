package window

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"runtime/debug"
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
// job: the report on the desk (loaded), what the list shows (listing), the
// views (views) and the pledge shown on the right (sel, which the views
// subscribe to).
type Desk struct {
	app  fyne.App
	win  fyne.Window
	opt  Options
	jobs *jobs // slow work off the UI goroutine
	// pause runs f on the UI goroutine after d (the typing pause before a
	// save) and returns what stops it.
	pause func(d time.Duration, f func()) (stop func() bool)

	// keysAccepted are the new keys the user accepted, by reviewer id,
	// after comparing their words (confirmForgetKey): a file claiming that
	// id with that key is merged (see acceptClaims).
	keysAccepted map[string][]byte

	sess    *workspace.Session // nil while no workspace is open
	teamdir *teamFolder        // the team folder of the workspace (teamfolder.go)
	loaded  loadedReport
	listing listState
	views   deskViews
	sel     *selection

	lastSaved    time.Time
	toldReadOnly bool // the user was told that the workspace is read-only
	closing      closing
	failure      openFailure
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
	calmAnimations(a)
	if os.Getenv("GOGC") == "" {
		// the heap of an open window is mostly the font's parsed glyphs,
		// which live as long as it: collect when 30 % more is allocated, not
		// 100 % (the memory goal: 1.5 × a bare Fyne window)
		debug.SetGCPercent(30)
	}
	d := buildDesk(a, opt, programDeps())
	d.showLoading()
	runJob(d.jobs, job[*workspace.Session]{
		work: func(context.Context, func(int, int)) (*workspace.Session, error) { return opt.open() },
		done: func(sess *workspace.Session) {
			d.useSession(sess, nil)
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
	setContent(d.win, container.NewCenter(container.NewVBox(msg, bar, newFrameProbe(probeFirstFrame))))
}

// deps are what the desk takes from its surroundings: the loop that runs
// work on the UI goroutine and the timer of the typing pause. Run gives the
// program's; the tests give their own.
type deps struct {
	ui    uiLoop
	pause func(d time.Duration, f func()) (stop func() bool)
}

func programDeps() deps {
	return deps{ui: fyneLoop{}, pause: func(d time.Duration, f func()) func() bool {
		return time.AfterFunc(d, func() { fyne.Do(f) }).Stop
	}}
}

// buildDesk makes the window with its theme, language and shortcuts.
func buildDesk(a fyne.App, opt Options, dep deps) *Desk {
	p := a.Preferences()
	setLanguage(p.String(prefLanguage))
	oneFontStyle()
	a.Settings().SetTheme(newDeskTheme(p.String(prefVariant)))
	a.SetIcon(appIcon)
	d := &Desk{app: a, opt: opt, sel: newSelection(), pause: dep.pause}
	d.win = a.NewWindow(lang.X("app.title", "Pledge Review"))
	d.jobs = newJobs(d.win, dep.ui)
	d.jobs.before = func() { d.views.form.flush() }
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
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	d.loadReport(d.sess, d.loaded.report.ID, nil, func(l loadedReport, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		d.reloadWith(l)
	})
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

// loadReport reads report id of sess (the workspace's default report when
// id is unknown) off the UI goroutine, and gives it to shown on the UI
// goroutine: the one way a report comes on the desk (a workspace opened,
// another report chosen, a report imported, a reload). first, when not
// nil, runs in the same job before the read (an import stores its report).
// A result for a workspace no longer on the desk is dropped.
func (d *Desk) loadReport(sess *workspace.Session, id string, first func() error, shown func(loadedReport, error)) {
	was := d.sess
	current := func() bool { return d.sess == was }
	runJob(d.jobs, job[loadedReport]{
		work: func(context.Context, func(int, int)) (loadedReport, error) {
			if first != nil {
				if err := first(); err != nil {
					return loadedReport{}, err
				}
			}
			return readReport(sess, id)
		},
		done: func(l loadedReport) {
			if current() {
				shown(l, nil)
			}
		},
		failed: func(err error) {
			if current() {
				shown(loadedReport{}, err)
			}
		},
		// the window closed while a workspace being opened (none was on
		// the desk) was read: nobody else closes it
		discard: func(loadedReport) {
			if was == nil {
				closeSession(sess)
			}
		},
	})
}

// save stores a review in one transaction and shows the result everywhere.
func (d *Desk) save(rv data.Review) (data.Review, bool) {
	if d.sess == nil {
		return rv, false
	}
	i, ok := d.loaded.index.Position(rv.PledgeID)
	if !ok {
		return rv, false
	}
	old := d.loaded.index.Rows[i].Mine
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
	d.loaded.index.Set(saved)
	d.listing.cache.Clear()
	d.loaded.team.set(saved)
	if i == d.sel.row {
		d.views.side.show(d.loaded.team, saved.PledgeID)
		d.views.prog.show(d.loaded.index.Rows[i].Pledge, saved)
	}
	d.views.bar.showDisputedCount()
	d.loaded.tallies.Move(d.loaded.index.Rows[i].Pledge, old, saved)
	if pos := d.rowPosition(i); pos >= 0 {
		d.views.list.list.RefreshItem(pos)
	}
	d.views.tree.refresh()
	d.lastSaved = time.Now()
	d.views.status.refresh()
	d.teamFolderSaved()
	return saved, true
}

// switchReport puts another report of the workspace on the desk.
func (d *Desk) switchReport(id string) {
	if d.loaded.report != nil && d.loaded.report.ID == id {
		return
	}
	d.loadReport(d.sess, id, nil, func(l loadedReport, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		d.applyReport(l)
		d.rebuild()
	})
}

// onClose saves what is typed and the window's state, closes the workspace
// and closes the window.
// onClose closes the window. When typed text cannot be saved, the first
// close is refused so the user sees why and can copy the text; a second
// close goes through.
func (d *Desk) onClose() {
	if d.sess != nil && !d.closing.closeForced && !d.views.form.flush() {
		d.closing.closeForced = true
		if d.sess.ReadOnly() {
			showError(d.win, data.ErrReadOnly)
		}
		return
	}
	d.shutdown()
	d.win.Close()
}

func (d *Desk) shutdown() {
	if d.closing.closed {
		return
	}
	d.closing.closed = true
	d.jobs.stop()
	p := d.app.Preferences()
	if s := d.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
	if d.sess != nil {
		d.views.form.flush()
		storeFilter(p, d.listing.filter)
		d.stopTeamFolder()
		if err := d.sess.Close(); err != nil {
			fyne.LogError("close workspace", err)
		}
		d.sess = nil
	}
}
