package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("restore-backup", "put a backup in place of a damaged workspace (the damaged file is kept)", runRestoreBackup)
}

// damagedMessage says in one line that the workspace is damaged, what the
// newest good backup is, and the command that puts it back.
func damagedMessage(e *workspace.DamagedError) error {
	what := "is damaged"
	if errors.Is(e.Err, data.ErrEmptyFile) {
		what = "is empty (0 bytes): a copy that did not finish, or a file another program made"
	}
	detail := ""
	if _, d, ok := strings.Cut(e.Err.Error(), data.ErrDamaged.Error()); ok && !errors.Is(e.Err, data.ErrEmptyFile) {
		detail = strings.TrimSpace(d)
	}
	msg := strings.Join(strings.Fields(fmt.Sprintf("the workspace %s %s %s", e.Path, what, detail)), " ") + "; nothing was changed"
	if !e.HasBackup() {
		return fmt.Errorf("%s, and no backup of it was found in %s", msg, filepath.Join(filepath.Dir(e.Path), "backups"))
	}
	return fmt.Errorf("%s. The newest backup is %s, of %s; to put it back (the damaged file is kept): pledgereview --workspace %s restore-backup",
		msg, e.Backup.Path, e.Backup.Taken.Format("2006-01-02 15:04"), shellQuote(e.Path))
}

// shellQuote quotes a path for a command the user copies.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f)
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func runRestoreBackup(env Env, args []string) error {
	fs := newFlags(env, "restore-backup", "[BACKUP-FILE]")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageErr("give at most one backup file")
	}
	var b workspace.Backup
	if len(pos) == 1 {
		fi, err := os.Stat(pos[0])
		if err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		b = workspace.Backup{Path: pos[0], Taken: fi.ModTime()}
	} else if b, err = workspace.NewestBackup(env.Workspace); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	kept, err := workspace.RestoreBackup(env.Workspace, b)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "restored %s from the backup of %s\n", env.Workspace, b.Taken.Format("2006-01-02 15:04"))
	if kept != "" {
		fmt.Fprintf(env.Stdout, "the file that was there is kept as %s\n", kept)
	}
	return nil
}

// wrote is the line an export prints: the path, and the file a link there
// points to, which is what was written.
func wrote(path string) string {
	if target, _, err := workspace.ExportTarget(path); err == nil && target != path {
		return fmt.Sprintf("wrote %s (through the link to %s)", path, target)
	}
	return "wrote " + path
}
