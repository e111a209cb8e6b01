package window

// The keys the dialogs share: Esc in an entry cancels its dialog, Enter
// runs a dialog's default action.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// escEntry is an entry that gives Esc to its dialog: a focused entry
// keeps every key, so without it Esc would not cancel the dialog while
// the reviewer types.
type escEntry struct {
	widget.Entry
	onEsc func()
}

func newEscEntry() *escEntry {
	e := &escEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}

// onDialogKeys gives a dialog the keys a reviewer expects of one: Enter
// runs its default action, Esc closes it. The window's own key handler is
// set aside while the dialog shows, and comes back when it closes (or,
// should the dialog go without closing, at the first key after: with no
// overlay left, the key is the window's).
func onDialogKeys(w fyne.Window, dlg dialog.Dialog, onEnter func()) {
	c := w.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if c.Overlays().Top() == nil {
			c.SetOnTypedKey(prev)
			if prev != nil {
				prev(ev)
			}
			return
		}
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			onEnter()
		case fyne.KeyEscape:
			dlg.Hide()
		}
	})
	dlg.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}
