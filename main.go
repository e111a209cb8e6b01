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
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, `usage: pledgereview [--workspace FILE] [COMMAND [ARGS]]

Without a command, opens the review window. The default workspace is
%s ($%s overrides it; ~/.local/share/pledgereview/default.pledgereview when unset).
It is created and seeded with the Taiyuan 2021 report on first use.

Commands (pledgereview COMMAND --help for their options):
`, workspace.DefaultPath(), workspace.EnvWorkspace)
		cli.Usage(os.Stderr)
	}
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Workspace: *ws, ConfigDir: workspace.ConfigDir()}
		os.Exit(cli.Run(env, fs.Arg(0), fs.Args()[1:]))
	}
	a := fyneapp.NewWithID(app.ID)
	app.Run(a, app.Options{Workspace: *ws, ConfigDir: workspace.ConfigDir()})
}
