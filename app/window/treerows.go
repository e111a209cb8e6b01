package window

import (
	"fyne.io/fyne/v2"
)

// A tree row is one height for all rows (widget.Tree sizes every row as
// its template), so the rows are made as high as the longest title needs
// at the tree's width: each title is shown whole, wrapped by the line
// breaker, never cut with "…".

// treeRows is how many lines of title the tree's rows hold, and what each
// node taught about the width its title has.
type treeRows struct {
	lines int
	slack map[string]float32 // per node: the tree's width less its title's
}

func newTreeRows() treeRows { return treeRows{lines: 1, slack: map[string]float32{}} }

// defaultSlack is the room beside a title before any node was laid out.
const defaultSlack float32 = 130

// middle lays an object out across the width, as high as it asks to be at
// that width, in the middle of the height: a title of one line beside the
// figures of a row made for two.
type middle struct{}

func (middle) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (middle) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	o := objs[0]
	o.Resize(size) // wraps to the width
	h := min(size.Height, o.MinSize().Height)
	o.Resize(fyne.NewSize(size.Width, h))
	o.Move(fyne.NewPos(0, (size.Height-h)/2))
}
