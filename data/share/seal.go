package share

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"pledgereview/data"
)

// Refusals of a signed file; test with errors.Is.
var (
	// ErrForged: a signature does not match what it signs, or records claim
	// a reviewer whose key did not sign them.
	ErrForged = errors.New("the review file was changed after it was signed, or is signed by someone else")
	// ErrUnsealed: Encode was given a colleague's record that no stored
	// signature of that colleague covers.
	ErrUnsealed = errors.New("a colleague's record is not covered by their signature")
)

// Seal is a reviewer's signature over their records in one review file: the
// signed JSON lists a SHA-256 digest of every record and history entry, so
// a file can relay a colleague's records under the colleague's own
// signature, and checking a file costs one signature and one hash a record.
type Seal struct {
	Reviewer  data.Reviewer
	PublicKey ed25519.PublicKey
	Newest    data.HLC // the newest clock among the reviews and progress updates sealed
	Raw       []byte   // the signed JSON, compact
	Signature []byte

	reportID, fingerprint string // the report signed for
	reviews, history      map[[sha256.Size]byte]bool
	progress              map[[sha256.Size]byte]bool
}

// sealBody is what a seal signs.
type sealBody struct {
	Format      string        `json:"format"`
	ReportID    string        `json:"report_id"`
	Fingerprint string        `json:"fingerprint"`
	Reviewer    data.Reviewer `json:"reviewer"`
	PublicKey   []byte        `json:"public_key"`
	Newest      data.HLC      `json:"newest"`
	Reviews     []byte        `json:"reviews"` // the records' digests, one after the other
	History     []byte        `json:"history"`
	// Progress is left out when the reviewer sends no progress updates, so
	// a seal without them is what it was before progress existed.
	Progress []byte `json:"progress,omitempty"`
}

// newSeal signs the digests of a reviewer's records with key.
func newSeal(reportID, fingerprint string, rv data.Reviewer, key ed25519.PrivateKey, newest data.HLC, reviews, history, progress [][]byte) (Seal, error) {
	body := sealBody{Format: FormatV2, ReportID: reportID, Fingerprint: fingerprint, Reviewer: rv,
		PublicKey: key.Public().(ed25519.PublicKey), Newest: newest,
		Reviews: digests(reviews), History: digests(history)}
	if len(progress) > 0 {
		body.Progress = digests(progress)
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return Seal{}, err
	}
	return Seal{Reviewer: rv, PublicKey: body.PublicKey, Newest: newest, Raw: raw, Signature: ed25519.Sign(key, raw)}, nil
}

func digests(items [][]byte) []byte {
	out := make([]byte, 0, len(items)*sha256.Size)
	for _, it := range items {
		sum := sha256.Sum256(it)
		out = append(out, sum[:]...)
	}
	return out
}

// parseSeal checks the signature of raw and reads what it signs. The
// signature covers the compact JSON Encode writes; a seal re-indented by
// hand is compacted first.
func parseSeal(raw, sig []byte) (Seal, error) {
	var body sealBody
	if err := decodeStrict(raw, &body); err != nil {
		return Seal{}, fmt.Errorf("%w: a seal: %v", ErrDamaged, err)
	}
	return sealOf(&body, raw, sig)
}

// sealOf checks the signature of raw, a seal, and reads what it signs
// from body, raw decoded.
func sealOf(body *sealBody, raw, sig []byte) (Seal, error) {
	if len(body.PublicKey) != ed25519.PublicKeySize || len(body.Reviews)%sha256.Size != 0 || len(body.History)%sha256.Size != 0 || len(body.Progress)%sha256.Size != 0 {
		return Seal{}, fmt.Errorf("%w: the seal of %s is malformed", ErrDamaged, body.Reviewer.ID)
	}
	pub := ed25519.PublicKey(body.PublicKey)
	if !ed25519.Verify(pub, raw, sig) {
		var compact bytes.Buffer
		if json.Compact(&compact, raw) != nil || compact.Len() == len(raw) || !ed25519.Verify(pub, compact.Bytes(), sig) {
			return Seal{}, fmt.Errorf("%w: the signature over the records of %s does not match", ErrForged, who(body.Reviewer))
		}
		raw = compact.Bytes()
	}
	if data.IsKeyID(body.Reviewer.ID) && data.ReviewerIDForKey(pub) != body.Reviewer.ID {
		return Seal{}, fmt.Errorf("%w: the records of %s are signed with a key that is not theirs", ErrForged, who(body.Reviewer))
	}
	if body.Format != FormatV2 {
		return Seal{}, fmt.Errorf("%w: a seal of format %q", ErrDamaged, body.Format)
	}
	s := Seal{Reviewer: body.Reviewer, PublicKey: pub, Newest: body.Newest, Raw: raw, Signature: sig,
		reportID: body.ReportID, fingerprint: body.Fingerprint,
		reviews: digestSet(body.Reviews), history: digestSet(body.History), progress: digestSet(body.Progress)}
	return s, nil
}

func digestSet(b []byte) map[[sha256.Size]byte]bool {
	out := make(map[[sha256.Size]byte]bool, len(b)/sha256.Size)
	for i := 0; i+sha256.Size <= len(b); i += sha256.Size {
		out[[sha256.Size]byte(b[i:i+sha256.Size])] = true
	}
	return out
}

// covers reports whether the seal lists raw, a record's JSON as written;
// a record re-indented by hand is compacted first.
func (s *Seal) covers(set map[[sha256.Size]byte]bool, raw []byte) bool {
	ok, _ := s.coversAs(set, raw)
	return ok
}

// coversAs is covers, and tells whether raw is listed as it is, not only
// once compacted.
func (s *Seal) coversAs(set map[[sha256.Size]byte]bool, raw []byte) (ok, asIs bool) {
	if set[sha256.Sum256(raw)] {
		return true, true
	}
	var compact bytes.Buffer
	if json.Compact(&compact, raw) != nil || compact.Len() == len(raw) {
		return false, false
	}
	return set[sha256.Sum256(compact.Bytes())], false
}

// Stored returns the seal as the workspace keeps it.
func (s Seal) Stored(reportID string) data.StoredSeal {
	return data.StoredSeal{ReportID: reportID, ReviewerID: s.Reviewer.ID, Newest: s.Newest, Seal: s.Raw, Signature: s.Signature}
}

// SealFromStore reads back a seal kept by the workspace, checking it again.
func SealFromStore(st data.StoredSeal) (Seal, error) {
	return parseSeal(st.Seal, st.Signature)
}

// who names a reviewer in an error: the name cleaned (it comes from a
// file), and the id.
func who(rv data.Reviewer) string {
	if name := data.CleanName(rv.Name); name != "" {
		return fmt.Sprintf("%s (%s)", name, data.CleanName(rv.ID))
	}
	return data.CleanName(rv.ID)
}
