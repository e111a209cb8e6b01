package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ShareBar is a small bar split in colours, each part as wide as its share
// of the total; a part of a transparent colour leaves its share empty
// inside the outline. It is no progress bar: whoever shows it says what
// the colours are (Legend).
type ShareBar struct {
	widget.BaseWidget
	frame  *canvas.Rectangle // the outline, in a colour seen on light and dark
	rects  []*canvas.Rectangle
	counts []int
}

// ShareBarSize is the size a ShareBar asks for.
var ShareBarSize = fyne.NewSize(44, 10)

// NewShareBar makes a bar of the parts of the colours given, in order.
func NewShareBar(colors []color.Color) *ShareBar {
	b := &ShareBar{counts: make([]int, len(colors)), frame: canvas.NewRectangle(color.Transparent)}
	b.frame.StrokeWidth = 1
	for _, c := range colors {
		b.rects = append(b.rects, canvas.NewRectangle(c))
	}
	b.ExtendBaseWidget(b)
	return b
}

// OutlineColor is the colour of a bar's outline and a swatch's, read from
// the theme so that it stands out on the light and the dark background
// alike.
func OutlineColor() color.Color { return theme.Color(theme.ColorNamePlaceHolder) }

// Set shows other counts, one a colour; counts beyond the colours are
// ignored, missing ones are 0.
func (b *ShareBar) Set(counts []int) {
	for i := range b.counts {
		b.counts[i] = 0
		if i < len(counts) {
			b.counts[i] = counts[i]
		}
	}
	b.Refresh()
}

func (b *ShareBar) CreateRenderer() fyne.WidgetRenderer { return &shareRenderer{b: b} }

type shareRenderer struct{ b *ShareBar }

func (r *shareRenderer) Layout(size fyne.Size) {
	total := 0
	for _, c := range r.b.counts {
		total += c
	}
	r.b.frame.Move(fyne.NewPos(0, 0))
	r.b.frame.Resize(size)
	x := float32(0)
	for i, rect := range r.b.rects {
		w := float32(0)
		if total > 0 {
			w = size.Width * float32(r.b.counts[i]) / float32(total)
		}
		rect.Move(fyne.NewPos(x, 0))
		rect.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (r *shareRenderer) MinSize() fyne.Size { return ShareBarSize }

func (r *shareRenderer) Refresh() {
	r.Layout(r.b.Size())
	r.b.frame.StrokeColor = OutlineColor()
	r.b.frame.Refresh()
	for _, rect := range r.b.rects {
		rect.Refresh()
	}
}

func (r *shareRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(r.b.rects)+1)
	for _, rect := range r.b.rects {
		out = append(out, rect)
	}
	return append(out, r.b.frame)
}

func (r *shareRenderer) Destroy() {}

// LegendItem is a swatch in a bar's colour (an outline only for a
// transparent one) and its name.
type LegendItem struct {
	widget.BaseWidget
	swatch color.Color
	name   string
}

// NewLegendItem names a colour of a ShareBar.
func NewLegendItem(swatch color.Color, name string) *LegendItem {
	it := &LegendItem{swatch: swatch, name: name}
	it.ExtendBaseWidget(it)
	return it
}

// SwatchSize is the size of a legend item's swatch.
var SwatchSize = fyne.NewSize(12, 10)

func (it *LegendItem) CreateRenderer() fyne.WidgetRenderer {
	r := &legendRenderer{it: it, swatch: canvas.NewRectangle(it.swatch), name: canvas.NewText(it.name, color.Transparent)}
	r.swatch.StrokeWidth = 1
	r.Refresh()
	return r
}

// legendRenderer draws a legend item in the colours of the theme as it is
// at each refresh: a canvas.Text or an outline keeps the colour it was
// made with, near-white on white after View → Light.
type legendRenderer struct {
	it     *LegendItem
	swatch *canvas.Rectangle
	name   *canvas.Text
}

func (r *legendRenderer) Refresh() {
	th := r.it.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.swatch.StrokeColor = th.Color(theme.ColorNamePlaceHolder, v)
	r.name.Color = th.Color(theme.ColorNameForeground, v)
	r.name.TextSize = th.Size(theme.SizeNameCaptionText)
	r.swatch.Refresh()
	r.name.Refresh()
}

func (r *legendRenderer) Layout(s fyne.Size) {
	gap := theme.Padding()
	r.swatch.Resize(SwatchSize)
	r.swatch.Move(fyne.NewPos(0, (s.Height-SwatchSize.Height)/2))
	r.name.Move(fyne.NewPos(SwatchSize.Width+gap, 0))
	r.name.Resize(fyne.NewSize(s.Width-SwatchSize.Width-gap, s.Height))
}

func (r *legendRenderer) MinSize() fyne.Size {
	n := r.name.MinSize()
	return fyne.NewSize(SwatchSize.Width+theme.Padding()+n.Width, max(n.Height, SwatchSize.Height))
}

func (r *legendRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.swatch, r.name}
}

func (r *legendRenderer) Destroy() {}
