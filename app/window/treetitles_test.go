package window

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// Every chapter and headline title is drawn whole in the tree, wrapped by
// the line breaker (never cut with "…"), at the widths of 1280×800 and
// 1024×640, with the branches closed and open. The window is made tall
// enough for the tree not to scroll: the width decides the lines, and the
// test driver does not lay out rows scrolled to.
func TestTreeShowsTitlesWhole(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 1600}, {Width: 1024, Height: 1600}} {
		t.Run(sizeName(size), func(t *testing.T) {
			a := test.NewTempApp(t)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			d.win.Resize(size)
			checkTreeTitles(t, d, 11)
			for _, c := range d.loaded.report.Chapters[:3] {
				d.views.tree.tree.OpenBranch(partUID(c.N, 0))
			}
			d.win.Resize(size.SubtractWidthHeight(0, 1)) // lay the opened rows out
			checkTreeTitles(t, d, 11+10)
		})
	}
}

// checkTreeTitles reads the title of each node of the tree that its open
// branches show (at least least of them): drawn whole, no line
// with bad edges, not clipped; some take more than one line.
func checkTreeTitles(t *testing.T, d *Desk, least int) {
	t.Helper()
	titles := d.views.tree.titles()
	shown, wrapped := 0, 0
	for uid, title := range titles {
		if p := uidPart(uid); p.Headline > 0 && !d.views.tree.tree.IsBranchOpen(partUID(p.Chapter, 0)) {
			continue
		}
		n := shownNode(d, uid)
		if n == nil {
			t.Errorf("%q is not shown", title)
			continue
		}
		shown++
		lines := labelLines(n.title)
		if len(lines) > 1 {
			wrapped++
		}
		if got := strings.Join(lines, ""); got != strings.ReplaceAll(title, " ", "") && got != title {
			t.Errorf("the tree shows %q for %q", lines, title)
		}
		if n.title.Size().Height < n.title.MinSize().Height {
			t.Errorf("%q is clipped: %v high, needs %v", title, n.title.Size().Height, n.title.MinSize().Height)
		}
		for _, bad := range badLineEdges(lines) {
			t.Errorf("the tree shows %q", bad)
		}
	}
	if shown < least || wrapped == 0 {
		t.Errorf("%d titles shown, %d wrapped; want at least %d shown and some wrapped", shown, wrapped, least)
	}
}

// shownNode is the tree's node of uid on screen, or nil.
func shownNode(d *Desk, uid string) *treeNode {
	for _, o := range test.LaidOutObjects(d.views.tree.tree) {
		if n, ok := o.(*treeNode); ok && n.Visible() && n.uid == uid {
			return n
		}
	}
	return nil
}

// labelLines reads the lines a label draws, by their place in the label
// (a tree row's place on the canvas is not known to the test driver).
func labelLines(l fyne.CanvasObject) []string {
	var texts []*canvas.Text
	for _, o := range test.LaidOutObjects(l) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			texts = append(texts, tx)
		}
	}
	slices.SortStableFunc(texts, func(a, b *canvas.Text) int { return cmp.Compare(a.Position().Y, b.Position().Y) })
	var lines []string
	for i, tx := range texts {
		if i > 0 && tx.Position().Y == texts[i-1].Position().Y {
			lines[len(lines)-1] += tx.Text
			continue
		}
		lines = append(lines, tx.Text)
	}
	return lines
}
