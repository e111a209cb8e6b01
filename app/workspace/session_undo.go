package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"strconv"
	"strings"
	"time"
)

// ErrNoMerge is an undo with no merge backup to go back to.
var ErrNoMerge = errors.New("there is no merge to undo")

// LastMerge is the merge an undo would take back.
type LastMerge struct {
	When   time.Time // when the merge was made (its backup, just before it)
	backup string
}

// CheckUndoMerge tells, changing nothing, what UndoLastMerge would do: the
// merge it takes back, or why it would refuse (ErrNoMerge, or
// ErrChangedSinceMerge when a review or a progress update was saved after
// that merge).
func (s *Session) CheckUndoMerge() (LastMerge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lastMerge()
}

func (s *Session) lastMerge() (LastMerge, error) {
	backups, err := s.backups()
	if err != nil {
		return LastMerge{}, fmt.Errorf("undo merge: %w", err)
	}
	if len(backups) == 0 {
		return LastMerge{}, fmt.Errorf("undo merge: %w", ErrNoMerge)
	}
	last := backups[len(backups)-1]
	rawMark, err := os.ReadFile(last + ".mark")
	mark, perr := strconv.ParseUint(strings.TrimSpace(string(rawMark)), 10, 64)
	now, merr := s.store.ChangeMark()
	if err != nil || perr != nil || merr != nil || now != mark {
		return LastMerge{}, fmt.Errorf("undo merge: %w", ErrChangedSinceMerge)
	}
	when, _ := time.Parse(backupStamp, backupTime(last)) // a renamed backup has no time: zero
	return LastMerge{When: when, backup: last}, nil
}

// UndoLastMerge puts back the workspace as it was before the last merge.
// It refuses as CheckUndoMerge says, and keeps a copy of the workspace as
// it was before the undo. The store is closed and reopened while no other
// method uses it; callers must reload what they show.
func (s *Session) UndoLastMerge() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	last, err := s.lastMerge()
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(last.backup)
	if err != nil {
		return fmt.Errorf("undo merge: %w", err)
	}
	keep := filepath.Join(s.BackupDir(), stem(s.path)+"-before-undo-"+time.Now().UTC().Format("20060102T150405")+".bak")
	if err := s.store.Backup(keep); err != nil {
		return fmt.Errorf("undo merge: keep a copy first: %w", err)
	}
	if err := s.store.Close(); err != nil {
		return fmt.Errorf("undo merge: %w", err)
	}
	writeErr := writeFileAtomic(s.path, raw, 0o600)
	st, err := store.Open(s.path, store.Options{})
	if err != nil {
		return fmt.Errorf("undo merge: reopen workspace (a copy from before the undo is in %s): %w", keep, err)
	}
	s.store = st
	if writeErr != nil {
		return fmt.Errorf("undo merge: %w", writeErr)
	}
	remembered := s.rememberUndone(last.backup)
	defer s.undo.forget()
	os.Remove(last.backup + ".mark")
	os.Remove(last.backup + ".files")
	if err := os.Remove(last.backup); err != nil {
		return err
	}
	if remembered != nil {
		return fmt.Errorf("undo merge: %w: %w", ErrUndoMayRemerge, remembered)
	}
	return nil
}
