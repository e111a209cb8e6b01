package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// statusMix is a small bar split in the colours of the statuses, each as
// wide as its share of the pledges.
type statusMix struct {
	widget.BaseWidget
	rects  []*canvas.Rectangle
	counts []int
}

var mixSize = fyne.NewSize(44, 8)

func newStatusMix() *statusMix {
	m := &statusMix{counts: make([]int, len(data.Statuses))}
	for _, si := range data.Statuses {
		m.rects = append(m.rects, canvas.NewRectangle(statusColor(si.ID)))
	}
	m.ExtendBaseWidget(m)
	return m
}

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
	for _, rect := range r.m.rects {
		rect.Refresh()
	}
}

func (r *mixRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.m.rects))
	for i, rect := range r.m.rects {
		out[i] = rect
	}
	return out
}

func (r *mixRenderer) Destroy() {}
