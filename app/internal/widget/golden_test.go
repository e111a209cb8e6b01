package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// assertGolden compares the window as drawn with testdata/name.
func assertGolden(t *testing.T, name string, w fyne.Window) {
	t.Helper()
	test.AssertImageMatches(t, name, w.Canvas().Capture())
}
