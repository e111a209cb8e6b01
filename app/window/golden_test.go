package window

import (
	"image"
	"image/draw"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// cropTo cuts an object's area out of a capture of its window.
func cropTo(img image.Image, o fyne.CanvasObject) image.Image {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	size := o.Size()
	r := image.Rect(int(pos.X), int(pos.Y), int(pos.X+size.Width), int(pos.Y+size.Height)).Intersect(img.Bounds())
	out := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Bounds(), img, r.Min, draw.Src)
	return out
}

// Golden images of the pledge list and the review form in Chinese, drawn
// with the bundled font by the app's theme. To make them again after an
// intended change: delete testdata/pledgelist and testdata/reviewform, run
// the test, look at testdata/failed/… and move the files in place.
func TestGoldenListAndForm(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefVariant, variantLight)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	me := d.sess.Me().ID
	// a few reviews so that the rows show statuses, averages and flags
	for k, pos := range []int{0, 1, 3} {
		rv := datatest.Review(d.loaded.index.Rows[pos].Pledge.ID, me, k+1)
		rv.Status = []data.Status{data.InProgress, data.Behind, data.Done}[k]
		if _, ok := d.save(rv); !ok {
			t.Fatal("save failed")
		}
	}
	d.views.list.list.Select(1)
	d.win.Canvas().Unfocus()
	d.views.list.list.ScrollToTop()

	test.AssertImageMatches(t, "pledgelist/list_zh.png", cropTo(d.win.Canvas().Capture(), d.views.list.box))

	d.views.form.history.box.Hide() // its times change from run to run
	d.win.Resize(fyne.NewSize(1280, 1800))
	test.AssertImageMatches(t, "reviewform/form_zh.png", cropTo(d.win.Canvas().Capture(), d.views.form.box))
}
