package data

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
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

// keyFile holds the local reviewer's Ed25519 private key (its seed, in
// base64), readable by the user only.
const keyFile = "identity.key"

// LoadIdentity returns the local reviewer kept in dir, creating one on first
// use: a new key pair (see LoadSigningKey) and an id derived from its public
// key. A new identity has an empty name.
func LoadIdentity(dir string) (Reviewer, error) {
	path := filepath.Join(dir, identityFile)
	raw, err := os.ReadFile(path)
	if err == nil {
		var r Reviewer
		if err := json.Unmarshal(raw, &r); err != nil || r.ID == "" {
			return Reviewer{}, fmt.Errorf("read identity %s: the file is damaged; delete it to start as a new reviewer", path)
		}
		r.Name = CleanName(r.Name) // written by hand, or by the first version
		return r, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return Reviewer{}, fmt.Errorf("read identity %s: %w", path, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Reviewer{}, fmt.Errorf("create identity: %w", err)
	}
	key, err := newSigningKey(dir)
	if err != nil {
		return Reviewer{}, err
	}
	r := Reviewer{ID: ReviewerIDForKey(key.Public().(ed25519.PublicKey))}
	return r, SaveIdentity(dir, r)
}

// LoadSigningKey returns the local reviewer's private key, kept in dir
// beside the identity. An identity of the first version (a random "r-" id,
// no key) gets a key now and keeps its id, so none of its reviews change
// hands; colleagues pin that key on the first signed file they merge. An
// id derived from a key ("k-") needs that very key: without it the id
// cannot sign, and the error says how to start again.
func LoadSigningKey(dir string, me Reviewer) (ed25519.PrivateKey, error) {
	path := filepath.Join(dir, keyFile)
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) && !IsKeyID(me.ID) {
		return newSigningKey(dir)
	}
	if err != nil {
		return nil, fmt.Errorf("read identity key %s: %w (without it you cannot sign review files; move identity.json away to start as a new reviewer)", path, err)
	}
	seed, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("read identity key %s: the file is damaged", path)
	}
	key := ed25519.NewKeyFromSeed(seed)
	if IsKeyID(me.ID) && ReviewerIDForKey(key.Public().(ed25519.PublicKey)) != me.ID {
		return nil, fmt.Errorf("read identity key %s: it is not the key of reviewer %s", path, me.ID)
	}
	return key, nil
}

func newSigningKey(dir string) (ed25519.PrivateKey, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("create identity key: %w", err)
	}
	text := base64.StdEncoding.EncodeToString(key.Seed()) + "\n"
	if err := WriteFileAtomicMode(filepath.Join(dir, keyFile), []byte(text), 0o600); err != nil {
		return nil, fmt.Errorf("create identity key: %w", err)
	}
	return key, nil
}

// ReviewerIDForKey derives a reviewer id from a public key: "k-" and 24
// base32 characters of its SHA-256 (120 bits), so an id cannot be claimed
// without the key.
func ReviewerIDForKey(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return "k-" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:15]))
}

// IsKeyID reports whether id is derived from a key (see ReviewerIDForKey),
// rather than a random id of the first version.
func IsKeyID(id string) bool { return strings.HasPrefix(id, "k-") }

// SaveIdentity writes the local reviewer, replacing the file atomically.
func SaveIdentity(dir string, r Reviewer) error {
	r.Name = CleanName(r.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save identity: %w", err)
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomicMode(filepath.Join(dir, identityFile), raw, 0o600)
}

// NewReviewerID returns a random reviewer id, as the first version made.
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
		return fmt.Errorf("write %s: %w in %s: %w", path, ErrCannotCreateFile, dir, err)
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
