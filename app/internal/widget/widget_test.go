package widget

import (
	"cmp"
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pledgereview/resources"
)

// cjkTheme is the light theme with the bundled CJK font, as the desk draws;
// dark draws it in the dark variant.
type cjkTheme struct {
	fyne.Theme
	dark bool
}

var cjkFont = fyne.NewStaticResource("wqy-microhei.ttf", resources.FontTTF)

func (cjkTheme) Font(fyne.TextStyle) fyne.Resource { return cjkFont }

func (t cjkTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if t.dark {
		return t.Theme.Color(n, theme.VariantDark)
	}
	return t.Theme.Color(n, theme.VariantLight)
}

// newGoldenWindow shows content on a headless window of the given size in
// the light theme with the bundled font.
func newGoldenWindow(t *testing.T, content fyne.CanvasObject, size fyne.Size) fyne.Window {
	t.Helper()
	return newGoldenWindowIn(t, content, size, false)
}

// newGoldenWindowIn is newGoldenWindow in the dark variant when dark.
func newGoldenWindowIn(t *testing.T, content fyne.CanvasObject, size fyne.Size, dark bool) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(cjkTheme{Theme: theme.DefaultTheme(), dark: dark})
	w := a.NewWindow("golden")
	w.SetContent(content)
	w.Resize(size)
	t.Cleanup(w.Close)
	return w
}

// drawnTexts are the texts drawn under o, as laid out: a label cut short
// shows here with its "…".
func drawnTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if t, ok := x.(*canvas.Text); ok && x.Visible() && t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out
}

// drawnLines are the texts drawn under o joined by the line they stand on,
// top to bottom.
func drawnLines(o fyne.CanvasObject) []string {
	type part struct {
		x, y float32
		text string
	}
	var parts []part
	for _, x := range test.LaidOutObjects(o) {
		if t, ok := x.(*canvas.Text); ok && x.Visible() && t.Text != "" {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(t)
			parts = append(parts, part{pos.X, pos.Y, t.Text})
		}
	}
	slices.SortFunc(parts, func(a, b part) int {
		if a.y != b.y {
			return cmp.Compare(a.y, b.y)
		}
		return cmp.Compare(a.x, b.x)
	})
	var lines []string
	for i, p := range parts {
		if i > 0 && p.y == parts[i-1].y {
			lines[len(lines)-1] += p.text
			continue
		}
		lines = append(lines, p.text)
	}
	return lines
}
