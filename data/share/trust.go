package share

import (
	"bytes"
	"errors"
	"fmt"

	"pledgereview/data"
)

// ErrNotYours refuses a file carrying records under the local reviewer's
// id that the local key did not sign.
var ErrNotYours = errors.New("the file holds records in your name that you did not sign")

// KeyChangedError refuses a file signed, for a reviewer, with another key
// than the one the workspace pinned from their first signed file. It is
// data.ErrKeyChanged for errors.Is.
type KeyChangedError struct {
	Reviewer data.Reviewer
	Pinned   []byte
	Offered  []byte
}

func (e *KeyChangedError) Error() string {
	return fmt.Sprintf("%v: the records of %s are signed with key %q, but this workspace knows them by key %q; "+
		"compare the words with %s by phone before trusting this file",
		data.ErrKeyChanged, who(e.Reviewer), FingerprintWords(e.Offered), FingerprintWords(e.Pinned), data.CleanName(e.Reviewer.Name))
}

func (e *KeyChangedError) Unwrap() error { return data.ErrKeyChanged }

// checkSigners holds the signers of a signed file against the workspace:
// the local reviewer's records must be signed by the local key, a pinned
// reviewer's by the pinned key; a signer seen for the first time is pinned.
func checkSigners(ws Workspace, f File, p *MergePlan) error {
	if !f.Signed {
		return nil
	}
	for _, rv := range f.Reviewers {
		s := f.Seals[rv.ID]
		switch pinned := ws.Keys[rv.ID]; {
		case rv.ID == ws.Me:
			if !bytes.Equal(s.PublicKey, ws.MyKey) {
				return fmt.Errorf("%w (signed with key %q, yours is %q)", ErrNotYours, FingerprintWords(s.PublicKey), FingerprintWords(ws.MyKey))
			}
		case pinned == nil:
			k := data.ReviewerKey{ReviewerID: rv.ID, PublicKey: s.PublicKey}
			p.Keys = append(p.Keys, k)
			if !data.IsKeyID(rv.ID) && knownReviewer(ws, rv.ID) {
				p.Claims = append(p.Claims, k)
			}
		case !bytes.Equal(pinned, s.PublicKey):
			return &KeyChangedError{Reviewer: rv, Pinned: pinned, Offered: s.PublicKey}
		}
		if rv.ID != ws.Me {
			p.Seals = append(p.Seals, s.Stored(f.ReportID))
		}
	}
	return nil
}

// knownReviewer tells whether the workspace has seen the reviewer id.
func knownReviewer(ws Workspace, id string) bool {
	for _, rv := range ws.Reviewers {
		if rv.ID == id {
			return true
		}
	}
	return false
}

// ClaimError refuses a signed file that claims, with a key seen for the
// first time, a reviewer id of the first version that this workspace holds
// from unsigned files: anyone can sign as that id. Only the user, having
// compared the key's words with the colleague, may accept it.
type ClaimError struct {
	Reviewer data.Reviewer
	Key      []byte
}

func (e *ClaimError) Error() string {
	return fmt.Sprintf("the file signs the reviews of %s, an id of the first version this workspace already holds, with a key not pinned for it: %s; "+
		"call %s and compare the words before accepting this key as theirs (--accept-key)",
		who(e.Reviewer), FingerprintWordsBoth(e.Key), data.CleanName(e.Reviewer.Name))
}

// Unwrap makes a claim a key change for errors.Is: both need a person.
func (e *ClaimError) Unwrap() error { return data.ErrKeyChanged }
