package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Golden images, light and dark: a count on track against the rising
// plan, and a rate behind its level in the error colour. With no points
// the sparkline hides. To make them again after an intended change: delete
// testdata/sparkline, run the test, look at testdata/failed/sparkline and
// move them in place.
func TestSparklineGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		t.Run(c.name, func(t *testing.T) {
			onTrack, behind, empty := NewSparkline(), NewSparkline(), NewSparkline()
			onTrack.Set([]SparkPoint{{0.1, 0.05}, {0.4, 0.45}, {0.8, 0.9}}, true, false)
			behind.Set([]SparkPoint{{0.2, 0.5}, {0.6, 0.7}}, false, true)
			empty.Set(nil, true, false)
			box := container.NewVBox(onTrack, behind, empty)
			w := newGoldenWindowIn(t, box, fyne.NewSize(260, 140), c.dark)
			if empty.Visible() {
				t.Error("a sparkline without points shows")
			}
			if got := strokes(behind); got != theme.Color(theme.ColorNameError) {
				t.Errorf("behind is drawn in %v, want the error colour", got)
			}
			assertGolden(t, "sparkline/"+c.name+".png", w)
		})
	}
}

// strokes is the colour of the first line of updates drawn under o.
func strokes(o fyne.CanvasObject) any {
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*canvas.Line); ok && l.StrokeWidth == 2 {
			return l.StrokeColor
		}
	}
	return nil
}
