package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("sync", "one pass over a team folder: write my review files, merge my colleagues'", runSync)
}

func runSync(env Env, args []string) error {
	fs := newFlags(env, "sync", "[--accept-unsigned] FOLDER")
	unsigned := fs.Bool("accept-unsigned", false, "merge unsigned files of the first version too (nothing proves who wrote them)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErr("give the team folder, the folder your team synchronises")
	}
	dir, err := filepath.Abs(pos[0])
	if err != nil {
		return usageErr("%v", err)
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	tf := s.TeamFolder(dir)
	tf.AcceptUnsigned = *unsigned
	rep, err := tf.Sync(time.Now())
	for _, w := range rep.Wrote {
		fmt.Fprintf(env.Stdout, "wrote %s (%s)\n", data.ShownFileName(w.Path), plural(w.Reviews, "review"))
	}
	if err != nil {
		return err
	}
	printSync(env, rep, dir, s.BackupDir())
	if n := len(rep.Attention); n > 0 {
		verb := "needs"
		if n > 1 {
			verb = "need"
		}
		return fmt.Errorf("%s in the team folder %s a decision (merge with `pledgereview merge FILE` to see the plan); nothing from them was merged", plural(n, "file"), verb)
	}
	return nil
}

// printSync says what a pass merged, what waits and what was refused.
func printSync(env Env, rep workspace.SyncReport, dir, backups string) {
	if rep.Changed() {
		var who []string
		for _, a := range rep.Merged {
			who = append(who, fmt.Sprintf("%s from %s", plural(a.Reviews, "review"), data.CleanName(a.Name)))
		}
		fmt.Fprintf(env.Stdout, "merged %s (%s: %s); backup in %s\n", strings.Join(who, ", "),
			plural(len(rep.Files), "file"), strings.Join(shownNames(rep.Files), ", "), backups)
	}
	if rep.UndoLimited != nil {
		fmt.Fprintf(env.Stderr, "warning: %s\n", oneLine(rep.UndoLimited))
	}
	for _, w := range rep.Waiting {
		fmt.Fprintf(env.Stdout, "waiting for %s: it cannot be read yet (still arriving, or damaged); run sync again later\n", data.ShownFileName(w.Path))
	}
	for _, a := range rep.Attention {
		fmt.Fprintf(env.Stderr, "not merged %s\n", oneLine(a.Err))
	}
	if !rep.Changed() && len(rep.Wrote) == 0 && len(rep.Attention) == 0 && len(rep.Waiting) == 0 {
		fmt.Fprintf(env.Stdout, "nothing new in %s\n", dir)
	}
}

// shownNames escapes file names from the team folder (data.ShownFileName).
func shownNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = data.ShownFileName(n)
	}
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
