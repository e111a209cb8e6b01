package store

import (
	"errors"
	"path/filepath"
	"pledgereview/data"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// A workspace without a bucket this version adds (written by an older
// version) cannot be upgraded read-only: it says so, and is not called
// damaged.
func TestReadOnlyOlderWorkspaceAsksForAnUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.pledgereview")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(bucketReviewers) }); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(path, Options{ReadOnly: true})
	if !errors.Is(err, data.ErrReadOnly) || errors.Is(err, data.ErrDamaged) {
		t.Fatalf("read-only open of an older workspace: %v, want ErrReadOnly", err)
	}
	s, err = Open(path, Options{}) // opened to write, it is upgraded
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path, Options{ReadOnly: true}); err != nil {
		t.Fatalf("read-only open after the upgrade: %v", err)
	}
	s.Close()
}
