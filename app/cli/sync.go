package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"pledgereview/app/internal/lang"
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
		fmt.Fprintln(env.Stdout, lang.X("cli.sync.wrote", "wrote {{.File}} ({{.Reviews}})",
			map[string]any{"File": data.ShownFileName(w.Path), "Reviews": reviewsCount(w.Reviews)}))
	}
	if err != nil {
		return err
	}
	printSync(env, rep, dir, s.BackupDir())
	return attentionError(rep.Attention)
}

// attentionError is the error of a pass that refused files: a decision to
// make with `merge` for the files, and the links or folders to take out of
// the folder (never to be merged: merge would follow the link).
func attentionError(refused []workspace.FileIssue) error {
	odd := 0
	for _, a := range refused {
		if notAFile(a.Err) {
			odd++
		}
	}
	var says []string
	switch plain := len(refused) - odd; {
	case plain == 1:
		says = append(says, lang.X("cli.sync.attention.one", "1 file in the team folder needs a decision (merge with `pledgereview merge FILE` to see the plan); nothing from it was merged"))
	case plain > 1:
		says = append(says, lang.X("cli.sync.attention", "{{.N}} files in the team folder need a decision (merge with `pledgereview merge FILE` to see the plan); nothing from them was merged",
			map[string]any{"N": plain}))
	}
	switch {
	case odd == 1:
		says = append(says, lang.X("cli.sync.notfile.one", "the team folder holds a link or a folder named like a review file; nothing was read from it: remove it, or put the file itself there"))
	case odd > 1:
		says = append(says, lang.X("cli.sync.notfiles", "the team folder holds {{.N}} links or folders named like review files; nothing was read from them: remove them, or put the files themselves there",
			map[string]any{"N": odd}))
	}
	if len(says) == 0 {
		return nil
	}
	return errors.New(strings.Join(says, lang.X("cli.sync.also", "; and ")))
}

// notAFile tells whether a team file was refused unopened: a link, a
// folder or a pipe named like a review file.
func notAFile(err error) bool {
	return errors.Is(err, workspace.ErrTeamLink) || errors.Is(err, data.ErrNotAFile)
}

// printSync says what a pass merged, what waits and what was refused.
func printSync(env Env, rep workspace.SyncReport, dir, backups string) {
	if rep.Changed() {
		var who []string
		for _, a := range rep.Merged {
			who = append(who, lang.X("cli.sync.from", "{{.Reviews}} from {{.Name}}",
				map[string]any{"Reviews": reviewsCount(a.Reviews), "Name": data.CleanName(a.Name)}))
		}
		sep := lang.X("cli.sync.sep", ", ")
		fmt.Fprintln(env.Stdout, lang.X("cli.sync.merged", "merged {{.Who}} ({{.Files}}: {{.Names}}); {{.Backup}}",
			map[string]any{"Who": strings.Join(who, sep), "Files": filesCount(len(rep.Files)), "Names": strings.Join(shownNames(rep.Files), sep),
				"Backup": lang.X("cli.backupin", "backup in {{.Dir}}", map[string]any{"Dir": backups})}))
	}
	if rep.UndoLimited != nil {
		fmt.Fprintln(env.Stderr, lang.X("cli.warning", "warning: {{.Text}}", map[string]any{"Text": oneLine(rep.UndoLimited)}))
	}
	for _, w := range rep.Waiting {
		fmt.Fprintln(env.Stdout, lang.X("cli.sync.waiting", "waiting for {{.File}}: it cannot be read yet (still arriving, or damaged); run sync again later",
			map[string]any{"File": data.ShownFileName(w.Path)}))
	}
	for _, a := range rep.Attention {
		fmt.Fprintln(env.Stderr, lang.X("cli.sync.notmerged", "not merged: {{.Reason}}", map[string]any{"Reason": refusalReason(a.Path, a.Err)}))
	}
	if !rep.Changed() && len(rep.Wrote) == 0 && len(rep.Attention) == 0 && len(rep.Waiting) == 0 {
		fmt.Fprintln(env.Stdout, lang.X("cli.sync.nothing", "nothing new in {{.Dir}}", map[string]any{"Dir": dir}))
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

// reviewsCount and filesCount are "1 review", "3 files" in the user's language.
func reviewsCount(n int) string {
	if n == 1 {
		return lang.X("cli.count.review.one", "1 review")
	}
	return lang.X("cli.count.review", "{{.N}} reviews", map[string]any{"N": n})
}

func filesCount(n int) string {
	if n == 1 {
		return lang.X("cli.count.file.one", "1 file")
	}
	return lang.X("cli.count.file", "{{.N}} files", map[string]any{"N": n})
}
