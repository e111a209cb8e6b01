package window

import (
	"sync"
	"time"
)

// heldUI is the UI loop of a desk driven by a test: it holds what the desk
// hands to the UI goroutine until the test settles it (settle), on the
// test's goroutine. Fyne's test driver runs fyne.Do at once on the calling
// goroutine, which would touch the widgets while the test drives them.
type heldUI struct {
	mu     sync.Mutex
	queued []func()
}

func (h *heldUI) Do(f func()) {
	h.mu.Lock()
	h.queued = append(h.queued, f)
	h.mu.Unlock()
}

func (h *heldUI) take() []func() {
	h.mu.Lock()
	defer h.mu.Unlock()
	fs := h.queued
	h.queued = nil
	return fs
}

// settle waits for the jobs that run to end and, when their results are
// held, shows them, until no job runs: a result may start the next job (a
// backup restored, then the workspace opened).
func settle(js *jobs) {
	held, ok := js.toUI.(*heldUI)
	for {
		js.wait()
		if !ok {
			return
		}
		fs := held.take()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f()
		}
	}
}

// testDeps hold the typing pause back (the save after it never runs: a
// real timer would fire on its own goroutine while the test drives the
// same widgets) and the results of background work until settle. The test
// of the pause itself runs a real timer in a synctest bubble
// (useRealPause).
func testDeps() deps {
	return deps{ui: &heldUI{}, pause: func(time.Duration, func()) func() bool { return func() bool { return true } }}
}

// useRealPause makes the typing pause of d a real timer, for a test that
// runs in a synctest bubble; the timer hands the save to the test's
// goroutine through the desk's UI loop, as the program hands it to the UI
// goroutine.
func useRealPause(d *Desk) {
	d.pause = func(pause time.Duration, f func()) func() bool {
		return time.AfterFunc(pause, func() { d.jobs.toUI.Do(f) }).Stop
	}
}
