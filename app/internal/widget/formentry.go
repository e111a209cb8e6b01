package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// LevelButton is a score button that reports the mouse over it, so that
// the level's description shows before it is chosen.
type LevelButton struct {
	widget.Button
	onHover func(bool)
}

// NewLevelButton makes a button labelled label; hover is told when the
// mouse comes over it (true) and leaves it (false).
func NewLevelButton(label string, tapped func(), hover func(bool)) *LevelButton {
	b := &LevelButton{onHover: hover}
	b.Text = label
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *LevelButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.onHover(true)
}

func (b *LevelButton) MouseOut() {
	b.Button.MouseOut()
	b.onHover(false)
}

// FormEntry is an entry of a form that saves what is typed when it loses
// the focus; Escape leaves it (and so saves it).
type FormEntry struct {
	widget.Entry
	onBlur func()
	// OnFocus, when set, is told when the entry gains the focus.
	OnFocus func()
}

// NewFormEntry makes an entry (multi: of several lines, wrapped) that
// tells changed of every change and blur of the focus lost.
func NewFormEntry(multi bool, changed func(string), blur func()) *FormEntry {
	e := &FormEntry{onBlur: blur}
	e.MultiLine = multi
	if multi {
		e.Wrapping = fyne.TextWrapBreak
	}
	e.OnChanged = changed
	e.ExtendBaseWidget(e)
	return e
}

func (e *FormEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocus != nil {
		e.OnFocus()
	}
}

func (e *FormEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// TypedKey lets Escape leave the field (which saves it).
func (e *FormEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			c.Unfocus()
			return
		}
	}
	e.Entry.TypedKey(ev)
}
