package share

import (
	"fmt"

	"pledgereview/data"
)

// Validate checks a review file's content: report id and fingerprint set, a
// valid rubric, reviewers with distinct non-empty ids, an exporter, an export
// time, every review valid against the rubric (scores 0..4, known status),
// at most one review per (pledge, reviewer), and every review and history
// entry by one of the file's reviewers. Errors wrap ErrInvalid.
func Validate(f File) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
	}
	if f.ReportID == "" || f.Fingerprint == "" {
		return bad("no report id or fingerprint")
	}
	if err := f.Rubric.Validate(); err != nil {
		return bad("%v", err)
	}
	if f.Exporter.ID == "" {
		return bad("no exporter")
	}
	if y := f.Exported.UTC().Year(); f.Exported.IsZero() || y < 1 || y > 9999 {
		return bad("no valid export time")
	}
	carried := make(map[string]bool, len(f.Reviewers))
	for _, rv := range f.Reviewers {
		if rv.ID == "" || carried[rv.ID] {
			return bad("reviewer id %q is empty or repeated", rv.ID)
		}
		carried[rv.ID] = true
	}
	seen := make(map[Key]bool, len(f.Reviews))
	for i := range f.Reviews {
		r := &f.Reviews[i]
		if err := r.Validate(f.Rubric); err != nil {
			return bad("review %d (%s): %v", i+1, r.PledgeID, err)
		}
		if !carried[r.ReviewerID] {
			return bad("review %d (%s): reviewer %q is not among the file's reviewers", i+1, r.PledgeID, r.ReviewerID)
		}
		k := KeyOf(*r)
		if seen[k] {
			return bad("review %d: a second review of %s by %s", i+1, r.PledgeID, r.ReviewerID)
		}
		seen[k] = true
	}
	for i, h := range f.History {
		if h.PledgeID == "" || !carried[h.ReviewerID] {
			return bad("history entry %d: no pledge, or reviewer %q not among the file's reviewers", i+1, h.ReviewerID)
		}
	}
	return validateProgress(f, carried)
}

// Key identifies a review record: one per (pledge, reviewer).
type Key struct {
	Pledge   string
	Reviewer string
}

// KeyOf returns the key of a review.
func KeyOf(r data.Review) Key { return Key{r.PledgeID, r.ReviewerID} }
