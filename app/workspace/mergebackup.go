package workspace

// The bookkeeping of merge backups: before each merge a copy of the
// workspace in the backups folder, with beside it the store's change mark
// (.mark) and, for a team folder's merge, the files it merged (.files);
// the list of team files whose merge was undone. UndoLastMerge
// (session_undo.go) goes back to the newest.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"pledgereview/data"
)

// mergeWithBackup backs the workspace up, writes the merge, places the
// records kept unplaced of the reports merged that now fit, and records
// beside the backup the store's change mark after the merge, so that an undo
// can tell whether anything was saved since. With ErrUndoUnavailable or
// ErrUndoMayRemerge the merge is done (res says what it wrote); only its
// undo is limited.
func (s *Session) mergeWithBackup(w data.MergeWrite, note backupNote, reports ...string) (data.MergeResult, error) {
	var res data.MergeResult
	err := s.withBackup(note, func() (err error) {
		if res, err = s.store.ApplyMerge(w); err != nil {
			return err
		}
		res.Placed = placedAfterWrite(s.placeKeptOf(reports))
		return nil
	})
	return res, err
}

// placedAfterWrite is how many kept records a placement run after a merge
// or an import placed. The write is done and its backup and undo stand
// whatever happens there: a placement that fails leaves the records kept,
// to be placed by the next merge, import or correction.
func placedAfterWrite(n int, err error) int {
	if err != nil {
		return 0
	}
	return n
}

// withBackup backs the workspace up, runs write (one transaction), and
// records the undo mark beside the backup; a write that fails leaves no
// backup to undo.
func (s *Session) withBackup(note backupNote, write func() error) error {
	if s.ReadOnly() {
		return fmt.Errorf("merge: %w", data.ErrReadOnly)
	}
	backup, err := s.backup(note.kind)
	if err != nil {
		return err
	}
	if err := write(); err != nil {
		os.Remove(backup) // nothing was written: there is nothing to undo
		s.undo.forget()
		return err
	}
	s.undo.set(true)
	if err := s.writeUndoMark(backup); err != nil {
		return err
	}
	return note.write(backup)
}

// KeptBackups is how many merge backups stay in the backups folder.
const KeptBackups = 10

// BackupDir is the folder of merge backups beside the workspace.
func (s *Session) BackupDir() string {
	return filepath.Join(filepath.Dir(s.path), "backups")
}

func (s *Session) backupPrefix(kind string) string {
	return strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path)) + kind
}

func (s *Session) backup(kind string) (string, error) {
	dir := s.BackupDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("back up before merge: %w", err)
	}
	name := s.backupPrefix(kind) + time.Now().UTC().Format(backupStamp) + ".bak"
	dst := filepath.Join(dir, name)
	if err := s.store.Backup(dst); err != nil {
		os.Remove(dst)
		return "", fmt.Errorf("back up before merge: %w", err)
	}
	backups, err := s.backupsOf(kind) // each kind keeps its own last ten
	if err != nil {
		os.Remove(dst)
		return "", fmt.Errorf("back up before merge: %w", err)
	}
	for len(backups) > KeptBackups {
		removeBackup(backups[0])
		backups = backups[1:]
	}
	return dst, nil
}

// backupsOf lists this workspace's merge backups of one kind, oldest first.
func (s *Session) backupsOf(kind string) ([]string, error) {
	return listBackups(s.BackupDir(), s.backupPrefix(kind))
}

// CanUndoMerge reports whether a merge backup exists to go back to. When
// the backups folder cannot be read it says yes, so that the undo is
// offered and CheckUndoMerge says why it cannot be done. The folder is
// listed once; a merge and an undo keep the answer up to date.
func (s *Session) CanUndoMerge() bool {
	switch s.undo.state.Load() {
	case undoYes:
		return true
	case undoNo:
		return false
	}
	b, err := s.backups()
	if err != nil {
		return true
	}
	s.undo.set(len(b) > 0)
	return len(b) > 0
}

// undoCache remembers whether the backups folder holds a merge backup, so
// that the menus, rebuilt after every change, do not list the folder each
// time. Only this session writes the folder (the store's lock keeps other
// processes out of the workspace).
type undoCache struct{ state atomic.Int32 }

const (
	undoUnknown = iota
	undoNo
	undoYes
)

func (c *undoCache) set(can bool) {
	if can {
		c.state.Store(undoYes)
	} else {
		c.state.Store(undoNo)
	}
}

// forget makes the next CanUndoMerge list the folder again.
func (c *undoCache) forget() { c.state.Store(undoUnknown) }

// The kinds of merge backup, by the word in their names. A team folder
// merges on its own, often; its backups are kept apart, so that they never
// push the backups of merges made by hand out of the last KeptBackups.
const (
	mergeBackup     = "-merge-"
	teamMergeBackup = "-team-merge-"
	// reclassifyBackup is the backup before a report imported by an
	// earlier version is classified on opening: no merge, never undone.
	reclassifyBackup = "-reclassify-"
)

// KeptUndone is how many undone team-folder files the workspace remembers.
const KeptUndone = 500

