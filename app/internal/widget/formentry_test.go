package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// Golden images, light and dark: a one-line entry and a wrapped note with
// Chinese text, above a row of level buttons. Escape leaves an entry and
// tells it the focus is lost (the form saves then); the mouse over a level
// button is told. To make them again after an intended change: delete
// testdata/formentry, run the test, look at testdata/failed/formentry and
// move them in place.
func TestFormEntryAndLevelButtonGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		t.Run(c.name, func(t *testing.T) {
			// the theme is set before the entries are made: an entry made
			// before keeps colours of the test theme in its renderer
			w := newGoldenWindowIn(t, container.NewVBox(), fyne.NewSize(260, 200), c.dark)
			blurs, focused, changes := 0, 0, 0
			lead := NewFormEntry(false, func(string) { changes++ }, func() { blurs++ })
			lead.OnFocus = func() { focused++ }
			note := NewFormEntry(true, nil, nil)
			note.SetText("已建成充电桩3200座，年底前完成剩余1800座的建设任务。")
			var hovered []bool
			levels := container.NewHBox()
			for _, l := range []string{"0", "1", "2", "3", "4"} {
				levels.Add(NewLevelButton(l, func() {}, func(in bool) { hovered = append(hovered, in) }))
			}
			w.SetContent(container.NewVBox(lead, note, levels))

			w.Canvas().Focus(lead)
			for _, r := range "市发改委" {
				lead.TypedRune(r)
			}
			if focused != 1 || changes != 4 {
				t.Errorf("focus told %d times, changes %d; want 1 and 4", focused, changes)
			}
			lead.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if w.Canvas().Focused() != nil || blurs != 1 {
				t.Errorf("Escape left the focus on %v, blur told %d times", w.Canvas().Focused(), blurs)
			}
			b := levels.Objects[2].(*LevelButton)
			b.MouseIn(&desktop.MouseEvent{})
			b.MouseOut()
			if len(hovered) != 2 || !hovered[0] || hovered[1] {
				t.Errorf("hover told %v, want [true false]", hovered)
			}
			assertGolden(t, "formentry/"+c.name+".png", w)
		})
	}
}
