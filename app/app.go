// Package app is the Fyne window of Pledge Review. It receives a fyne.App and
// builds windows on it, so its tests run on Fyne's headless test driver.
package app

import (
	"fyne.io/fyne/v2"

	"pledgereview/resources"
)

// ID is the application id, as in FyneApp.toml.
const ID = "org.pledgereview.desk"

// Options say which workspace to open and where the local identity lives.
type Options struct {
	Workspace string
	ConfigDir string
	ReadOnly  bool // open the workspace for reading only
}

// appIcon is the window and application icon.
var appIcon = fyne.NewStaticResource("icon.png", resources.IconPNG)
