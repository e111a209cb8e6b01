package window

import (
	"context"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// jobs runs the window's slow work (opening a workspace, reading a report
// file, writing an export) off the UI goroutine and brings the result back
// on it. Closing the window cancels what runs and waits for it to end, so
// the workspace is never closed under a job that still reads it.
type jobs struct {
	win     fyne.Window
	ctx     context.Context
	cancel  context.CancelFunc
	running sync.WaitGroup
	toUI    uiLoop // hands progress and results to the UI goroutine
	// before runs on the UI goroutine as a job starts: the desk saves what
	// is typed in the review form, so that work reading the workspace (an
	// export, a merge plan, an undo) sees it.
	before func()
}

// uiLoop runs f on the UI goroutine, later: fyne.Do in the program; a test
// gives a loop that holds f until the test runs it on its own goroutine.
type uiLoop interface{ Do(f func()) }

// fyneLoop is the program's UI loop.
type fyneLoop struct{}

func (fyneLoop) Do(f func()) { fyne.Do(f) }

func newJobs(win fyne.Window, ui uiLoop) *jobs {
	ctx, cancel := context.WithCancel(context.Background())
	return &jobs{win: win, ctx: ctx, cancel: cancel, toUI: ui}
}

// job is one piece of slow work and what to do with its result.
type job[T any] struct {
	// title of the progress dialog shown while the work runs; none when "".
	title string
	// determinate: the work reports its progress, the bar shows it.
	determinate bool
	// cancelable: the progress dialog has a Cancel button, which cancels
	// the ctx the work gets; the work then fails (or is discarded).
	cancelable bool
	// work runs on its own goroutine; it may report progress from there
	// and should stop early when ctx is cancelled.
	work func(ctx context.Context, progress func(n, total int)) (T, error)
	// done gets the result on the UI goroutine.
	done func(T)
	// failed gets the error on the UI goroutine; nil shows it in a dialog.
	failed func(error)
	// discard releases a result that came after the window closed.
	discard func(T)
	// keepForm: the job is the review form's own read (its history), run
	// while the form saves: the runner must not save the form first.
	keepForm bool
}

// runJob starts j. Its progress dialog, if any, is gone when done or
// failed runs.
func runJob[T any](js *jobs, j job[T]) {
	if js.before != nil && !j.keepForm {
		js.before()
	}
	ctx, cancel := context.WithCancel(js.ctx)
	var onCancel func()
	if j.cancelable {
		onCancel = cancel
	}
	prog := newJobProgress(js.win, j.title, j.determinate, js.toUI.Do, onCancel)
	js.running.Add(1)
	go func() {
		defer js.running.Done()
		defer cancel()
		var out T
		err := safely(func() (err error) {
			out, err = j.work(ctx, prog.report)
			return err
		})
		js.toUI.Do(func() { finishJob(js, j, prog, out, err) })
	}()
}

// finishJob hands a job's result over, on the UI goroutine.
func finishJob[T any](js *jobs, j job[T], prog *jobProgress, out T, err error) {
	prog.hide()
	switch {
	case js.ctx.Err() != nil: // the window closed meanwhile
		if err == nil && j.discard != nil {
			j.discard(out)
		}
	case err != nil && j.failed != nil:
		j.failed(err)
	case err != nil:
		showError(js.win, err)
	case j.done != nil:
		j.done(out)
	}
}

// run is a job that makes no result: work reports its progress (when
// determinate, behind a bar) and done gets its error, nil when it worked,
// on the UI goroutine. A title of "" shows no progress dialog.
func (js *jobs) run(title string, determinate bool, work func(progress func(n, total int)) error, done func(error)) {
	runJob(js, job[struct{}]{title: title, determinate: determinate,
		work: func(_ context.Context, progress func(n, total int)) (struct{}, error) {
			return struct{}{}, work(progress)
		},
		done:   func(struct{}) { done(nil) },
		failed: done,
	})
}

// read is run without a title for the review form's own reads: it does not
// save the form first (keepForm).
func (js *jobs) read(work func() error, done func(error)) {
	runJob(js, job[struct{}]{keepForm: true,
		work:   func(context.Context, func(n, total int)) (struct{}, error) { return struct{}{}, work() },
		done:   func(struct{}) { done(nil) },
		failed: done,
	})
}

// stop cancels every job and waits for them to end; results that come
// after it are discarded.
func (js *jobs) stop() {
	js.cancel()
	js.wait()
}

// wait waits for the jobs that run to end; their results reach the UI
// goroutine after it.
func (js *jobs) wait() { js.running.Wait() }

// jobProgress is the dialog shown while a job runs.
type jobProgress struct {
	dlg  *dialog.CustomDialog
	bar  *widget.ProgressBar
	spin *widget.ProgressBarInfinite // stopped when the dialog goes (spinners.go)
	last int                         // the last percent shown
	toUI func(func())
}

// newJobProgress shows the dialog; with cancel set, it has a Cancel button
// that calls it.
func newJobProgress(w fyne.Window, title string, determinate bool, toUI func(func()), cancel func()) *jobProgress {
	p := &jobProgress{last: -1, toUI: toUI}
	if title == "" {
		return p
	}
	var body fyne.CanvasObject
	if determinate {
		p.bar = widget.NewProgressBar()
		body = p.bar
	} else {
		p.spin = widget.NewProgressBarInfinite()
		body = p.spin
	}
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewPadded(body), w)
	if cancel != nil {
		var btn *widget.Button
		btn = widget.NewButton(lang.X("cancel", "Cancel"), func() {
			btn.Disable() // the work stops at its next check; the dialog goes when it has
			cancel()
		})
		p.dlg.SetButtons([]fyne.CanvasObject{btn})
	}
	p.dlg.Resize(fyne.NewSize(420, p.dlg.MinSize().Height))
	p.dlg.Show()
	return p
}

// report shows n of total done; called from the job's goroutine, it
// updates the bar once per percent.
func (p *jobProgress) report(n, total int) {
	if p.bar == nil || total <= 0 {
		return
	}
	pct := min(100, n*100/total)
	if pct == p.last {
		return
	}
	p.last = pct
	p.toUI(func() { p.bar.SetValue(float64(pct) / 100) })
}

func (p *jobProgress) hide() {
	if p.dlg != nil {
		p.dlg.Hide()
	}
	if p.spin != nil {
		p.spin.Stop()
	}
}
