package data

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"strings"
)

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

// NewReviewerID returns a random reviewer id, as the first version made.
func NewReviewerID() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return "r-" + hex.EncodeToString(b)
}
