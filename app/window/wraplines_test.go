package window

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/linebreak"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// shownLines reads the lines a text widget shows: its visible texts,
// joined by their place on screen (a styled line is drawn in parts).
func shownLines(o fyne.CanvasObject) []string {
	type part struct {
		x, y float32
		text string
	}
	var parts []part
	for _, obj := range test.LaidOutObjects(o) {
		if tx, ok := obj.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(tx)
			parts = append(parts, part{pos.X, pos.Y, tx.Text})
		}
	}
	slices.SortFunc(parts, func(a, b part) int {
		if a.y != b.y {
			return int(a.y - b.y)
		}
		return int(a.x - b.x)
	})
	var lines []string
	for i, p := range parts {
		if i > 0 && p.y == parts[i-1].y {
			lines[len(lines)-1] += p.text
			continue
		}
		lines = append(lines, p.text)
	}
	return lines
}

// badLineEdges lists the lines shown that start with closing punctuation
// or end with opening punctuation.
func badLineEdges(lines []string) []string {
	var bad []string
	for k, l := range lines {
		rs := []rune(strings.TrimSpace(l))
		if len(rs) == 0 {
			continue
		}
		if k > 0 && linebreak.NoLineStart(rs[0]) || k+1 < len(lines) && linebreak.NoLineEnd(rs[len(rs)-1]) {
			bad = append(bad, strings.Join(lines[max(0, k-1):k+1], "⏎"))
		}
	}
	return bad
}

// TestDetailTextLines shows every pledge of the seed in the detail pane,
// at the window's first size and at 1024×640, and reads the lines of its
// text and of the chapter and headline above it: none starts with closing punctuation (a quote, "。") or ends with
// an opening one.
func TestDetailTextLines(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 640}} {
		d.win.Resize(size)
		shown := 0
		for _, row := range d.loaded.index.Rows {
			d.selectPledge(row.Pledge.ID)
			lines := shownLines(d.views.detail.text)
			if len(lines) > 1 {
				shown++
			}
			for _, bad := range append(badLineEdges(lines), badLineEdges(shownLines(d.views.detail.where))...) {
				t.Errorf("at %v the detail of %s shows %q", size, row.Pledge.ID, bad)
			}
		}
		if shown < 20 {
			t.Errorf("at %v only %d pledge texts take more than one line", size, shown)
		}
	}
}

// TestProgressViewLines fills chapter 1 with progress updates and reads the
// progress window at two sizes: the chapter title, each pledge's text and
// its arithmetic; no line starts with closing punctuation ("。" did) or
// ends with an opening one.
func TestProgressViewLines(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	var ups []data.ProgressUpdate
	for _, p := range workspace.ChapterPledges(&d.loaded.report.Chapters[0]) {
		ups = append(ups, data.ProgressUpdate{PledgeID: p.ID, Target: 0, Value: 40, AsOf: "2021-09-30"})
	}
	if _, err := d.sess.AddProgress(ups...); err != nil {
		t.Fatal(err)
	}
	d.Reload()
	settle(d.jobs)
	pv := d.showProgressView()
	for _, size := range []fyne.Size{{Width: 1180, Height: 760}, {Width: 760, Height: 600}} {
		pv.win.Resize(size)
		pv.choose(0)
		pv.win.Resize(size.AddWidthHeight(0, 1)) // lay the new entries out
		wrapped := 0
		for _, o := range append([]fyne.CanvasObject{pv.title}, test.LaidOutObjects(pv.pledges)...) {
			switch o.(type) {
			case *messageLabel, *widget.Label:
			default:
				continue
			}
			lines := shownLines(o)
			if len(lines) > 1 {
				wrapped++
			}
			for _, bad := range badLineEdges(lines) {
				t.Errorf("at %v the progress window shows %q", size, bad)
			}
		}
		if wrapped < 3 {
			t.Errorf("at %v only %d texts of the progress window take more than one line", size, wrapped)
		}
	}
}
