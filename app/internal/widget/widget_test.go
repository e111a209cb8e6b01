package widget

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pledgereview/resources"
)

// cjkTheme is the light theme with the bundled CJK font, as the desk draws.
type cjkTheme struct{ fyne.Theme }

var cjkFont = fyne.NewStaticResource("wqy-microhei.ttf", resources.FontTTF)

func (cjkTheme) Font(fyne.TextStyle) fyne.Resource { return cjkFont }

func (t cjkTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}

// newGoldenWindow shows content on a headless window of the given size in
// the light theme with the bundled font.
func newGoldenWindow(t *testing.T, content fyne.CanvasObject, size fyne.Size) fyne.Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(cjkTheme{theme.DefaultTheme()})
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
