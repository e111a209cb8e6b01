package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// inBackground runs work off the UI goroutine, then show with its error (a
// panic in work is one) on the UI goroutine. The desk counts the run until
// show is handed over, so that a workspace is closed only when no work of
// the desk still reads it.
func (d *Desk) inBackground(work func() error, show func(error)) {
	d.jobs.Add(1)
	go func() {
		defer d.jobs.Done()
		err := safely(work)
		fyne.Do(func() { show(err) })
	}()
}

// runJob is inBackground behind a progress dialog titled title, for work
// the user waits for (a merge, an undo).
func (d *Desk) runJob(title string, work func() error, done func(error)) {
	prog := dialog.NewCustomWithoutButtons(title, container.NewPadded(widget.NewProgressBarInfinite()), d.win)
	prog.Resize(fyne.NewSize(420, prog.MinSize().Height))
	prog.Show()
	d.inBackground(work, func(err error) {
		prog.Hide()
		done(err)
	})
}
