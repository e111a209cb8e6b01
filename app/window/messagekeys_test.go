package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
)

// A message with only an OK button ("There is no merge to undo") closes
// with Enter and with Esc, and the desk has its keys again; a message
// shown when another closes takes the keys in its turn.
func TestMessageClosesWithEnterAndEsc(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape} {
		t.Run(string(key), func(t *testing.T) {
			a := test.NewTempApp(t)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			d.showUndoRefused(workspace.ErrNoMerge)
			if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "没有可以撤销的合并") {
				t.Fatalf("the message says %q", got)
			}
			pressKey(d, key)
			if top := d.win.Canvas().Overlays().Top(); top != nil {
				t.Fatalf("%s left the message open: %q", key, overlayTexts(d.win.Canvas()))
			}
			if !d.keysGoToDesk() {
				t.Error("the desk does not get its keys back")
			}
		})
	}
	t.Run("one after another", func(t *testing.T) {
		a := test.NewTempApp(t)
		ws, cfg := tempPaths(t)
		d := newTestDesk(t, a, ws, cfg)
		first := newMessage("一", "第一条消息。", d.win)
		first.SetOnClosed(func() { showMessage("二", "第二条消息。", d.win) })
		first.Show()
		pressKey(d, fyne.KeyEscape)
		if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "第二条消息") {
			t.Fatalf("the second message is not shown: %q", got)
		}
		pressKey(d, fyne.KeyReturn)
		if top := d.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("Enter left the second message open: %q", overlayTexts(d.win.Canvas()))
		}
		if !d.keysGoToDesk() {
			t.Error("the desk does not get its keys back")
		}
	})
}
