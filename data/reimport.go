package data

// Reimport is a report imported again (a typo fixed, a paragraph
// inserted, the structure corrected otherwise) and where its records go.
type Reimport struct {
	Report *Report
	// Moves maps every pledge id of the old report that has records to
	// the pledge of the new one they go to; a pledge not in Moves keeps
	// them where it is when the new report has it, else they are kept
	// unplaced.
	Moves map[string]string
	// Look holds the new pledges whose text differs from the one their
	// records were written on, with that old text.
	Look map[string]string
}

// ReimportResult counts what Reimport did.
type ReimportResult struct {
	Moved, Kept, Unplaced int // reviews
	// Placed counts the records kept unplaced before that the new text
	// gave a pledge to.
	Placed int
}
