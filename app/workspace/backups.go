package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"sort"
	"strings"
	"time"

	"pledgereview/data"
)

// Besides the backup before each merge, a workspace is copied into
// backups/ beside it when it is opened, at most once a day, so that a file
// damaged later (a full disk, a bad copy) can be put back as it was that
// morning. A damaged workspace is never deleted: restoring a backup first
// keeps the damaged file in backups/ under a name of its own.

// KeptDailyBackups is how many daily backups stay in the backups folder.
const KeptDailyBackups = 7

// Backup is a copy of a workspace in its backups folder.
type Backup struct {
	Path  string
	Taken time.Time // when the copy was written
}

// DamagedError is a workspace that could not be opened because its file is
// damaged (or empty), with the newest backup that is not.
type DamagedError struct {
	Path   string
	Backup Backup // Path is "" when there is no good backup
	Err    error  // errors.Is(Err, data.ErrDamaged)
}

func (e *DamagedError) Error() string { return e.Err.Error() }
func (e *DamagedError) Unwrap() error { return e.Err }

// HasBackup reports whether a good backup was found.
func (e *DamagedError) HasBackup() bool { return e.Backup.Path != "" }

// backupDir is the backups folder beside the workspace at path.
func backupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

// stem is the workspace's file name without its ending, which starts the
// names of its backups.
func stem(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// backupKinds are the name starts of a workspace's backups, after the stem.
var backupKinds = []string{"-merge-", "-team-merge-", "-daily-", "-before-undo-"}

// ErrNoBackup is a workspace without a good backup in its backups folder.
var ErrNoBackup = errors.New("no good backup")

// ErrUndoUnavailable is a merge that was made but cannot be undone: the
// note the undo needs could not be written beside its backup.
var ErrUndoUnavailable = errors.New("the merge is done, but it cannot be undone")

// listBackups lists the files in dir whose names start with prefix and end
// in .bak, sorted by name; a missing folder holds none. Names are compared
// as they are, so a workspace name with * or [ in it lists its own backups.
func listBackups(dir, prefix string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list the backups: %w", err)
	}
	var out []string
	for _, e := range entries {
		if name := e.Name(); strings.HasPrefix(name, prefix) && strings.HasSuffix(name, ".bak") {
			out = append(out, filepath.Join(dir, name))
		}
	}
	sort.Strings(out)
	return out, nil
}

// NewestBackup finds the newest backup of the workspace at path whose file
// passes the check a workspace passes at open; ErrNoBackup when there is
// none.
func NewestBackup(path string) (Backup, error) {
	var found []Backup
	for _, kind := range backupKinds {
		matches, err := listBackups(backupDir(path), stem(path)+kind)
		if err != nil {
			return Backup{}, err
		}
		for _, m := range matches {
			if fi, err := os.Stat(m); err == nil && fi.Mode().IsRegular() {
				found = append(found, Backup{Path: m, Taken: fi.ModTime()})
			}
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if !found[i].Taken.Equal(found[j].Taken) {
			return found[i].Taken.After(found[j].Taken)
		}
		return found[i].Path > found[j].Path
	})
	for _, b := range found {
		if store.CheckFile(b.Path) == nil {
			return b, nil
		}
	}
	return Backup{}, fmt.Errorf("%w of %s in %s", ErrNoBackup, path, backupDir(path))
}

// DamagedWithBackup adds the newest good backup to the error of a damaged
// workspace (a *DamagedError); other errors pass unchanged. Open does it;
// the window does it for damage found in a workspace already open.
func DamagedWithBackup(path string, err error) error {
	var already *DamagedError
	if errors.As(err, &already) || !errors.Is(err, data.ErrDamaged) {
		return err
	}
	b, findErr := NewestBackup(path)
	if findErr != nil && !errors.Is(findErr, ErrNoBackup) {
		// the backups folder could not be read: say so beside the damage
		err = errors.Join(err, findErr)
	}
	return &DamagedError{Path: path, Backup: b, Err: err}
}

// RestoreBackup puts backup b in place of the workspace at path, after
// keeping the file that is there in the backups folder (returned as kept;
// "" when there was no file). The workspace must not be open.
func RestoreBackup(path string, b Backup) (kept string, err error) {
	if err := store.CheckFile(b.Path); err != nil {
		return "", fmt.Errorf("restore %s: the backup is damaged too: %w", filepath.Base(b.Path), err)
	}
	raw, err := os.ReadFile(b.Path)
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", filepath.Base(b.Path), err)
	}
	if store.CheckFile(path) == nil {
		// a sound workspace may be open in a window: never replace it there
		st, err := store.Open(path, store.Options{ReadOnly: true, Timeout: 200 * time.Millisecond})
		if errors.Is(err, data.ErrLocked) {
			return "", fmt.Errorf("restore %s: %w", filepath.Base(b.Path), err)
		}
		if st != nil {
			st.Close()
		}
	}
	mode := os.FileMode(0o600)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return "", fmt.Errorf("restore into %s: %w", path, data.ErrNotAFile)
		}
		mode = fi.Mode().Perm() | 0o200
		if kept, err = keepAside(path); err != nil {
			return "", err
		}
	}
	if err := writeFileAtomic(path, raw, mode); err != nil {
		return kept, fmt.Errorf("restore %s (the damaged file is kept as %s): %w", filepath.Base(b.Path), kept, err)
	}
	return kept, nil
}

// keepAside links (or copies) the file at path into the backups folder as
// <stem>-damaged-<time><ext>, a name no pruning ever removes.
func keepAside(path string) (string, error) {
	dir := backupDir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("keep the damaged file: %w", err)
	}
	kept := filepath.Join(dir, stem(path)+"-damaged-"+time.Now().UTC().Format("20060102T150405")+filepath.Ext(path))
	if err := os.Link(path, kept); err == nil {
		return kept, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("keep the damaged file: %w", err)
	}
	if err := writeFileAtomic(kept, raw, 0o600); err != nil {
		return "", fmt.Errorf("keep the damaged file: %w", err)
	}
	return kept, nil
}

// dailyBackup copies the open workspace into the backups folder unless a
// copy was made today, and keeps the newest KeptDailyBackups. It is done
// when a workspace that existed is opened for writing; a failure (a
// read-only folder, a full disk) does not stop the open.
func (s *Session) dailyBackup(now time.Time) error {
	path := s.path
	dir := backupDir(path)
	dst := filepath.Join(dir, stem(path)+"-daily-"+now.Format("20060102")+".bak")
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("daily backup: %w", err)
	}
	if err := s.store.Backup(dst); err != nil {
		os.Remove(dst)
		return fmt.Errorf("daily backup: %w", err)
	}
	old, err := listBackups(dir, stem(path)+"-daily-")
	if err != nil {
		return fmt.Errorf("daily backup: %w", err)
	}
	for len(old) > KeptDailyBackups {
		os.Remove(old[0])
		old = old[1:]
	}
	return nil
}
