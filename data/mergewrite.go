package data

// MergeWrite is what a planned merge of a review file writes.
type MergeWrite struct {
	Reviewers []Reviewer
	Reviews   []Review
	History   []HistoryEntry
	Progress  []ProgressUpdate // added as a set: see merger.progress
	Source    string           // the file merged, recorded in the history
	// Keys are pinned where no key is pinned yet; a reviewer pinned with
	// another key refuses the merge (ErrKeyChanged). Seals replace older ones.
	Keys  []ReviewerKey
	Seals []StoredSeal
	// ReviewsJSON and HistoryJSON, when set, hold Reviews and History by
	// index as compact JSON (a history entry without its source), as the
	// review file carried them; a nil entry is encoded here.
	ReviewsJSON, HistoryJSON [][]byte
	// Unplaced are records kept apart (see UnplacedRecord); Placed are
	// kept records this merge places, to drop from the kept ones.
	Unplaced, Placed []UnplacedRecord
	// Relay keeps colleagues' records placed by text as their authors
	// signed them, to relay them later.
	Relay Relay
}

// MergeResult counts what ApplyMerge changed.
type MergeResult struct {
	Reviewers int
	Written   int
	Skipped   int // not newer than the stored record when the transaction ran
	Unknown   int // for a pledge the workspace does not have
	History   int
	Progress  int // progress updates added
	Unplaced  int // records kept unplaced
	Placed    int // records kept unplaced before that now found their pledge
}
