package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// spinnerIn is the infinite progress bar drawn in o, nil for none.
func spinnerIn(o fyne.CanvasObject) *widget.ProgressBarInfinite {
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.ProgressBarInfinite); ok {
			return b
		}
	}
	return nil
}

// The bar of "Opening the workspace…" stops when the desk takes its place:
// left running, it redrew the window at every frame until Fyne dropped it,
// a minute later. (A job's bar is stopped as its dialog goes, jobs.go; the
// test driver drops a closed dialog's renderers at once, so only the
// window shows that: ~95 % of a core for a minute after an undo before.)
func TestLoadingSpinnerStopsWithTheDesk(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.showLoading()
	spin := spinnerIn(d.win.Content())
	if spin == nil || !spin.Running() {
		t.Fatal("the loading screen shows no running bar")
	}
	d.rebuild()
	if spin.Running() {
		t.Error("the loading bar still runs under the desk")
	}
}
