package window

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// sideHeads reads the reviewers' names heading the side-by-side columns,
// the lines of a wrapped name joined.
func sideHeads(sb *sideBySide) []string {
	if len(sb.rows.Objects) == 0 {
		return nil
	}
	var out []string
	for _, o := range test.LaidOutObjects(sb.rows.Objects[0]) {
		if l, ok := o.(*messageLabel); ok && l.Text != "" {
			out = append(out, strings.Join(shownLines(l), ""))
		}
	}
	return out
}

// drawnTexts are the texts drawn on the canvas under o, as laid out: a
// label cut short shows here with its "…".
func drawnTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if t, ok := x.(*canvas.Text); ok && x.Visible() && t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}

// In English, at the window's default size, the side-by-side view names
// its rows whole ("Measurable", not "Measura…").
func TestSideBySideShowsEnglishLabelsWhole(t *testing.T) {
	for _, lng := range []string{langEn, langZh} {
		t.Run(lng, func(t *testing.T) {
			a := test.NewTempApp(t)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			li, wang := threeColleagues(t, d)
			mergeThrough(t, d, li, wang)
			closeOverlays(d)
			d.setLanguage(lng)
			d.selectPledge(sp1)
			// lay the window out at the size of a first start, as a frame
			// of the real driver does after the view is shown
			d.win.Resize(fyne.NewSize(1280, 799))
			d.win.Resize(fyne.NewSize(1280, 800))
			if !d.views.side.box.Visible() {
				t.Fatal("the side-by-side view is hidden")
			}
			drawn := drawnTexts(d.views.side.rows)
			want := []string{"Specific", "Measurable", "Time-bound", "Feasible", "Impact", "Delivery status", "Note", "Evidence"}
			if lng == langZh {
				want = []string{"具体性", "可衡量", "时限明确", "可行性", "影响力", "落实状态", "备注", "佐证"}
			}
			for _, w := range want {
				if !slices.Contains(drawn, w) {
					t.Errorf("the row %q is not shown whole; drawn: %q", w, drawn)
				}
			}
			for _, o := range test.LaidOutObjects(d.views.side.rows) {
				if l, ok := o.(*widget.Label); ok && slices.Contains(want, l.Text) && l.Size().Width < l.MinSize().Width {
					t.Errorf("the row %q is clipped: %v wide, needs %v", l.Text, l.Size().Width, l.MinSize().Width)
				}
			}
		})
	}
}
