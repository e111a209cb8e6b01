package data

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// identityFile is kept in the user's configuration folder, never in a
// workspace, so that a copied workspace does not clone its reviewer.
const identityFile = "identity.json"

// LoadIdentity returns the local reviewer kept in dir, creating one with a
// new random id on first use. A new identity has an empty name.
func LoadIdentity(dir string) (Reviewer, error) {
	path := filepath.Join(dir, identityFile)
	raw, err := os.ReadFile(path)
	if err == nil {
		var r Reviewer
		if err := json.Unmarshal(raw, &r); err != nil || r.ID == "" {
			return Reviewer{}, fmt.Errorf("read identity %s: the file is damaged; delete it to start as a new reviewer", path)
		}
		return r, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return Reviewer{}, fmt.Errorf("read identity %s: %w", path, err)
	}
	r := Reviewer{ID: NewReviewerID()}
	return r, SaveIdentity(dir, r)
}

// SaveIdentity writes the local reviewer, replacing the file atomically.
func SaveIdentity(dir string, r Reviewer) error {
	r.Name = strings.TrimSpace(r.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save identity: %w", err)
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomicMode(filepath.Join(dir, identityFile), raw, 0o600)
}

// NewReviewerID returns a random reviewer id.
func NewReviewerID() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return "r-" + hex.EncodeToString(b)
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so a failed write never replaces a good file. The
// file is readable by others (0644), as exported files are meant to travel.
func WriteFileAtomic(path string, data []byte) error {
	return WriteFileAtomicMode(path, data, 0o644)
}

// WriteFileAtomicMode is WriteFileAtomic with the file's permissions.
func WriteFileAtomicMode(path string, data []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("write %s: cannot create a file in %s: %w", path, dir, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := replaceFile(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
