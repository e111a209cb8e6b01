package window

import (
	"time"

	"fyne.io/fyne/v2"
)

// endOfSession is how long the window waits for a save when the system ends
// the session: Windows ends the process soon after its messages return.
const endOfSession = 10 * time.Second

// onUIAndWait runs f on the UI goroutine and waits for it, at most limit.
func onUIAndWait(f func(), limit time.Duration) {
	done := make(chan struct{})
	fyne.Do(func() {
		defer close(done)
		f()
	})
	select {
	case <-done:
	case <-time.After(limit):
	}
}

// watchEndOfSession keeps what is typed when the system ends the session:
// on Unix that is a signal (see Run); a Windows GUI process gets no signal
// at logoff or shutdown, only window messages (sessionend_windows.go).
func (d *Desk) watchEndOfSession(a fyne.App) {
	watchSessionEnd(
		func() { // the session may end: save, and stay usable if it does not
			onUIAndWait(func() {
				if !d.closing.closed && d.sess != nil {
					d.views.form.flush()
				}
			}, endOfSession)
		},
		func() { // it ends
			onUIAndWait(func() {
				d.shutdown()
				a.Quit()
			}, endOfSession)
		})
}
