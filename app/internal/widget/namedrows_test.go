package widget

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Row names are shown whole in English and in Chinese, however narrow the
// cells; golden images of both.
func TestNamedRows(t *testing.T) {
	cases := []struct {
		golden string
		names  []string
	}{
		{"namedrows/english.png", []string{"", "Measurable", "Time-bound", "Delivery status"}},
		{"namedrows/chinese.png", []string{"", "可衡量", "时限明确", "落实状态"}},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			var rows []Row
			for i, n := range c.names {
				cells := []fyne.CanvasObject{widget.NewLabel("王芳"), widget.NewLabel("李雷")}
				if i > 0 {
					cells = []fyne.CanvasObject{widget.NewLabel("3"), canvas.NewText("—", nil)}
				}
				rows = append(rows, Row{Name: widget.NewLabel(n), Cells: cells})
			}
			table := NamedRows(rows)
			w := newGoldenWindow(t, table, fyne.NewSize(300, 190))
			drawn := drawnTexts(table)
			for _, n := range c.names[1:] {
				if !slices.Contains(drawn, n) {
					t.Errorf("%q is not shown whole: %q", n, drawn)
				}
			}
			for _, r := range rows {
				if r.Name.Size().Width < r.Name.MinSize().Width {
					t.Errorf("%q is clipped: %v wide, needs %v", r.Name.(*widget.Label).Text, r.Name.Size().Width, r.Name.MinSize().Width)
				}
			}
			assertGolden(t, c.golden, w)
		})
	}
}
