package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The keyboard mark starts on the first criterion of every pledge, and a
// key never scores a criterion scrolled out of view: it brings it into
// view first; ←/→ scroll the form along with the mark.
func TestKeyMarkResetsAndStaysInView(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	key := func(n fyne.KeyName) { d.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }
	marked := func() int {
		t.Helper()
		on := a.Settings().Theme().Color(colorFocusBar, a.Settings().ThemeVariant())
		n, at := 0, -1
		for i, c := range d.views.form.crits {
			if c.marker.FillColor == on {
				n, at = n+1, i
			}
		}
		if n != 1 {
			t.Fatalf("%d criteria carry the mark", n)
		}
		return at
	}
	key(fyne.KeyDown)
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	if marked() != 2 {
		t.Fatalf("→ → marks criterion %d", marked())
	}
	key(fyne.KeyDown)
	if marked() != 0 {
		t.Errorf("the next pledge marks criterion %d, want the first", marked())
	}

	// a small window: the last criteria lie below the fold
	d.win.Resize(fyne.NewSize(1024, 480))
	last := len(d.views.form.crits) - 1
	for range last {
		key(fyne.KeyRight)
	}
	d.views.form.scroll.ScrollToTop()
	if d.views.form.markerShown() {
		t.Fatal("at 1024×480 the last criterion shows without scrolling: the check below would check nothing")
	}
	id := d.currentRow().Pledge.ID
	crit := d.views.form.crits[last]
	key(fyne.Key3)
	if rv, _ := d.sess.MyReview(id); len(rv.Scores) != 0 {
		t.Fatalf("a key scored a criterion out of view: %v", rv.Scores)
	}
	if d.views.form.scroll.Offset.Y == 0 || !d.views.form.markerShown() {
		t.Fatalf("the key did not bring the marked criterion into view (offset %v)", d.views.form.scroll.Offset)
	}
	if crit.levels[3].Importance == widget.HighImportance {
		t.Error("level 3 shows as chosen though nothing was scored")
	}
	key(fyne.Key3)
	if rv, _ := d.sess.MyReview(id); rv.Scores[crit.c.ID] != 3 {
		t.Fatalf("the key on a criterion in view did not score: %v", rv.Scores)
	}

	d.views.form.scroll.ScrollToBottom()
	for range last {
		key(fyne.KeyLeft)
	}
	if marked() != 0 || !d.views.form.markerShown() {
		t.Errorf("← to the first criterion: mark on %d, in view %v", marked(), d.views.form.markerShown())
	}
}

// scoreKey presses a score key with the marked criterion in view, as a
// user does: a key never scores a criterion scrolled away.
func scoreKey(d *Desk, n fyne.KeyName) {
	d.views.form.scrollToMarker()
	pressKey(d, n)
}
