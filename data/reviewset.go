package data

// ReviewSet is what a workspace holds on one report: the report, its
// rubric, every reviewer (names resolved for display) with their reviews
// and progress updates, and the schedule settings. A briefing pack and a
// spreadsheet are built from it.
type ReviewSet struct {
	Report    *Report
	Rubric    Rubric
	Reviewers []Reviewer
	Me        string // the local reviewer's id
	Reviews   []Review
	Progress  []ProgressUpdate
	Schedule  ScheduleSettings
	Workspace string // the workspace's display name
	// Outcomes says, pledge by pledge, what the next year's report of the
	// same government reports of it (nil: no such report in the
	// workspace); Later names that report.
	Outcomes []OutcomeRow
	Later    string
}

// OutcomeRow is one pledge linked to the next year's review (see
// data/outcome): its verdict, the arithmetic, the outcome sentence and
// where it stands, and the pledge of the next plan that repeats it.
type OutcomeRow struct {
	PledgeID    string
	Verdict     string // met, missed, unclear, reported_done, not_reported; rejected by the reviewer
	Arithmetic  string
	Outcome     string
	Source      string
	CarriedOver string
	// ArithmeticEn and SourceEn are Arithmetic and Source worded in
	// English, for a pack in English (the figures quoted as written).
	ArithmeticEn, SourceEn string
}
