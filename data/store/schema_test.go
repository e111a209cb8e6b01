package store_test

import (
	"encoding/binary"
	"errors"
	"pledgereview/data/store"
	"testing"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

func TestNewerSchemaIsRefusedAndLeftAlone(t *testing.T) {
	s, path := openTemp(t)
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	future := make([]byte, 8)
	binary.BigEndian.PutUint64(future, store.SchemaVersion+1)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("schema"), future) })
	db.Close()

	if _, err := store.Open(path, store.Options{}); !errors.Is(err, data.ErrNewerSchema) {
		t.Fatalf("open of a newer workspace: %v, want ErrNewerSchema", err)
	}
	db, _ = bolt.Open(path, 0o600, nil)
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket([]byte("meta")).Get([]byte("schema")); binary.BigEndian.Uint64(v) != store.SchemaVersion+1 {
			t.Fatal("refusing a newer workspace rewrote its schema version")
		}
		return nil
	})
}
