package app

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
		items.Add(legendItem(si.ID))
	}
	pad := container.New(layout.NewCustomPaddedLayout(0, theme.Padding(), theme.Padding(), theme.Padding()), items)
	return container.NewVBox(widget.NewSeparator(), head, pad)
}

// legendItem is a swatch in the bar's colour (an outline for not rated)
// and the status's name.
func legendItem(s data.Status) fyne.CanvasObject {
	sw := canvas.NewRectangle(mixColor(s))
	sw.StrokeColor = mixOutline()
	sw.StrokeWidth = 1
	sw.SetMinSize(fyne.NewSize(12, 10))
	return container.NewHBox(container.NewCenter(sw), newCaptionText(statusLabel(s)))
}

// captionText is one line of text in the caption size and the theme's
// foreground colour, read anew on every refresh: a canvas.Text keeps the
// colour it was made with, near-white on white after View → Light.
type captionText struct {
	widget.BaseWidget
	text string
}

func newCaptionText(text string) *captionText {
	c := &captionText{text: text}
	c.ExtendBaseWidget(c)
	return c
}

func (c *captionText) CreateRenderer() fyne.WidgetRenderer {
	r := &captionRenderer{c: c, text: canvas.NewText(c.text, color.Transparent)}
	r.Refresh()
	return r
}

type captionRenderer struct {
	c    *captionText
	text *canvas.Text
}

func (r *captionRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.text.Text = r.c.text
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	r.text.TextSize = th.Size(theme.SizeNameCaptionText)
	r.text.Refresh()
}

func (r *captionRenderer) Layout(s fyne.Size) { r.text.Resize(s) }

func (r *captionRenderer) MinSize() fyne.Size { return r.text.MinSize() }

func (r *captionRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }

func (r *captionRenderer) Destroy() {}
