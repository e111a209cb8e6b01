package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SparkPoint is a point of a Sparkline: X the share of the time elapsed,
// Y the share of the target reached (1 is the target; the box shows up to
// 1.2).
type SparkPoint struct{ X, Y float64 }

// Sparkline draws a pledge's updates against the plan in a small box: the
// straight elapsed-time line from 0 to the target (Rising), or the target
// level held throughout (a rate). Bad (behind or overdue) draws the
// updates in the error colour.
type Sparkline struct {
	widget.BaseWidget
	pts    []SparkPoint
	rising bool
	bad    bool
}

// NewSparkline makes an empty Sparkline.
func NewSparkline() *Sparkline {
	s := &Sparkline{}
	s.ExtendBaseWidget(s)
	return s
}

// Set shows other points; with none the sparkline hides.
func (s *Sparkline) Set(pts []SparkPoint, rising, bad bool) {
	s.pts, s.rising, s.bad = pts, rising, bad
	if len(pts) == 0 {
		s.Hide()
		return
	}
	s.Show()
	s.Refresh()
}

// Points are the points shown.
func (s *Sparkline) Points() []SparkPoint { return s.pts }

func (s *Sparkline) CreateRenderer() fyne.WidgetRenderer {
	r := &sparkRenderer{s: s, bg: canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))}
	r.build(s.MinSize())
	return r
}

func (s *Sparkline) MinSize() fyne.Size { return fyne.NewSize(240, 56) }

type sparkRenderer struct {
	s    *Sparkline
	bg   *canvas.Rectangle
	objs []fyne.CanvasObject
}

func (r *sparkRenderer) build(size fyne.Size) {
	s := r.s
	w, h := size.Width, size.Height
	at := func(x, y float64) fyne.Position {
		return fyne.NewPos(float32(x)*w, h-float32(y/1.2)*h)
	}
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.Resize(size)
	r.objs = []fyne.CanvasObject{r.bg}
	plan := canvas.NewLine(theme.Color(theme.ColorNamePlaceHolder))
	plan.StrokeWidth = 1
	if s.rising {
		plan.Position1, plan.Position2 = at(0, 0), at(1, 1)
	} else {
		plan.Position1, plan.Position2 = at(0, 1), at(1, 1)
	}
	r.objs = append(r.objs, plan)
	c := theme.Color(theme.ColorNamePrimary)
	if s.bad {
		c = theme.Color(theme.ColorNameError)
	}
	for i, p := range s.pts {
		if i > 0 {
			l := canvas.NewLine(c)
			l.StrokeWidth = 2
			l.Position1, l.Position2 = at(s.pts[i-1].X, s.pts[i-1].Y), at(p.X, p.Y)
			r.objs = append(r.objs, l)
		}
		dot := canvas.NewCircle(c)
		pos := at(p.X, p.Y)
		dot.Move(pos.Subtract(fyne.NewPos(3, 3)))
		dot.Resize(fyne.NewSize(6, 6))
		r.objs = append(r.objs, dot)
	}
}

func (r *sparkRenderer) Layout(size fyne.Size)        { r.build(size) }
func (r *sparkRenderer) MinSize() fyne.Size           { return r.s.MinSize() }
func (r *sparkRenderer) Refresh()                     { r.build(r.s.Size()); canvas.Refresh(r.s) }
func (r *sparkRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *sparkRenderer) Destroy()                     {}
