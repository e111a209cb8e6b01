package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"pledgereview/app/workspace"
)

// Window opens the review window on a workspace; the CLI-only build has none.
type Window func(workspace string, readOnly bool, moved *workspace.Moved)

// Main is the whole command line of both builds: flags, help, the one-time
// move of the data folder, then a sub-command or the window. It returns the
// process exit status.
func Main(args []string, window Window) int {
	attachConsole() // a Windows GUI binary run from a terminal writes there
	stdout, stderr := io.Writer(os.Stdout), io.Writer(os.Stderr)
	moved, moveErr := workspace.MoveRoamingData()
	fs := flag.NewFlagSet("pledgereview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ws := fs.String("workspace", workspace.DefaultPath(), "workspace file")
	readOnly := fs.Bool("read-only", false, "open the workspace for reading only")
	fs.Usage = func() { usage(stderr, window != nil) }
	tellMoved := func() { // the window says it in a dialog instead
		if moved != nil {
			fmt.Fprintf(stderr, "pledgereview: %s\n", moved)
		}
	}
	if err := fs.Parse(args); err != nil {
		tellMoved()
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	explicit := os.Getenv(workspace.EnvWorkspace) != ""
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "workspace" })
	if moveErr != nil {
		fmt.Fprintf(stderr, "pledgereview: %s\n", oneLine(moveErr))
	}
	if fs.NArg() > 0 {
		tellMoved()
		env := Env{Stdout: stdout, Stderr: stderr, Workspace: *ws, ConfigDir: workspace.ConfigDir(), Explicit: explicit, ReadOnly: *readOnly}
		return Run(env, fs.Arg(0), fs.Args()[1:])
	}
	if window == nil {
		tellMoved()
		fmt.Fprintln(stderr, "pledgereview: this build has no window; give a command (pledgereview --help lists them)")
		return 2
	}
	window(*ws, *readOnly, moved)
	return 0
}

func usage(w io.Writer, hasWindow bool) {
	fmt.Fprint(w, "usage: pledgereview [--workspace FILE] [--read-only] [COMMAND [ARGS]]\n\n")
	if hasWindow {
		fmt.Fprint(w, "Without a command, opens the review window.\n\n")
	} else {
		fmt.Fprint(w, "This is the command-line build: it has no window.\n\n")
	}
	fmt.Fprintf(w, `The workspace is --workspace FILE, else $%s, else
%s.
The default one is created and seeded with the Taiyuan 2021 report on first
use. Your reviewer identity is in $%s, else
%s.
A workspace you may not write (or --read-only) opens for reading only.

Commands (pledgereview COMMAND --help for their options):
`, workspace.EnvWorkspace, workspace.StandardPath(), workspace.EnvConfig, workspace.StandardConfigDir())
	Usage(w)
}
