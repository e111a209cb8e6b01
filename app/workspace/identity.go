package workspace

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"pledgereview/data"
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
func LoadIdentity(dir string) (data.Reviewer, error) {
	path := filepath.Join(dir, identityFile)
	raw, err := os.ReadFile(path)
	if err == nil {
		var r data.Reviewer
		if err := json.Unmarshal(raw, &r); err != nil || r.ID == "" {
			return data.Reviewer{}, fmt.Errorf("read identity %s: the file is damaged; delete it to start as a new reviewer", path)
		}
		r.Name = data.CleanName(r.Name) // written by hand, or by the first version
		return r, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return data.Reviewer{}, fmt.Errorf("read identity %s: %w", path, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return data.Reviewer{}, fmt.Errorf("create identity: %w", err)
	}
	key, err := newSigningKey(dir)
	if err != nil {
		return data.Reviewer{}, err
	}
	r := data.Reviewer{ID: data.ReviewerIDForKey(key.Public().(ed25519.PublicKey))}
	return r, SaveIdentity(dir, r)
}

// LoadSigningKey returns the local reviewer's private key, kept in dir
// beside the identity. An identity of the first version (a random "r-" id,
// no key) gets a key now and keeps its id, so none of its reviews change
// hands; colleagues pin that key on the first signed file they merge. An
// id derived from a key ("k-") needs that very key: without it the id
// cannot sign, and the error says how to start again.
func LoadSigningKey(dir string, me data.Reviewer) (ed25519.PrivateKey, error) {
	path := filepath.Join(dir, keyFile)
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) && !data.IsKeyID(me.ID) {
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
	if data.IsKeyID(me.ID) && data.ReviewerIDForKey(key.Public().(ed25519.PublicKey)) != me.ID {
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
	if err := writeFileAtomic(filepath.Join(dir, keyFile), []byte(text), 0o600); err != nil {
		return nil, fmt.Errorf("create identity key: %w", err)
	}
	return key, nil
}

// SaveIdentity writes the local reviewer, replacing the file atomically.
func SaveIdentity(dir string, r data.Reviewer) error {
	r.Name = data.CleanName(r.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save identity: %w", err)
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, identityFile), raw, 0o600)
}
