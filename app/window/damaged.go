package window

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// A workspace whose file is damaged (or empty) is never opened and never
// changed; the window says so in plain words and, when there is one,
// offers the newest good backup from the backups folder beside it.

// backupOf returns the damaged-workspace error in err when it names a
// good backup.
func backupOf(err error) (*workspace.DamagedError, bool) {
	var dmg *workspace.DamagedError
	if errors.As(err, &dmg) && dmg.HasBackup() {
		return dmg, true
	}
	return nil, false
}

// backupDate is how the window names a backup: by the time it was taken.
func backupDate(b workspace.Backup) string { return b.Taken.Format("2006-01-02 15:04") }

// restoreLabel is the button that restores the backup.
func restoreLabel(dmg *workspace.DamagedError) string {
	return lang.X("damaged.restore", "Open the backup of {{.Date}}", map[string]any{"Date": backupDate(dmg.Backup)})
}
