package data

// UnplacedRecord is a review kept apart: a record of a colleague's file
// that found no pledge in the report (its text differs from the author's),
// as the author wrote it (its pledge id is the author's), with what the
// author's file said of the pledge and the report form it was written on,
// until a later import or correction lets it be placed.
type UnplacedRecord struct {
	ReportID    string `json:"report"`
	Fingerprint string `json:"fingerprint"` // of the author's form of the report
	Review      Review `json:"review"`
	PledgeText  string `json:"pledge_text"`
	TextHash    string `json:"text_hash"`
	Source      string `json:"source,omitempty"` // the file it came in
}

// Key is where the record is kept: one per report, form, pledge and reviewer.
func (u UnplacedRecord) Key() []byte {
	return []byte(u.ReportID + "\x00" + u.Fingerprint + "\x00" + u.Review.PledgeID + "\x00" + u.Review.ReviewerID)
}
