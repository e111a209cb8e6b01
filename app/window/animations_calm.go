//go:build !darwin

package window

import "fyne.io/fyne/v2"

// calmOffered: View → Blinking cursor is offered.
const calmOffered = true

// calmAnimations makes a the current app with animations off unless the
// reviewer asked for them (animations.go), and returns what it made current.
func calmAnimations(a fyne.App) fyne.App {
	c := &calmApp{App: a, settings: calmSettings{Settings: a.Settings(), prefs: a.Preferences()}}
	fyne.SetCurrentApp(c)
	return c
}
