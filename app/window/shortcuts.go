package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Keyboard shortcuts with a modifier; they are menu entries too, so they
// work while a text field has the focus.
var (
	keySearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyFlag   = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyNext   = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
)

// keyQuit quits as closing the window does: what is typed is saved first.
var keyQuit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}

// addShortcuts registers the shortcuts on the canvas as well, for when no
// menu is shown (and for the test driver).
func (d *Desk) addShortcuts() {
	c := d.win.Canvas()
	c.AddShortcut(keySearch, func(fyne.Shortcut) { d.onSearch() })
	c.AddShortcut(keyFlag, func(fyne.Shortcut) { d.onFlag() })
	c.AddShortcut(keyNext, func(fyne.Shortcut) { d.onNextUnreviewed() })
	c.AddShortcut(keyQuit, func(fyne.Shortcut) { d.onQuit() })
	c.AddShortcut(keyNextDisputed, func(fyne.Shortcut) {
		if d.keysGoToDesk() {
			d.nextDisputed()
		}
	})
}

// keysGoToDesk reports whether keys and shortcuts may act on the review:
// a workspace is open and no dialog is over the desk. Fyne hands keys to
// the window when nothing in a dialog has the focus, and a key pressed
// under a dialog must not change a score the user cannot see.
func (d *Desk) keysGoToDesk() bool {
	return d.sess != nil && d.win.Canvas().Overlays().Top() == nil
}

func (d *Desk) onSearch() {
	if d.keysGoToDesk() {
		d.win.Canvas().Focus(d.views.list.search)
	}
}

func (d *Desk) onFlag() {
	if d.keysGoToDesk() {
		d.views.form.toggleFlag()
	}
}

func (d *Desk) onNextUnreviewed() {
	if d.keysGoToDesk() {
		d.nextUnreviewed()
	}
}

// onTypedKey handles keys while no text field has the focus: Up/Down and
// J/K move through the list, 0–4 score the marked criterion, Left/Right
// move the mark, Delete or Backspace clears its score.
func (d *Desk) onTypedKey(ev *fyne.KeyEvent) {
	if !d.keysGoToDesk() {
		return
	}
	switch ev.Name {
	case fyne.KeyDown, fyne.KeyJ:
		d.move(1)
	case fyne.KeyUp, fyne.KeyK:
		d.move(-1)
	case fyne.KeyLeft:
		d.views.form.keyMove(-1)
	case fyne.KeyRight:
		d.views.form.keyMove(1)
	case fyne.Key0, fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4:
		d.views.form.keyScore(int(ev.Name[0] - '0'))
	case fyne.KeyDelete, fyne.KeyBackspace:
		d.views.form.keyScore(-1)
	}
}

// shortcutRows lists every shortcut for the Help dialog.
func shortcutRows() [][2]string {
	return [][2]string{
		{"Ctrl+F", lang.X("keys.search", "Search the pledges")},
		{"↑ ↓  /  J K", lang.X("keys.move", "Previous / next pledge in the list")},
		{"0 1 2 3 4", lang.X("keys.score", "Score the marked criterion")},
		{"← →", lang.X("keys.criterion", "Mark the previous / next criterion")},
		{"Delete", lang.X("keys.clear", "Remove the score of the marked criterion (not scored)")},
		{"Ctrl+Shift+F", lang.X("keys.flag", "Flag or unflag the pledge")},
		{"Ctrl+N", lang.X("keys.next", "Next unreviewed pledge")},
		{"Ctrl+D", lang.X("keys.nextdisputed", "Next pledge where reviewers disagree")},
		{"Esc", lang.X("keys.escape", "Leave a text field (it is saved)")},
		{"Ctrl+Q", lang.X("keys.quit", "Save and quit")},
	}
}

func (d *Desk) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, r := range shortcutRows() {
		grid.Add(widget.NewLabel(r[0]))
		grid.Add(widget.NewLabel(r[1]))
	}
	dialog.ShowCustom(lang.X("menu.shortcuts", "Keyboard shortcuts"), lang.X("close", "Close"), grid, d.win)
}
