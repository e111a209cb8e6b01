// Package app is the Fyne window of Pledge Review. It receives a fyne.App and
// builds windows on it, so its tests run on Fyne's headless test driver.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ID is the application id, as in FyneApp.toml.
const ID = "org.pledgereview.desk"

// Options say which workspace to open and where the local identity lives.
type Options struct {
	Workspace string
	ConfigDir string
}

// Run opens the main window and runs the application until it quits.
func Run(a fyne.App, opt Options) {
	w := a.NewWindow("Pledge Review")
	w.SetContent(widget.NewLabel("Pledge Review"))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
