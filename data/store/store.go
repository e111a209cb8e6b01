package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"pledgereview/data"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout of the workspace file this build writes.
const SchemaVersion = 1

// Bucket names; all are created in one transaction at open.
var (
	bucketMeta      = []byte("meta")
	bucketReports   = []byte("reports")
	bucketReviewers = []byte("reviewers")
	bucketReviews   = []byte("reviews")
	bucketKeys      = []byte("keys")  // reviewer id -> pinned public key
	bucketSeals     = []byte("seals") // report, reviewer -> StoredSeal
	allBuckets      = [][]byte{bucketMeta, bucketReports, bucketReviewers, bucketReviews, bucketKeys, bucketSeals, bucketProgress, bucketUnplaced, bucketLook, bucketRelay}

	keySchema = []byte("schema")
	keyRubric = []byte("rubric")
	keyClock  = []byte("clock")
)

// Options tune how a workspace is opened.
type Options struct {
	// Timeout is how long to wait for another process's lock; 0 means 1 s.
	Timeout time.Duration
	// Now is the clock used for reviews; nil means time.Now.
	Now func() time.Time
	// NoSync skips fsync; only for tests and benchmarks of pure overhead.
	NoSync bool
	// ReadOnly opens the workspace for reading only. A file the user may
	// not write is opened so anyway (see Open).
	ReadOnly bool
}

// Store is an open workspace file.
type Store struct {
	db       *bolt.DB
	file     *os.File // the file bbolt opened, see writeBehind
	path     string
	now      func() time.Time
	readOnly bool // changes return ErrReadOnly

	mu      sync.Mutex
	reports map[string]*data.Report    // parsed reports, loaded once
	pledges map[string]map[string]bool // report id -> its pledge ids
	rubric  data.Rubric
	clock   data.HLC // the newest clock made or merged, see tick
	// saved holds reviews as this store last wrote them, so a save need not
	// decode the record it replaces. Only this process writes the file
	// (the lock), and a merge clears it.
	saved map[string]data.Review

	rolledBack bool        // see RolledBack
	wrecked    atomic.Bool // a transaction panicked: see guarded
}

// Open opens or creates the workspace at path, creating its buckets, the
// default rubric and the schema version in one transaction.
//
// An existing file is checked before bbolt maps it (checkFile): a damaged
// file is ErrDamaged and an empty one ErrEmptyFile, never a crash and never
// made anew. A file the user may not write (no write permission, a
// read-only disk, or no write bit at all, which holds for root too) is
// opened read-only, as when opts.ReadOnly is set: reading works, and every
// change returns ErrReadOnly.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout == 0 {
		opts.Timeout = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	fi, err := statFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && !opts.ReadOnly:
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("open workspace %s: %w", path, err)
			}
		}
	case err != nil:
		return nil, fmt.Errorf("open workspace %s: %w", path, err)
	default:
		opts.ReadOnly = opts.ReadOnly || !writable(path, fi)
		if err := checkPath(path, fi.Size()); err != nil {
			return nil, fmt.Errorf("open workspace %s: %w", path, err)
		}
	}
	s := &Store{path: path, now: opts.Now, readOnly: opts.ReadOnly, reports: map[string]*data.Report{},
		pledges: map[string]map[string]bool{}, saved: map[string]data.Review{}}
	if fi != nil {
		s.rolledBack = headerRolledBack(path, fi.Size())
	}
	if err := s.open(opts); err != nil {
		return nil, fmt.Errorf("open workspace %s: %w", path, err)
	}
	return s, nil
}

// open opens the file in bbolt and reads (or creates) what every workspace
// holds, guarded as every transaction is. Should bbolt panic inside Open,
// the file it opened is closed, so its lock does not outlive the failure.
func (s *Store) open(opts Options) error {
	var file *os.File
	bopts := &bolt.Options{Timeout: opts.Timeout, NoSync: opts.NoSync, ReadOnly: opts.ReadOnly, InitialMmapSize: mmapSize(), PageSize: newPageSize,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		}}
	err := guard(func() error {
		db, err := bolt.Open(s.path, 0o600, bopts)
		if err != nil {
			return classifyOpenError(err)
		}
		if mmapSize() > 0 {
			db.AllocSize = growStep
		}
		s.db, s.file = db, file
		return nil
	})
	if err != nil {
		if s.db == nil && file != nil {
			file.Close()
		}
		return err
	}
	if err := s.initialize(); err != nil {
		s.db.Close()
		return err
	}
	return nil
}

// newPageSize is the page of a workspace bbolt creates; one it opens keeps
// its own. A commit writes each dirty page apart and a merge splits nodes
// by the page: 16 KB writes a 20-file merge's 75 MB in a quarter of the
// writes of the system's 4 KB, and a plan reads its records across fewer
// pages (BenchmarkMergeFiles20x5000: 1.48 → 1.30 s at one host speed).
const newPageSize = 16 << 10

// checkPath runs checkFile on the file at path.
func checkPath(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, unmap := mapFile(f, size)
	defer unmap()
	return guard(func() error { return checkFile(r, size) })
}

