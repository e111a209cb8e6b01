package data

import "fmt"

// Relay is what a workspace keeps so that "export everything" relays the
// colleagues' records it placed by text (their author wrote them on another
// form of the report) as their author signed them: the records, the
// author's seals and what the author's file said of its report's text.
type Relay struct {
	Records []RelayedRecord
	Seals   []RelayedSeal
	Forms   []RelayedForm
}

// IsEmpty reports whether r holds nothing to keep.
func (r Relay) IsEmpty() bool {
	return len(r.Records) == 0 && len(r.Seals) == 0 && len(r.Forms) == 0
}

// RelayedRecord is a colleague's review (or progress update) placed here
// by its text, as its author signed it: Signed is the review's JSON with the author's pledge
// id, Anchor where that pledge lies in the author's text. It is relayed
// while the review held here is this one (the same reviewer and clock).
type RelayedRecord struct {
	ReportID    string      `json:"report"`
	ReviewerID  string      `json:"reviewer"`
	Updated     HLC         `json:"updated"`
	PledgeID    string      `json:"pledge"`      // where it is placed here
	Fingerprint string      `json:"fingerprint"` // of the author's form of the report
	Signed      []byte      `json:"signed"`
	Anchor      RelayAnchor `json:"anchor"`
	// History holds the review's history entries as the author signed
	// them, with the author's pledge id.
	History [][]byte `json:"history,omitempty"`
	// Progress is set for a progress update: the update as its author
	// wrote it (Signed is then its JSON as signed).
	Progress *ProgressUpdate `json:"progress,omitempty"`
}

// RelayAnchor is where a pledge lies in the normalised text of a form of
// its report (see share.Anchor).
type RelayAnchor struct {
	Hash  string `json:"hash"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Key is where the record is kept: one per report, reviewer and clock.
func (r RelayedRecord) Key() []byte {
	if r.Progress != nil {
		return RelayedProgressKey(r.ReportID, *r.Progress)
	}
	return RelayedRecordKey(r.ReportID, r.ReviewerID, r.Updated)
}

// RelayedProgressKey is the key of the relayed record of a progress update
// of a report: its reviewer, clock, target and date, whatever its pledge.
func RelayedProgressKey(reportID string, u ProgressUpdate) []byte {
	return fmt.Appendf(nil, "p\x00%s\x00%016x.%08x\x00%04d\x00%s\x00%s", reportID, u.Recorded.Wall, u.Recorded.Logical, u.Target, u.AsOf, u.ReviewerID)
}

// RelayedRecordKey is the key of the relayed record of a reviewer's review
// of a report with clock c.
func RelayedRecordKey(reportID, reviewerID string, c HLC) []byte {
	return fmt.Appendf(nil, "r\x00%s\x00%016x.%08x\x00%s", reportID, c.Wall, c.Logical, reviewerID)
}

// RelayedSeal is a colleague's seal over their records of another form of
// a report (Fingerprint), the newest kept per form and reviewer.
type RelayedSeal struct {
	Fingerprint string     `json:"fingerprint"`
	Seal        StoredSeal `json:"seal"`
}

// Key is where the seal is kept.
func (s RelayedSeal) Key() []byte {
	return []byte("s\x00" + s.Seal.ReportID + "\x00" + s.Fingerprint + "\x00" + s.Seal.ReviewerID)
}

// RelayedForm is what a colleague's file said of the text of its form of a
// report: the hash of its normalised text and its sentences, encoded (see
// share.Content), so that a receiver can place the relayed records.
type RelayedForm struct {
	ReportID    string `json:"report"`
	Fingerprint string `json:"fingerprint"`
	TextHash    string `json:"text_hash"`
	Sentences   []byte `json:"sentences"`
}

// Key is where the form is kept.
func (f RelayedForm) Key() []byte {
	return []byte("f\x00" + f.ReportID + "\x00" + f.Fingerprint)
}
