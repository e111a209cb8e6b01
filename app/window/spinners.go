package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// An infinite progress bar animates until it is stopped or Fyne drops its
// renderer, about a minute after it was last drawn: hidden in a closed
// dialog, or in content the window no longer shows, it would redraw the
// window at every frame until then. So every one is stopped when it goes.

// setContent shows c in w and stops the infinite bars of what it showed.
func setContent(w fyne.Window, c fyne.CanvasObject) {
	if old := w.Content(); old != nil {
		stopSpinners(old)
	}
	w.SetContent(c)
}

// stopSpinners stops the infinite progress bars in o.
func stopSpinners(o fyne.CanvasObject) {
	switch o := o.(type) {
	case *widget.ProgressBarInfinite:
		o.Stop()
	case *fyne.Container:
		for _, child := range o.Objects {
			stopSpinners(child)
		}
	}
}
