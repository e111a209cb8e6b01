package window

import "fyne.io/fyne/v2"

// Fyne repaints the whole window whenever any object in it changes, and a
// focused text field fades its cursor in and out (fyne widget/
// entry_cursor_anim.go): about 16 repaints a second for as long as the field
// has the focus. A repaint costs in proportion to what the window shows —
// under a software renderer ~400 draws of the tree, the list and the form
// double the cost of a bare window's — so a focused field cost the window
// twice to four times what it costs a bare Fyne window with one entry.
// Fyne offers no switch for one field's cursor; its one switch is
// Settings().ShowAnimations, read by entries (a steady cursor when off),
// buttons and selects (the tap ripple) and tabs, and set only by the user's
// Fyne-wide settings file or the no_animations build tag. So the window
// answers it itself, from its own preference: animations are off unless the
// reviewer turns on View → Blinking cursor. Progress bars move either way.

// prefAnimate keeps View → Blinking cursor: Fyne's animations are on.
const prefAnimate = "view.animate"

// calmApp is the running app, whose settings show animations only when the
// preference asks for them (and Fyne's own settings allow them).
type calmApp struct {
	fyne.App
	settings calmSettings
}

func (a *calmApp) Settings() fyne.Settings { return &a.settings }

type calmSettings struct {
	fyne.Settings
	prefs fyne.Preferences
}

func (s *calmSettings) ShowAnimations() bool {
	return s.prefs.Bool(prefAnimate) && s.Settings.ShowAnimations()
}
