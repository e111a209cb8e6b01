package window

import (
	"strings"
	"testing"
	"testing/synctest"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
)

// Selecting pledge A and then B at once lists B's changes only, even when
// A's history comes after B's: the read of A is stale by then.
func TestHistoryOfALateReadIsDropped(t *testing.T) {
	synctest.Test(t, testHistoryOfALateReadIsDropped)
}

func testHistoryOfALateReadIsDropped(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	note := func(pos int, text string) string {
		d.views.list.list.Select(pos)
		test.Type(d.views.form.note, text)
		if !d.views.form.flush() {
			t.Fatalf("the note %q was not saved", text)
		}
		return d.currentRow().Pledge.ID
	}
	idA := note(0, "甲的笔记")
	idB := note(1, "乙的笔记")
	d.views.list.list.Select(2)
	if got := historyText(d); strings.Contains(got, "笔记") {
		t.Fatalf("a pledge without changes lists %q", got)
	}

	// A's history is read slowly: it comes only after B's has come
	release := make(chan struct{})
	read := d.views.form.history.read
	d.views.form.history.read = func(id string) ([]data.HistoryEntry, error) {
		if id == idA {
			<-release
		}
		return read(id)
	}
	d.views.list.list.Select(0)
	d.views.list.list.Select(1)
	synctest.Wait() // B's read is done, A's waits
	close(release)
	got := historyText(d) // B's result is shown, then A's comes
	if d.currentRow().Pledge.ID != idB || !strings.Contains(got, "乙的笔记") || strings.Contains(got, "甲的笔记") {
		t.Errorf("with %s selected after %s the history lists %q", idB, idA, got)
	}
}
