package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data"
)

// TestDailyBackupIsKeptForAWeek: one backup a day, the newest seven kept.
func TestDailyBackupIsKeptForAWeek(t *testing.T) {
	c := newColleague(t, "王芳")
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.Local)
	for i := range 10 {
		for _, at := range []time.Time{day.AddDate(0, 0, i), day.AddDate(0, 0, i).Add(3 * time.Hour)} {
			if err := c.s.dailyBackup(at); err != nil {
				t.Fatal(err)
			}
		}
	}
	daily, _ := filepath.Glob(filepath.Join(c.s.BackupDir(), "ws-daily-*.bak"))
	if len(daily) != KeptDailyBackups || filepath.Base(daily[0]) != "ws-daily-20261104.bak" {
		t.Fatalf("daily backups %v, want the last %d days", daily, KeptDailyBackups)
	}
}

// TestNewestBackupSkipsDamagedOnes: the offer is the newest backup that
// would open, and restoring it keeps the damaged workspace.
func TestNewestBackupSkipsDamagedOnes(t *testing.T) {
	c := newColleague(t, "王芳")
	rv := data.NewReview(p1, c.s.Me().ID)
	rv.Note = "备份里的意见"
	if _, err := c.s.store.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	dir := c.s.BackupDir()
	os.MkdirAll(dir, 0o755)
	good := filepath.Join(dir, "ws-daily-20261101.bak")
	if err := c.s.store.Backup(good); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-48 * time.Hour)
	os.Chtimes(good, old, old)
	raw, _ := os.ReadFile(good)
	// newer, but cut short; and another workspace's
	os.WriteFile(filepath.Join(dir, "ws-merge-20261102T090000.000000000.bak"), raw[:len(raw)/2], 0o600)
	os.WriteFile(filepath.Join(dir, "other-daily-20261103.bak"), raw, 0o600)

	path := c.s.store.Path()
	c.s.Close()
	os.WriteFile(path, raw[:5000], 0o600)
	_, err := Open(path, filepath.Join(c.dir, "config"))
	var dmg *DamagedError
	if !errors.As(err, &dmg) || !errors.Is(err, data.ErrDamaged) || dmg.Backup.Path != good {
		t.Fatalf("open of a damaged workspace: %v (%+v), want the good backup %s", err, dmg, good)
	}
	kept, err := RestoreBackup(path, dmg.Backup)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept); len(got) != 5000 {
		t.Fatalf("the damaged file was not kept as it was: %d bytes", len(got))
	}
	s, err := Open(path, filepath.Join(c.dir, "config"))
	if err != nil {
		t.Fatal(err)
	}
	c.s = s
	t.Cleanup(func() { s.Close() })
	if got, _ := s.store.Review(p1, s.Me().ID); got.Note != "备份里的意见" {
		t.Fatalf("restored workspace holds %q", got.Note)
	}
	if b, err := NewestBackup(path); err != nil || b.Path == kept {
		t.Fatalf("newest backup %+v: the kept damaged file must never be offered", b)
	}
}

// TestReadOnlySessionWritesNothing: a read-only session is not seeded, does
// not record the reviewer, takes no backup, and refuses a merge.
func TestReadOnlySessionWritesNothing(t *testing.T) {
	c := newColleague(t, "王芳")
	path := c.s.store.Path()
	c.s.Close()
	before, _ := os.ReadFile(path)
	other := filepath.Join(t.TempDir(), "config")
	s, err := OpenReadOnly(path, other) // another reviewer, never seen here
	if err != nil {
		t.Fatal(err)
	}
	c.s = s
	t.Cleanup(func() { s.Close() })
	if !s.ReadOnly() {
		t.Fatal("not read-only")
	}
	if _, err := s.ReviewSet("taiyuan-2021"); err != nil {
		t.Fatalf("pack input of a read-only workspace: %v", err)
	}
	if err := s.SetName("李娜"); err != nil {
		t.Fatalf("a name set while read-only: %v", err)
	}
	_, err = s.mergeWithBackup(data.MergeWrite{Reviewers: []data.Reviewer{{ID: "x", Name: "X"}}}, backupNote{kind: mergeBackup})
	if !errors.Is(err, data.ErrReadOnly) {
		t.Fatalf("merge into a read-only workspace: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the read-only workspace was written")
	}
	if b, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "backups", "*")); len(b) != 0 {
		t.Fatalf("a read-only open made backups: %v", b)
	}
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "none.pledgereview"), other); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("read-only open of a missing workspace: %v", err)
	}
}

// A workspace open in a window is never replaced by a restore.
func TestRestoreRefusesAnOpenWorkspace(t *testing.T) {
	c := newColleague(t, "王芳")
	os.MkdirAll(c.s.BackupDir(), 0o755)
	backup := filepath.Join(c.s.BackupDir(), "ws-daily-20261101.bak")
	if err := c.s.store.Backup(backup); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(c.s.store.Path())
	_, err := RestoreBackup(c.s.store.Path(), Backup{Path: backup})
	if !errors.Is(err, data.ErrLocked) {
		t.Fatalf("restore over an open workspace: %v, want ErrLocked", err)
	}
	if after, _ := os.ReadFile(c.s.store.Path()); string(after) != string(before) {
		t.Fatal("an open workspace was replaced")
	}
}
