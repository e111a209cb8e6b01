package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// KeyEntry is a one-line entry that offers every key to OnKey first: a
// search field that lets Up and Down move through the list below it while
// it keeps the focus.
type KeyEntry struct {
	widget.Entry
	// OnKey reports whether it used the key; an unused key edits the text.
	OnKey func(*fyne.KeyEvent) bool
}

// NewKeyEntry makes an empty KeyEntry.
func NewKeyEntry() *KeyEntry {
	e := &KeyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey hands the key to OnKey, then to the entry if OnKey did not use it.
func (e *KeyEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.OnKey != nil && e.OnKey(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}
