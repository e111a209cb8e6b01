package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// clipped lists the buttons narrower than their content and the entries
// too narrow for their placeholder, among the objects laid out in o.
func clipped(o fyne.CanvasObject) []string {
	var out []string
	pad := 2 * (theme.Padding() + theme.InputBorderSize() + theme.InnerPadding())
	for _, x := range test.LaidOutObjects(o) {
		switch w := x.(type) {
		case *widget.Button:
			if w.Visible() && w.Size().Width+0.5 < w.MinSize().Width {
				out = append(out, "button "+w.Text)
			}
		case *widget.Entry:
			need := fyne.MeasureText(w.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width + pad
			if w.Visible() && w.Text == "" && w.Size().Width < need {
				out = append(out, "placeholder "+w.PlaceHolder)
			}
		}
	}
	return out
}

// At 1024×640, the smallest window we support, no field's hint is cut and
// no button is clipped.
func TestSmallWindowClipsNothing(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1024, 640))
	d.list.list.Select(0)
	d.form.evidence.onAdd()
	d.win.Content().Refresh()
	for _, c := range clipped(d.win.Content()) {
		t.Errorf("at 1024×640: %s", c)
	}
}

func TestSmallWindowClipsNothingInEnglish(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1024, 640))
	d.list.list.Select(0)
	d.form.evidence.onAdd()
	for _, c := range clipped(d.win.Content()) {
		t.Errorf("at 1024×640: %s", c)
	}
}
