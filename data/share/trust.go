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
			p.Keys = append(p.Keys, data.ReviewerKey{ReviewerID: rv.ID, PublicKey: s.PublicKey})
		case !bytes.Equal(pinned, s.PublicKey):
			return &KeyChangedError{Reviewer: rv, Pinned: pinned, Offered: s.PublicKey}
		}
		if rv.ID != ws.Me {
			p.Seals = append(p.Seals, s.Stored(f.ReportID))
		}
	}
	return nil
}
