// Command pledgereview is a desktop application for reviewing the pledges of
// a government work report offline; with a sub-command it runs without a
// window. app/cli/cmd/pledgereview-cli is the same command line without the
// window, built without cgo.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"pledgereview/app/cli"
	"pledgereview/app/window"
	"pledgereview/app/workspace"
)

// version is set by make dist (-X main.version=…, from FyneApp.toml), which
// builds without the fyne tool so that FyneApp.toml is never rewritten.
var version string

func main() {
	os.Exit(cli.Main(os.Args[1:], func(ws string, readOnly bool, moved *workspace.Moved) {
		if version != "" {
			fyneapp.SetMetadata(fyne.AppMetadata{ID: window.ID, Name: "Pledge Review", Version: version, Release: true})
		}
		a := fyneapp.NewWithID(window.ID)
		window.Run(a, window.Options{Workspace: ws, ConfigDir: workspace.ConfigDir(), ReadOnly: readOnly, Moved: moved})
	}))
}