// backups lists this workspace's merge backups of both kinds, oldest
// first: undo takes back the newest merge, whoever made it.
func (s *Session) backups() ([]string, error) {
	var all []string
	for _, kind := range []string{mergeBackup, teamMergeBackup} {
		b, err := s.backupsOf(kind)
		if err != nil {
			return nil, err
		}
		all = append(all, b...)
	}
	slices.SortStableFunc(all, func(a, b string) int { return strings.Compare(backupTime(a), backupTime(b)) })
	return all, nil
}

// backupTime is the time in a merge backup's name (backupStamp), after its
// kind.
func backupTime(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), ".bak")
	return name[strings.LastIndex(name, "-")+1:]
}

// removeBackup removes a merge backup and what is kept beside it.
func removeBackup(path string) {
	os.Remove(path)
	os.Remove(path + ".mark")
	os.Remove(path + ".files")
}

// backupNote says which kind of backup a merge makes and, for a team
// folder's, the IDs of the files merged, kept beside the backup so that
// an undo can tell the team folder not to merge them again.
type backupNote struct {
	kind  string
	files []string
}

func (mp MultiPlan) backupNote() backupNote {
	if !mp.Team {
		return backupNote{kind: mergeBackup}
	}
	note := backupNote{kind: teamMergeBackup}
	for _, fp := range mp.Files {
		if fp.Writes() && fp.Plan.FileID != "" {
			note.files = append(note.files, fp.Plan.FileID)
		}
	}
	return note
}

// ErrUndoMayRemerge is a team-folder merge that was made and can be undone,
// but whose note of the files merged could not be written beside its
// backup: an undo then holds while the program runs, and after a restart
// the team folder merges those files again.
var ErrUndoMayRemerge = errors.New("the merge is done, but an undo of it is not remembered: the team folder's next start would merge its files again")

// write keeps the note's files beside the backup, for an undo of the merge.
func (n backupNote) write(backup string) error {
	if len(n.files) == 0 {
		return nil
	}
	raw, err := json.Marshal(n.files)
	if err == nil {
		err = os.WriteFile(backup+".files", raw, 0o600)
	}
	if err != nil {
		os.Remove(backup + ".files") // a part written is no note
		return fmt.Errorf("%w: %w", ErrUndoMayRemerge, err)
	}
	return nil
}

// mergeDone tells an error of a merge that was made nonetheless, only its
// undo limited (ErrUndoUnavailable, ErrUndoMayRemerge), from one of a merge
// that did not happen.
func mergeDone(err error) bool {
	return errors.Is(err, ErrUndoUnavailable) || errors.Is(err, ErrUndoMayRemerge)
}

// undonePath is where the workspace remembers the team-folder files whose
// merge was undone: beside its backups, so that it outlives the undo (the
// undo puts back the workspace file itself).
func (s *Session) undonePath() string {
	return filepath.Join(s.BackupDir(), strings.TrimSuffix(s.backupPrefix(teamMergeBackup), "-")+"-undone.json")
}

// rememberUndone adds the files of an undone team-folder merge (backup) to
// those a team folder does not merge again, keeping the newest KeptUndone.
// A merge without a note of its files has nothing to remember.
func (s *Session) rememberUndone(backup string) error {
	raw, err := os.ReadFile(backup + ".files")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read the note of the files merged: %w", err)
	}
	var files []string
	if err := json.Unmarshal(raw, &files); err != nil {
		return fmt.Errorf("read the note of the files merged %s: %w", backup+".files", err)
	}
	all, err := s.undoneList()
	if err != nil {
		return err
	}
	all = append(all, files...)
	if len(all) > KeptUndone {
		all = all[len(all)-KeptUndone:]
	}
	if raw, err = json.Marshal(all); err == nil {
		err = writeFileAtomic(s.undonePath(), raw, 0o600)
	}
	if err != nil {
		return fmt.Errorf("write the list of undone team files: %w", err)
	}
	return nil
}

// undoneList is the list of team-folder files whose merge was undone; none
// while no merge was undone.
func (s *Session) undoneList() ([]string, error) {
	raw, err := os.ReadFile(s.undonePath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the list of undone team files: %w", err)
	}
	var out []string
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("read the list of undone team files %s: %w", s.undonePath(), err)
	}
	return out, nil
}

// undoneTeamFiles returns the IDs of the team-folder files whose merge was
// undone.
func (s *Session) undoneTeamFiles() (map[string]bool, error) {
	list, err := s.undoneList()
	out := map[string]bool{}
	for _, id := range list {
		out[id] = true
	}
	return out, err
}

// writeUndoMark records beside the backup of a merge just made the
// store's change mark, by which an undo tells that nothing was saved since.
func (s *Session) writeUndoMark(backup string) error {
	mark, err := s.store.ChangeMark()
	if err == nil {
		err = os.WriteFile(backup+".mark", []byte(strconv.FormatUint(mark, 10)), 0o600)
	}
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUndoUnavailable, err)
	}
	return nil
}

// backupStamp is the time in a merge backup's name, in UTC.
const backupStamp = "20060102T150405.000000000"
