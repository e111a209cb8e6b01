package window

import (
	"os"

	"fyne.io/fyne/v2"
)

// workspaceExt is the file name ending of a workspace.
const workspaceExt = ".pledgereview"

// removeIfEmpty removes the empty file a save dialog creates.
func removeIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Size() == 0 && !fi.IsDir() {
		os.Remove(path)
	}
}

// maxWidth lays its objects out one above the other at a fixed width.
type maxWidth struct{ w float32 }

func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h += o.MinSize().Height
	}
	return fyne.NewSize(m.w, h)
}

func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
