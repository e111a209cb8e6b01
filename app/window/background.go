package window

import "time"

// inBackground runs work off the UI goroutine, then show with its error (a
// panic in work is one) on the UI goroutine, on the desk's job runner: a
// workspace is closed only when no work of the desk still reads it.
func (d *Desk) inBackground(work func() error, show func(error)) {
	d.jobs.run("", false, func(func(int, int)) error { return work() }, show)
}

// runJob is inBackground behind a progress dialog titled title, for work
// the user waits for (a merge, an undo).
func (d *Desk) runJob(title string, work func() error, done func(error)) {
	d.jobs.run(title, false, func(func(int, int)) error { return work() }, done)
}

// readForForm runs the review form's own reads (its history) off the UI
// goroutine; unlike inBackground it does not save the form first.
func (d *Desk) readForForm(work func() error, show func(error)) { d.jobs.read(work, show) }

// after runs f on the UI goroutine after pause (the review form's typing
// pause) and returns what stops it.
func (d *Desk) after(pause time.Duration, f func()) func() bool { return d.pause(pause, f) }
