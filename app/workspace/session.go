package workspace

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"pledgereview/data/store"
	"sync"
	"time"

	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/seeds"
)

// Session is an open workspace with the local reviewer. The window and the
// CLI reach the workspace only through its methods, from any goroutine.
type Session struct {
	key       ed25519.PrivateKey // signs my review files
	configDir string

	// mu guards store and me: every method holds it for reading while it
	// uses them, and UndoLastMerge, Close and SetName hold it for writing
	// while they close the store or rename me, so no reader ever sees a
	// closed store or half a name. Methods that hold it call only
	// unexported helpers, never another locking method.
	mu       sync.RWMutex
	me       data.Reviewer
	store    *store.Store
	path     string
	readOnly bool
	undo     undoCache
	// reclassified is what open did to reports stored before review
	// chapters were classified, for the user to be told once.
	reclassified Reclassified
}

// Open opens the workspace at path (creating it), seeds it with the Taiyuan
// 2021 report when it holds no report, and records the local reviewer.
//
// A damaged (or empty) file is a *DamagedError naming the newest good
// backup. A file the user may not write opens read-only, as OpenReadOnly
// does. A workspace that existed is copied into backups/ once a day.
func Open(path, configDir string) (*Session, error) { return open(path, configDir, false) }

// OpenReadOnly opens the workspace at path for reading only: list, brief
// and export work; a change returns data.ErrReadOnly.
func OpenReadOnly(path, configDir string) (*Session, error) { return open(path, configDir, true) }

func open(path, configDir string, readOnly bool) (*Session, error) {
	me, err := LoadIdentity(configDir)
	if err != nil {
		return nil, err
	}
	_, statErr := os.Stat(path)
	key, err := LoadSigningKey(configDir, me)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(path, store.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, DamagedWithBackup(path, err)
	}
	s := &Session{store: st, path: st.Path(), readOnly: st.ReadOnly(), me: me, key: key, configDir: configDir}
	if st.ReadOnly() {
		return s, nil
	}
	if err := s.seed(); err != nil {
		st.Close()
		return nil, fmt.Errorf("seed workspace %s: %w", path, err)
	}
	if err := st.PutReviewer(me); err != nil {
		st.Close()
		return nil, err
	}
	s.reclassified = s.reclassify()
	if statErr == nil {
		s.dailyBackup(time.Now()) // best effort: see dailyBackup
	}
	return s, nil
}

// ReadOnly reports whether the workspace is open for reading only.
func (s *Session) ReadOnly() bool { return s.readOnly }

// Path is the workspace file.
func (s *Session) Path() string { return s.path }

// Me is the local reviewer: the id the reviews are kept under and the name
// the colleagues see.
func (s *Session) Me() data.Reviewer {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.me
}

// PublicKey is the key the colleagues check my review files with.
func (s *Session) PublicKey() ed25519.PublicKey { return s.key.Public().(ed25519.PublicKey) }

func (s *Session) seed() error {
	has, err := s.store.HasReports()
	if err != nil || has {
		return err
	}
	r, err := parse.Parse(seeds.Taiyuan2021, parse.Options{ID: seeds.Taiyuan2021ID})
	if err != nil {
		return err
	}
	if err := s.store.AddReport(r); err != nil && !errors.Is(err, data.ErrReportExists) && !errors.Is(err, data.ErrSameReport) {
		return err
	}
	return nil
}

// Close closes the workspace; it waits for the methods using it to end.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.store.Close()
}

// SetName changes the local reviewer's display name, in the identity file
// and in the workspace.
// It holds the lock for writing throughout, so an export running on
// another goroutine sees the old name or the new one, never a mix.
func (s *Session) SetName(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	me := s.me
	me.Name = name
	if err := SaveIdentity(s.configDir, me); err != nil {
		return err
	}
	err := s.store.PutReviewer(me)
	// a read-only workspace learns the name when it is next opened to write
	if err != nil && !errors.Is(err, data.ErrReadOnly) {
		return err
	}
	s.me.Name = data.CleanName(name)
	return nil
}

// DefaultReport returns the report to show first: the seed if present, else
// the first by id.
func (s *Session) DefaultReport() (*data.Report, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.defaultReport()
}

func (s *Session) defaultReport() (*data.Report, error) {
	reports, err := s.store.Reports()
	if err != nil {
		return nil, err
	}
	if len(reports) == 0 {
		return nil, fmt.Errorf("the workspace holds no report")
	}
	id := reports[0].ID
	for _, r := range reports {
		if r.ID == seeds.Taiyuan2021ID {
			id = r.ID
		}
	}
	return s.store.Report(id)
}

// RolledBack reports whether the workspace was opened from the older of
// its two header pages, the newer one being damaged: the last change made
// before may be lost (see NewestBackup).
func (s *Session) RolledBack() bool { return s.store.RolledBack() }
