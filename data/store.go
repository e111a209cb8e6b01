package data

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	allBuckets      = [][]byte{bucketMeta, bucketReports, bucketReviewers, bucketReviews, bucketProgress}

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
}

// Store is an open workspace file.
type Store struct {
	db   *bolt.DB
	path string
	now  func() time.Time

	mu      sync.Mutex
	reports map[string]*Report         // parsed reports, loaded once
	pledges map[string]map[string]bool // report id -> its pledge ids
	rubric  Rubric
	clock   HLC // the newest clock made or merged, see tick
	// saved holds reviews as this store last wrote them, so a save need not
	// decode the record it replaces. Only this process writes the file
	// (the lock), and a merge clears it.
	saved map[string]Review
}

// Open opens or creates the workspace at path, creating its buckets, the
// default rubric and the schema version in one transaction.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout == 0 {
		opts.Timeout = time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open workspace %s: %w", path, err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.Timeout, NoSync: opts.NoSync})
	if err != nil {
		return nil, fmt.Errorf("open workspace %s: %w", path, classifyOpenError(err))
	}
	s := &Store{db: db, path: path, now: opts.Now, reports: map[string]*Report{}, pledges: map[string]map[string]bool{}, saved: map[string]Review{}}
	if err := s.initialize(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open workspace %s: %w", path, err)
	}
	return s, nil
}

func classifyOpenError(err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return ErrLocked
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrChecksum),
		errors.Is(err, bolterrors.ErrVersionMismatch), strings.Contains(err.Error(), "invalid"),
		strings.Contains(err.Error(), "file size too small"):
		return fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	return err
}

func (s *Store) initialize() error {
	var version int
	ready := true // every bucket, the rubric and the current schema are there
	err := s.db.View(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			ready = ready && tx.Bucket(name) != nil
		}
		if b := tx.Bucket(bucketMeta); b != nil {
			if v := b.Get(keySchema); len(v) == 8 {
				version = int(binary.BigEndian.Uint64(v))
			} else if v != nil {
				return ErrDamaged
			}
			ready = ready && b.Get(keyRubric) != nil
		}
		return nil
	})
	if err != nil {
		return err
	}
	if version > SchemaVersion {
		return fmt.Errorf("%w (file schema %d, this program %d)", ErrNewerSchema, version, SchemaVersion)
	}
	if version != 0 && version < SchemaVersion {
		if err := s.backupBeforeMigration(version); err != nil {
			return err
		}
	}
	if !ready || version != SchemaVersion {
		if err := s.create(version); err != nil {
			return err
		}
	}
	return s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := getJSON(meta, keyRubric, &s.rubric); err != nil {
			return fmt.Errorf("read rubric: %w", err)
		}
		if err := getJSON(meta, keyClock, &s.clock); err != nil && err != ErrNotFound {
			return fmt.Errorf("read clock: %w", err)
		}
		return nil
	})
}

// create makes the buckets, the default rubric and the schema version in one
// transaction, migrating a file of an older schema first. A workspace that
// has them all is opened without a write.
func (s *Store) create(version int) error {
	return s.db.Update(func(tx *bolt.Tx) error {
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
			if err := putJSON(meta, keyRubric, DefaultRubric()); err != nil {
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
func (s *Store) Close() error { return s.db.Close() }

// Path is the workspace file.
func (s *Store) Path() string { return s.path }

// Backup writes a consistent copy of the workspace to dst.
func (s *Store) Backup(dst string) error {
	return s.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(dst, 0o600) })
}

// Rubric returns the workspace's rubric.
func (s *Store) Rubric() Rubric {
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
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// getJSON decodes the value at key; json.Unmarshal copies out of the
// transaction's memory, so nothing outlives it.
func getJSON(b *bolt.Bucket, key []byte, v any) error {
	data := b.Get(key)
	if data == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDamaged, key, err)
	}
	return nil
}
