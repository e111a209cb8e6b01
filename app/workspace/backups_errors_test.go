package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
)

// A workspace whose name holds the characters of a file pattern finds its
// own backups, and only those.
func TestBackupsOfAWorkspaceNamedLikeAPattern(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ws[1]*.pledgereview")
	s, err := Open(path, filepath.Join(dir, "config"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	os.MkdirAll(s.BackupDir(), 0o755)
	mine := filepath.Join(s.BackupDir(), "ws[1]*-daily-20261101.bak")
	if err := s.store.Backup(mine); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(mine)
	os.WriteFile(filepath.Join(s.BackupDir(), "ws1x-daily-20261102.bak"), raw, 0o600)
	if b, err := NewestBackup(path); err != nil || b.Path != mine {
		t.Fatalf("newest backup %+v, %v; want %s", b, err, mine)
	}
}

// A backups folder that cannot be read is said, not taken for an empty
// one: the offer to restore, the undo and the merge's backup all tell why.
func TestUnreadableBackupsFolderIsReported(t *testing.T) {
	c := newColleague(t, "王芳")
	// a file where the backups folder belongs: listing it fails (as root
	// too, unlike a folder without permissions)
	if err := os.WriteFile(c.s.BackupDir(), []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewestBackup(c.s.path); err == nil || errors.Is(err, ErrNoBackup) {
		t.Errorf("newest backup in an unreadable folder: %v", err)
	}
	if !c.s.CanUndoMerge() {
		t.Error("the undo is not offered, so it cannot say why it fails")
	}
	if _, err := c.s.CheckUndoMerge(); err == nil || errors.Is(err, ErrNoMerge) {
		t.Errorf("undo with an unreadable backups folder: %v", err)
	}
	_, err := c.s.mergeWithBackup(data.MergeWrite{Reviewers: []data.Reviewer{{ID: "x", Name: "X"}}}, backupNote{kind: mergeBackup})
	if err == nil {
		t.Error("a merge went ahead without a backup")
	}
	if reviewers, _ := c.s.store.Reviewers(); len(reviewers) != 1 {
		t.Errorf("the merge wrote without a backup: %v", reviewers)
	}
	dmg := DamagedWithBackup(c.s.path, data.ErrDamaged)
	if !errors.Is(dmg, data.ErrDamaged) || !strings.Contains(dmg.Error(), "list the backups") {
		t.Errorf("the damage error does not tell that the backups could not be searched: %v", dmg)
	}
}

// The note an undo needs that cannot be written makes the merge say it
// cannot be undone.
func TestUndoMarkNotWrittenIsReported(t *testing.T) {
	c := newColleague(t, "王芳")
	backup := filepath.Join(t.TempDir(), "ws-merge-x.bak")
	if err := os.Mkdir(backup+".mark", 0o755); err != nil { // a folder where the note goes
		t.Fatal(err)
	}
	if err := c.s.writeUndoMark(backup); !errors.Is(err, ErrUndoUnavailable) {
		t.Errorf("an unwritten undo note: %v", err)
	}
}

// The menus ask CanUndoMerge after every change: the answer is kept, not
// listed from the backups folder each time, and follows the session's own
// merges and undos.
func TestCanUndoMergeIsKept(t *testing.T) {
	c := newColleague(t, "王芳")
	if c.s.CanUndoMerge() {
		t.Fatal("a new workspace offers an undo")
	}
	// the folder is not listed again: a stray file of the backup's name
	// does not change the answer
	if err := os.MkdirAll(c.s.BackupDir(), 0o755); err != nil {
		t.Fatal(err)
	}
	stray := filepath.Join(c.s.BackupDir(), c.s.backupPrefix(mergeBackup)+"20200101T000000.000000000.bak")
	if err := os.WriteFile(stray, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if c.s.CanUndoMerge() {
		t.Error("CanUndoMerge listed the backups folder again")
	}
	os.Remove(stray)
	if _, err := c.s.mergeWithBackup(data.MergeWrite{Reviewers: []data.Reviewer{{ID: "x", Name: "X"}}}, backupNote{kind: mergeBackup}); err != nil {
		t.Fatal(err)
	}
	if !c.s.CanUndoMerge() {
		t.Error("no undo offered after a merge")
	}
	if err := c.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if c.s.CanUndoMerge() {
		t.Error("an undo is still offered after the only merge was undone")
	}
}
