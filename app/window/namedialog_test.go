package window

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Esc cancels the welcome dialog while its name field has the focus, as
// its Cancel button does: no name is stored, and the desk has its keys.
func TestNameDialogEscWhileTyping(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langZh)
	ws, cfg := tempPaths(t)
	d := newDesk(a, Options{Workspace: ws, ConfigDir: cfg})
	t.Cleanup(d.shutdown)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "欢迎") {
		t.Fatalf("a new reviewer is not welcomed: %q", got)
	}
	test.Type(overlayEntry(d.win.Canvas()), "赵敏")
	focused := d.win.Canvas().Focused()
	if focused == nil {
		t.Fatal("the name field has no focus")
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // as the driver gives a key to the focused widget
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("Esc left the dialog open: %q", overlayTexts(d.win.Canvas()))
	}
	if d.sess.Me().Name != "" {
		t.Errorf("Esc stored the name %q", d.sess.Me().Name)
	}
	if !d.keysGoToDesk() {
		t.Error("the desk does not get its keys back")
	}
}
