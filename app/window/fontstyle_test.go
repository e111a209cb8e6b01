package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// The desk with a pledge and its review form draws every text in one
// style: Fyne parses the 4.6 MB CJK font once per style it draws (≈ 25 MB
// each), and the font has no bold, italic or monospace face to show.
func TestDeskDrawsOneFontStyle(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1280, 800))
	if !d.selectPledge("taiyuan-2021/01.01.00") {
		t.Fatal("the pledge is not on the desk")
	}
	settle(d.jobs)
	texts := 0
	for _, o := range test.LaidOutObjects(d.win.Content()) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			texts++
			if tx.TextStyle != (fyne.TextStyle{}) {
				t.Errorf("%q is drawn in the style %+v", tx.Text, tx.TextStyle)
			}
		}
	}
	if texts < 50 {
		t.Fatalf("only %d texts on the desk", texts)
	}
}
