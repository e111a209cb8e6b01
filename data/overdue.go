package data

import "time"

// Overdue is the one definition of an overdue pledge, on the day asOf:
// not done, by the reviewers' status (status, their consensus) or by its
// progress (sug, the schedule test on asOf), and past its due date, by the
// schedule test or by the deadline read from its text.
func Overdue(p Pledge, status Status, sug Suggestion, asOf time.Time) bool {
	switch {
	case status == Done || status == DoneLate || sug.Verdict == VerdictDone:
		return false
	case sug.Verdict == VerdictOverdue:
		return true
	}
	return p.Deadline != nil && p.Deadline.Due != "" && p.Deadline.Due < asOf.Format(DateLayout)
}