// writable tells whether the workspace file may be written: it has a write
// bit (a file marked read-only stays so, even for root) and opens for
// writing (permissions, a read-only disk).
func writable(path string, fi os.FileInfo) bool {
	if fi.Mode().Perm()&0o222 == 0 {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// ReadOnly reports whether the workspace was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// classifyOpenError turns bbolt's open errors into ours. bbolt has no
// sentinel for a file too small to map or a page it finds invalid, so
// those two are known by their text.
func classifyOpenError(err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return data.ErrLocked
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch), strings.Contains(err.Error(), "invalid"),
		strings.Contains(err.Error(), "file size too small"):
		return fmt.Errorf("%w (%v)", data.ErrDamaged, err)
	}
	return err
}

func (s *Store) initialize() error {
	version, ready, err := s.schema()
	if err != nil {
		return err
	}
	if err := s.upgrade(version, ready); err != nil {
		return err
	}
	return s.loadMeta()
}

// schema reads the file's schema version (0 when it has none) and whether
// every bucket, the rubric and the current schema are there.
func (s *Store) schema() (version int, ready bool, err error) {
	ready = true
	err = s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			ready = ready && tx.Bucket(name) != nil
		}
		b := tx.Bucket(bucketMeta)
		if b == nil {
			return nil
		}
		if v := b.Get(keySchema); len(v) == 8 {
			version = int(binary.BigEndian.Uint64(v))
		} else if v != nil {
			return data.ErrDamaged
		}
		ready = ready && b.Get(keyRubric) != nil
		return nil
	})
	return version, ready, err
}

// upgrade brings a file of an older schema, or one without what this
// version adds, up to date, after a backup of an older one; a file of a
// newer schema is refused, and so is an upgrade of a read-only file.
func (s *Store) upgrade(version int, ready bool) error {
	if version > SchemaVersion {
		return fmt.Errorf("%w (file schema %d, this program %d)", data.ErrNewerSchema, version, SchemaVersion)
	}
	if ready && version == SchemaVersion {
		return nil
	}
	if version != 0 && version < SchemaVersion {
		if err := s.backupBeforeMigration(version); err != nil {
			return err
		}
	}
	if s.readOnly {
		if version == 0 {
			return damaged("it holds no workspace")
		}
		// an older file, or one without what this version adds: it must
		// be opened once with write permission to be upgraded
		return fmt.Errorf("%w: it was written by an older version and must be opened once with write permission to be upgraded", data.ErrReadOnly)
	}
	return s.create(version)
}

// loadMeta reads the rubric and the clock the store keeps in memory.
func (s *Store) loadMeta() error {
	return s.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := getJSON(meta, keyRubric, &s.rubric); err != nil {
			return fmt.Errorf("read rubric: %w", err)
		}
		if err := getJSON(meta, keyClock, &s.clock); err != nil && !errors.Is(err, data.ErrNotFound) {
			return fmt.Errorf("read clock: %w", err)
		}
		return nil
	})
}

// create makes the buckets, the default rubric and the schema version in one
// transaction, migrating a file of an older schema first. A workspace that
// has them all is opened without a write.
func (s *Store) create(version int) error {
	return s.update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := migrate(tx, version); err != nil {
			return err
		}
		if meta.Get(keyRubric) == nil {
			if err := putJSON(meta, keyRubric, data.DefaultRubric()); err != nil {
				return err
			}
		}
		return meta.Put(keySchema, u64(SchemaVersion))
	})
}

// migrations[v] upgrades a file of schema v to v+1 inside one transaction.
var migrations = map[int]func(tx *bolt.Tx) error{}

func migrate(tx *bolt.Tx, from int) error {
	if from == 0 {
		return nil
	}
	for v := from; v < SchemaVersion; v++ {
		m, ok := migrations[v]
		if !ok {
			return fmt.Errorf("no migration from schema %d", v)
		}
		if err := m(tx); err != nil {
			return fmt.Errorf("migrate schema %d: %w", v, err)
		}
	}
	return nil
}

func (s *Store) backupBeforeMigration(version int) error {
	dst := fmt.Sprintf("%s.schema%d.bak", s.path, version)
	if err := s.Backup(dst); err != nil {
		return fmt.Errorf("back up before migration: %w", err)
	}
	return nil
}

// Close releases the file and its lock.
func (s *Store) Close() error {
	if s.wrecked.Load() {
		// bbolt's Close would wait for the locks the panic left held:
		// closing its file releases the lock on the workspace, and the
		// mapping goes with the process
		if s.file != nil {
			return s.file.Close()
		}
		return nil
	}
	return s.db.Close()
}

// Path is the workspace file.
func (s *Store) Path() string { return s.path }

// Backup writes a consistent copy of the workspace to dst.
func (s *Store) Backup(dst string) error {
	return s.view(func(tx *bolt.Tx) error { return tx.CopyFile(dst, 0o600) })
}

// Rubric returns the workspace's rubric.
func (s *Store) Rubric() data.Rubric {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rubric
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}

// getJSON decodes the value at key; json.Unmarshal copies out of the
// transaction's memory, so nothing outlives it.
func getJSON(b *bolt.Bucket, key []byte, v any) error {
	raw := b.Get(key)
	if raw == nil {
		return data.ErrNotFound
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%w: %s: %v", data.ErrDamaged, key, err)
	}
	return nil
}
