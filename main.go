// Command pledgereview is a desktop application for reviewing the pledges of
// a government work report offline; with a sub-command it runs without a window.
package main

import (
	"flag"
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"pledgereview/app"
	"pledgereview/app/cli"
	"pledgereview/app/workspace"
)

func main() {
	fs := flag.NewFlagSet("pledgereview", flag.ContinueOnError)
	ws := fs.String("workspace", workspace.DefaultPath(), "workspace file")
	readOnly := fs.Bool("read-only", false, "open the workspace for reading only")
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, `usage: pledgereview [--workspace FILE] [--read-only] [COMMAND [ARGS]]

Without a command, opens the review window.

The workspace is --workspace FILE, else $%s, else
~/.local/share/pledgereview/default.pledgereview (now: %s).
The default one is created and seeded with the Taiyuan 2021 report on first
use. Your reviewer identity is in $%s, else ~/.config/pledgereview.
A workspace you may not write (or --read-only) opens for reading only.

Commands (pledgereview COMMAND --help for their options):
`, workspace.EnvWorkspace, workspace.DefaultPath(), workspace.EnvConfig)
		cli.Usage(os.Stderr)
	}
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	explicit := os.Getenv(workspace.EnvWorkspace) != ""
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "workspace" })
	if fs.NArg() > 0 {
		env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Workspace: *ws, ConfigDir: workspace.ConfigDir(), Explicit: explicit, ReadOnly: *readOnly}
		os.Exit(cli.Run(env, fs.Arg(0), fs.Args()[1:]))
	}
	a := fyneapp.NewWithID(app.ID)
	app.Run(a, app.Options{Workspace: *ws, ConfigDir: workspace.ConfigDir(), ReadOnly: *readOnly})
}
