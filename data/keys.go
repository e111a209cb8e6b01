package data

import "errors"

// ErrKeyChanged refuses a merge that would give a reviewer another key than
// the one pinned in the workspace.
var ErrKeyChanged = errors.New("another key is pinned for this reviewer")

// ReviewerKey is a reviewer's public key, pinned in the workspace by the
// first signed review file merged from them (trust on first use).
type ReviewerKey struct {
	ReviewerID string
	PublicKey  []byte
}

// StoredSeal is the newest signature a workspace holds over one reviewer's
// records of one report, kept so that "export everything" can relay those
// records with their author's signature. Seal is the signed JSON, as signed.
type StoredSeal struct {
	ReportID   string `json:"report"`
	ReviewerID string `json:"reviewer"`
	Newest     HLC    `json:"newest"`
	Seal       []byte `json:"seal"`
	Signature  []byte `json:"signature"`
}
