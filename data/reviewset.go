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
}
