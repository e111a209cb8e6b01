package window

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
			if w.Validator != nil { // room for the validation mark
				need += theme.IconInlineSize() + theme.Padding()
			}
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
	for _, c := range clipped(d.win.Content()) {
		t.Errorf("at 1024×640, no pledge shown: %s", c)
	}
	d.views.list.list.Select(0)
	d.views.form.evidence.onAdd()
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
	for _, c := range clipped(d.win.Content()) {
		t.Errorf("at 1024×640, no pledge shown: %s", c)
	}
	d.views.list.list.Select(0)
	d.views.form.evidence.onAdd()
	for _, c := range clipped(d.win.Content()) {
		t.Errorf("at 1024×640: %s", c)
	}
}

// In a small window the right side scrolls down to the end of the form
// once a pledge is shown: the scroll follows its content as it grows.
func TestRightSideScrollsToTheWholeForm(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1024, 640))
	s := d.views.form.scroll
	reach := func(when string) {
		t.Helper()
		if got, want := s.Content.Size().Height, s.Content.MinSize().Height; got < want-0.5 {
			t.Errorf("%s: the scroll reaches %.0f of the %.0f the right side needs", when, got, want)
		}
	}
	d.views.list.list.Select(0)
	reach("a pledge shown")
	d.views.form.evidence.onAdd()
	reach("evidence added")
	test.Tap(d.views.form.crits[0].levels[2])
	reach("after a save")
	s.ScrollToBottom()
	d.views.form.focus = len(d.views.form.crits) - 1
	if !d.views.form.markerShown() && s.Offset.Y == 0 {
		t.Error("scrolled to the bottom, the right side has not moved")
	}
}
