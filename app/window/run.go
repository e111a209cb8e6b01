package window

// The wiring: Run and the constructor make the desk and give it what calls
// into the rooms above its views (the menu, the window without a
// workspace), its keys, its drops and its first workspace.

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// Run opens the main window and runs the application until it quits. The
// window shows at once; the workspace is opened off the UI goroutine (a
// large one takes a moment) and then put on the desk.
func Run(a fyne.App, opt Options) {
	a = withConfigPrefs(a, opt.ConfigDir)
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

// buildDesk makes the window with its theme, language and shortcuts, and
// gives the desk the rooms its views show but do not call: the menu and
// the content of a window without a workspace.
func buildDesk(a fyne.App, opt Options, dep deps) *Desk {
	p := a.Preferences()
	setLanguage(p.String(prefLanguage))
	oneFontStyle()
	a.Settings().SetTheme(newDeskTheme(p.String(prefVariant)))
	a.SetIcon(appIcon)
	d := &Desk{app: a, opt: opt, sel: newSelection(), pause: dep.pause}
	d.menu, d.noWorkspace = d.buildMenu, d.failureContent
	d.win = a.NewWindow(lang.X("app.title", "Pledge Review"))
	d.jobs = newJobs(d.win, dep.ui)
	d.jobs.before = func() { d.views.form.flush() }
	d.win.SetMaster()
	d.win.Resize(savedWindowSize(p))
	d.win.SetCloseIntercept(d.onClose)
	a.Lifecycle().SetOnStopped(d.shutdown)
	d.win.Canvas().SetOnTypedKey(d.onTypedKey)
	d.addShortcuts()
	d.win.SetOnDropped(d.onDropped)
	return d
}

// tellMoved says once that the data folder moved at this start (Windows:
// from the roaming to the local AppData), and where it is now.
func (d *Desk) tellMoved() {
	m := d.opt.Moved
	if m == nil {
		return
	}
	args := map[string]any{"From": m.From, "To": m.To}
	msg := lang.X("data.moved", "Your workspaces and reviewer identity moved from {{.From}} to {{.To}}. That folder stays on this computer instead of being copied with a roaming profile at every logon.", args)
	if m.Left {
		msg += "\n" + lang.X("data.moved.left", "Some files of the old folder could not be removed; it is no longer used.")
	}
	showMessage(lang.X("data.moved.title", "Data folder moved"), msg, d.win)
}
