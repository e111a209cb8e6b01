package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// At 1024×640, a laptop's window, the score form is in view as soon as a
// pledge is shown, and scoring every criterion by keyboard scrolls the
// form, never the pledge's text, out of view.
func TestPledgeStaysInViewWhileScoring(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1024, 640))
	pressKey(d, fyne.KeyDown)
	d.views.form.scroll.ScrollToTop()
	if !d.views.form.markerShown() {
		t.Fatal("at 1024×640 the first criterion is below the fold")
	}
	drv := a.Driver()
	at := drv.AbsolutePositionForObject(d.views.detail.text)
	last := len(d.views.form.crits) - 1
	for range last {
		pressKey(d, fyne.KeyRight)
	}
	pressKey(d, fyne.Key2)
	if d.views.form.scroll.Offset.Y == 0 {
		t.Fatal("the form did not scroll to its last criterion: the check below would check nothing")
	}
	if rv := reviewOf(t, d, d.currentRow().Pledge.ID); rv.Scores[d.views.form.crits[last].c.ID] != 2 {
		t.Fatalf("the last criterion was not scored: %v", rv.Scores)
	}
	now := drv.AbsolutePositionForObject(d.views.detail.text)
	if now != at || now.Y < 0 || now.Y+d.views.detail.text.Size().Height > d.win.Canvas().Size().Height {
		t.Errorf("the pledge's text moved from %v to %v while scoring", at, now)
	}
}
