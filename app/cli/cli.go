// Package cli holds the sub-commands of pledgereview; none needs a display.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Env is what a sub-command runs with.
type Env struct {
	Stdout, Stderr io.Writer
	Workspace      string // workspace file
	ConfigDir      string // where the local identity lives
	// Explicit is set when the user named the workspace (--workspace or
	// $PLEDGEREVIEW_WORKSPACE): a mistyped name must not quietly create an
	// empty workspace, so only commands that set one up may create it.
	Explicit bool
	// ReadOnly opens the workspace for reading only (--read-only).
	ReadOnly bool
}

type command struct {
	summary string
	run     func(env Env, args []string) error
}

var commands = map[string]command{}

func register(name, summary string, run func(env Env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// Has reports whether name is a sub-command.
func Has(name string) bool { _, ok := commands[name]; return ok }

// Usage writes the list of sub-commands.
func Usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-14s %s\n", n, commands[n].summary)
	}
}

// errUsage marks a mistake in the command line (exit status 2).
var errUsage = errors.New("usage")

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

// Run runs one sub-command and returns the process exit status. Errors are
// one line on Stderr. Nothing reaches Stdout or Stderr with control or bidi
// characters (see terminalWriter).
func Run(env Env, name string, args []string) int {
	env.Stdout, env.Stderr = terminalSafe(env.Stdout), terminalSafe(env.Stderr)
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(env.Stderr, "pledgereview: unknown command %q (see pledgereview --help)\n", name)
		return 2
	}
	err := cmd.run(env, args)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "pledgereview %s: %s\n", name, strings.TrimPrefix(err.Error(), "usage: "))
		return 2
	default:
		fmt.Fprintf(env.Stderr, "pledgereview %s: %s\n", name, oneLine(withBackup(env, err)))
		return 1
	}
}

// withBackup names the newest good backup in the error of a workspace
// found damaged after it was opened (a record that does not read back).
func withBackup(env Env, err error) error {
	if !errors.Is(err, data.ErrDamaged) {
		return err
	}
	var dmg *workspace.DamagedError
	if errors.As(workspace.DamagedWithBackup(env.Workspace, err), &dmg) {
		return damagedMessage(dmg)
	}
	return err
}

func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

// newFlags makes a flag set whose errors come back instead of exiting.
func newFlags(env Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: pledgereview %s %s\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags that may come before or after positional arguments.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// openSession opens the workspace of env, seeding it on first use.
func openSession(env Env) (*workspace.Session, error) { return open(env, false) }

// openOrCreate may create a workspace the user named (see Env.Explicit).
func openOrCreate(env Env) (*workspace.Session, error) { return open(env, true) }

func open(env Env, create bool) (*workspace.Session, error) {
	if env.Explicit && !create {
		if _, err := os.Stat(env.Workspace); errors.Is(err, os.ErrNotExist) {
			return nil, errors.New(lang.X("cli.noworkspace", "there is no workspace at {{.Path}}; check the path (import-report or whoami creates a new one)", map[string]any{"Path": env.Workspace}))
		}
	}
	opener := workspace.Open
	if env.ReadOnly {
		opener = workspace.OpenReadOnly
	}
	s, err := opener(env.Workspace, env.ConfigDir)
	if errors.Is(err, data.ErrLocked) {
		return nil, errors.New(lang.X("cli.locked", "{{.Path}} is open in another window or program; close it there first", map[string]any{"Path": env.Workspace}))
	}
	var dmg *workspace.DamagedError
	if errors.As(err, &dmg) {
		return nil, damagedMessage(dmg)
	}
	if err == nil && s.RolledBack() {
		warnRolledBack(env)
	}
	if err == nil && len(s.Reclassified().Reports) > 0 {
		rc := s.Reclassified()
		fmt.Fprintln(env.Stderr, lang.X("cli.reclassified", "note: the review of the past in {{.Reports}} was held as pledges; its {{.N}} sentences are now outcomes, every review kept ({{.Unplaced}} unplaced)",
			map[string]any{"Reports": strings.Join(rc.Reports, ", "), "N": rc.Outcomes, "Unplaced": rc.Unplaced}))
	}
	return s, err
}

// warnRolledBack says that the workspace opened as it was one change ago
// (a damaged header page) and which backup may hold the last change.
func warnRolledBack(env Env) {
	msg := lang.X("cli.rolledback", "warning: a header page of the workspace {{.Path}} is damaged: it opened as it was before its last change, which may be lost",
		map[string]any{"Path": env.Workspace})
	if b, err := workspace.NewestBackup(env.Workspace); err == nil {
		msg += lang.X("cli.rolledback.backup", "; the newest backup is {{.Backup}}, of {{.Taken}}; to put it back: pledgereview --workspace {{.Path}} restore-backup {{.Quoted}}",
			map[string]any{"Backup": b.Path, "Taken": b.Taken.Format("2006-01-02 15:04"), "Path": shellQuote(env.Workspace), "Quoted": shellQuote(b.Path)})
	}
	fmt.Fprintln(env.Stderr, msg)
}

// multiFlag collects a flag given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
