package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// headMinHeight is the most height the pledge's head (its place, id and
// text) asks of the window: a longer text scrolls in the head instead of
// making the window taller than the screen, as a pledge of a million
// characters once made it (22,314 pixels, saved and restored).
const headMinHeight float32 = 240

// headColumn lays out the detail column: the pledge's head at the top,
// as tall as its text, up to half the column when that is more than
// headMinHeight (the text scrolls in it), and the rest under it.
type headColumn struct {
	head *container.Scroll
}

// newHeadColumn puts head, in a scroll of its own, above rest.
func newHeadColumn(head, rest fyne.CanvasObject) *fyne.Container {
	s := container.NewVScroll(head)
	return container.New(&headColumn{head: s}, s, rest)
}

// need is the height the head's content takes at width w.
func (l *headColumn) need(w float32) float32 {
	c := l.head.Content
	if c.Size().Width != w {
		c.Resize(fyne.NewSize(w, c.MinSize().Height))
	}
	return c.MinSize().Height
}

func (l *headColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	head, rest := l.head.Content.MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(head.Width, rest.Width), min(head.Height, headMinHeight)+rest.Height)
}

func (l *headColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	need := l.need(size.Width)
	h := min(need, max(size.Height/2, headMinHeight))
	l.head.Move(fyne.NewPos(0, 0))
	l.head.Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-h))
}
