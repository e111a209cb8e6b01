package window

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

// learnTitle keeps how much narrower than the tree the title of node uid
// is, w wide (the indent, the arrow, the figures and the bar beside it);
// that does not change with the width.
func (tv *treeView) learnTitle(uid string, w float32) {
	tv.rows.slack[uid] = tv.tree.Size().Width - w
}

// defaultSlack is the room beside a title before any node was laid out.
const defaultSlack float32 = 130

// fit sets the lines a row holds for the tree's width w and says whether
// they changed. A node never laid out is taken as narrow as the narrowest.
func (tv *treeView) fit(w float32) bool {
	worst := defaultSlack
	for _, s := range tv.rows.slack {
		worst = max(worst, s)
	}
	probe := newTextLabel("")
	pad := 2 * probe.Theme().Size(theme.SizeNameInnerPadding)
	lines := 1
	for uid, title := range tv.titles() {
		if p := uidPart(uid); p.Headline > 0 && !tv.tree.IsBranchOpen(partUID(p.Chapter, 0)) {
			continue // not shown
		}
		slack, ok := tv.rows.slack[uid]
		if !ok {
			slack = worst
		}
		inner := w - slack - pad
		if inner <= 0 {
			continue
		}
		lines = max(lines, strings.Count(wrapMessage(title, inner, probe.measure), "\n")+1)
	}
	changed := lines != tv.rows.lines
	tv.rows.lines = lines
	return changed
}

// refit fits the rows again when a branch opens or closes.
func (tv *treeView) refit(widget.TreeNodeID) {
	if tv.fit(tv.tree.Size().Width) {
		tv.tree.Refresh()
	}
}

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

// treeFit lays the tree out at its size after fitting its rows' height
// to the width.
type treeFit struct{ tv *treeView }

func (l treeFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l treeFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.tv.fit(size.Width) {
		l.tv.tree.Refresh()
	}
	objs[0].Resize(size)
}
