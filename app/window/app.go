// Package app is the Fyne window of Pledge Review. It receives a fyne.App and
// builds windows on it, so its tests run on Fyne's headless test driver.
package window

import (
	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
	"pledgereview/resources"
)

// ID is the application id, as in FyneApp.toml.
const ID = "org.pledgereview.desk"

// Options say which workspace to open and where the local identity lives.
type Options struct {
	Workspace string
	ConfigDir string
	ReadOnly  bool // open the workspace for reading only
	// Moved is set when the data folder was moved at this start (Windows:
	// from the roaming to the local AppData); the window says so once.
	Moved *workspace.Moved
}

// open opens the workspace the options name, read-only when asked.
func (o Options) open() (*workspace.Session, error) {
	if o.ReadOnly {
		return workspace.OpenReadOnly(o.Workspace, o.ConfigDir)
	}
	return workspace.Open(o.Workspace, o.ConfigDir)
}

// appIcon is the window and application icon.
var appIcon = fyne.NewStaticResource("icon.png", resources.IconPNG)
