package cli

import (
	"errors"
	"fmt"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
)

func init() {
	register("undo", "take back the last merge, re-import or report removal, as File → Undo last merge does", runUndo)
}

func runUndo(env Env, args []string) error {
	fs := newFlags(env, "undo", "")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if len(pos) != 0 {
		return usageErr("undo takes no argument")
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	last, err := s.CheckUndoMerge()
	if err != nil {
		return err
	}
	if err := s.UndoLastMerge(); err != nil && !errors.Is(err, workspace.ErrUndoMayRemerge) {
		return err
	}
	fmt.Fprintln(env.Stdout, lang.X("cli.undo.done", "the workspace is back as it was at {{.When}}, before the last change of that kind",
		map[string]any{"When": last.When.Local().Format("2006-01-02 15:04:05")}))
	return nil
}
