package window

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// treeNodeProgress reads the "done/total" the tree shows next to a title.
func treeNodeProgress(t *testing.T, d *Desk, title string) string {
	t.Helper()
	for _, o := range test.LaidOutObjects(d.views.tree.box) {
		if n, ok := o.(*treeNode); ok && n.title.message == title {
			return n.progress.Text
		}
	}
	t.Fatalf("the tree shows no node %q", title)
	return ""
}

// A flag asks for a discussion; it is no verdict: the pledge stays
// unreviewed in the status bar, the tree and for Ctrl+N until it is scored
// or given a status.
func TestFlagAloneIsNotReviewed(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	before := d.views.status.progress.Text
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	menuItem(t, d, keyFlag).Action()
	if rv, _ := d.sess.MyReview(id); !rv.Flag {
		t.Fatal("Ctrl+Shift+F did not flag")
	}
	if got := d.views.status.progress.Text; got != before {
		t.Errorf("flagging alone changed the count: %q → %q", before, got)
	}
	if got := treeNodeProgress(t, d, "整份报告"); got[:2] != "0/" {
		t.Errorf("the tree counts a flagged pledge as reviewed: %q", got)
	}
	d.views.list.list.Select(len(d.listing.rows) - 1) // Ctrl+N wraps round to the first row
	menuItem(t, d, keyNext).Action()
	if row := d.currentRow(); row == nil || row.Pledge.ID != id {
		t.Errorf("Ctrl+N skips the flagged, unscored pledge")
	}
	test.Tap(d.views.form.crits[0].levels[2])
	if got := d.views.status.progress.Text; got == before {
		t.Errorf("a score does not count: %q", got)
	}
}
