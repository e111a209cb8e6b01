package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

func init() {
	register("restore-backup", "put a backup in place of a damaged workspace (the damaged file is kept)", runRestoreBackup)
}

// damagedMessage says in one line that the workspace is damaged, what the
// newest good backup is, and the command that puts it back.
func damagedMessage(e *workspace.DamagedError) error {
	detail := ""
	if _, d, ok := strings.Cut(e.Err.Error(), data.ErrDamaged.Error()); ok && !errors.Is(e.Err, data.ErrEmptyFile) {
		detail = strings.Join(strings.Fields(d), " ")
	}
	args := map[string]any{"Path": e.Path, "Detail": detail, "Dir": filepath.Join(filepath.Dir(e.Path), "backups"), "Quoted": shellQuote(e.Path)}
	msg := lang.X("cli.damaged", "the workspace {{.Path}} is damaged {{.Detail}}; nothing was changed", args)
	if errors.Is(e.Err, data.ErrEmptyFile) {
		msg = lang.X("cli.damaged.empty", "the workspace {{.Path}} is empty (0 bytes): a copy that did not finish, or a file another program made; nothing was changed", args)
	}
	if !e.HasBackup() {
		return errors.New(msg + lang.X("cli.damaged.nobackup", ", and no backup of it was found in {{.Dir}}", args))
	}
	args["Backup"], args["Taken"] = e.Backup.Path, e.Backup.Taken.Format("2006-01-02 15:04")
	return errors.New(msg + lang.X("cli.damaged.backup", ". The newest backup is {{.Backup}}, of {{.Taken}}; to put it back (the damaged file is kept): pledgereview --workspace {{.Quoted}} restore-backup", args))
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
	fmt.Fprintln(env.Stdout, lang.X("cli.restored", "restored {{.Path}} from the backup of {{.Taken}}", map[string]any{"Path": env.Workspace, "Taken": b.Taken.Format("2006-01-02 15:04")}))
	if kept != "" {
		fmt.Fprintln(env.Stdout, lang.X("cli.restored.kept", "the file that was there is kept as {{.Kept}}", map[string]any{"Kept": kept}))
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
