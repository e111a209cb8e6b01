package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// statusMix is a small bar split in the colours of the statuses I gave,
// each as wide as its share of the pledges; pledges not rated leave their
// share empty inside the outline. It is no progress bar: the legend under
// the tree (newStatusLegend) says so.
type statusMix struct {
	widget.BaseWidget
	frame  *canvas.Rectangle // the outline, in a colour seen on light and dark
	rects  []*canvas.Rectangle
	counts []int
}

var mixSize = fyne.NewSize(44, 10)

func newStatusMix() *statusMix {
	m := &statusMix{counts: make([]int, len(data.Statuses)), frame: canvas.NewRectangle(color.Transparent)}
	m.frame.StrokeWidth = 1
	for _, si := range data.Statuses {
		m.rects = append(m.rects, canvas.NewRectangle(mixColor(si.ID)))
	}
	m.ExtendBaseWidget(m)
	return m
}

// mixColor is a status's colour in the bar; not rated shows nothing.
func mixColor(s data.Status) color.Color {
	if s == data.NotRated {
		return color.Transparent
	}
	return statusColor(s)
}

// mixOutline is the outline's colour, read from the theme so that it
// stands out on the light and the dark background alike.
func mixOutline() color.Color { return theme.Color(theme.ColorNamePlaceHolder) }

func (m *statusMix) set(by map[data.Status]int) {
	for i, si := range data.Statuses {
		m.counts[i] = by[si.ID]
	}
	m.Refresh()
}

func (m *statusMix) CreateRenderer() fyne.WidgetRenderer { return &mixRenderer{m: m} }

type mixRenderer struct{ m *statusMix }

func (r *mixRenderer) Layout(size fyne.Size) {
	total := 0
	for _, c := range r.m.counts {
		total += c
	}
	r.m.frame.Move(fyne.NewPos(0, 0))
	r.m.frame.Resize(size)
	x := float32(0)
	for i, rect := range r.m.rects {
		w := float32(0)
		if total > 0 {
			w = size.Width * float32(r.m.counts[i]) / float32(total)
		}
		rect.Move(fyne.NewPos(x, 0))
		rect.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (r *mixRenderer) MinSize() fyne.Size { return mixSize }

func (r *mixRenderer) Refresh() {
	r.Layout(r.m.Size())
	r.m.frame.StrokeColor = mixOutline()
	r.m.frame.Refresh()
	for _, rect := range r.m.rects {
		rect.Refresh()
	}
}

func (r *mixRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(r.m.rects)+1)
	for _, rect := range r.m.rects {
		out = append(out, rect)
	}
	return append(out, r.m.frame)
}

func (r *mixRenderer) Destroy() {}

// newStatusLegend explains the tree's figures and bars: what "2/21" counts
// and which colour is which status.
func newStatusLegend() fyne.CanvasObject {
	head := newTextLabel(lang.X("legend.head", "Figures: pledges I reviewed / all. Bar: my delivery statuses, each as wide as its share; empty: not rated."))
	head.SizeName = theme.SizeNameCaptionText
	items := container.NewGridWithColumns(2)
	for _, si := range data.Statuses {
		items.Add(newLegendItem(si.ID))
	}
	pad := container.New(layout.NewCustomPaddedLayout(0, theme.Padding(), theme.Padding(), theme.Padding()), items)
	return container.NewVBox(widget.NewSeparator(), head, pad)
}

// legendItem is a swatch in the bar's colour (an outline for not rated)
// and the status's name.
type legendItem struct {
	widget.BaseWidget
	status data.Status
}

func newLegendItem(s data.Status) *legendItem {
	it := &legendItem{status: s}
	it.ExtendBaseWidget(it)
	return it
}

// swatchSize is the size of a legend's swatch.
var swatchSize = fyne.NewSize(12, 10)

func (it *legendItem) CreateRenderer() fyne.WidgetRenderer {
	r := &legendRenderer{it: it, swatch: canvas.NewRectangle(mixColor(it.status)), name: canvas.NewText(statusLabel(it.status), color.Transparent)}
	r.swatch.StrokeWidth = 1
	r.Refresh()
	return r
}

// legendRenderer draws a legend item in the colours of the theme as it is
// at each refresh: a canvas.Text or an outline keeps the colour it was
// made with, near-white on white after View → Light.
type legendRenderer struct {
	it     *legendItem
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
	r.swatch.Resize(swatchSize)
	r.swatch.Move(fyne.NewPos(0, (s.Height-swatchSize.Height)/2))
	r.name.Move(fyne.NewPos(swatchSize.Width+gap, 0))
	r.name.Resize(fyne.NewSize(s.Width-swatchSize.Width-gap, s.Height))
}

func (r *legendRenderer) MinSize() fyne.Size {
	n := r.name.MinSize()
	return fyne.NewSize(swatchSize.Width+theme.Padding()+n.Width, max(n.Height, swatchSize.Height))
}

func (r *legendRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.swatch, r.name}
}

func (r *legendRenderer) Destroy() {}
