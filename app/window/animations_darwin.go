package window

import "fyne.io/fyne/v2"

const calmOffered = false

// calmAnimations leaves the app as it is on macOS: there Fyne asserts the
// type of the current app's settings when the system's appearance changes
// (fyne app/app_desktop_darwin.go, themeChanged), which a wrapped app would
// fail. The cursor blinks as Fyne draws it; View → Blinking cursor is not
// offered.
func calmAnimations(a fyne.App) fyne.App { return a }
