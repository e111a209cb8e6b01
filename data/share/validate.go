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
	if f.ReportID == "" || f.Fingerprint == "" {
		return invalid("no report id or fingerprint")
	}
	if err := f.Rubric.Validate(); err != nil {
		return invalid("%v", err)
	}
	if f.Exporter.ID == "" {
		return invalid("no exporter")
	}
	if y := f.Exported.UTC().Year(); f.Exported.IsZero() || y < 1 || y > 9999 {
		return invalid("no valid export time")
	}
	carried, err := carriedReviewers(f)
	if err != nil {
		return err
	}
	if err := validateReviews(f, carried); err != nil {
		return err
	}
	for i, h := range f.History {
		if h.PledgeID == "" || !carried[h.ReviewerID] {
			return invalid("history entry %d: no pledge, or reviewer %q not among the file's reviewers", i+1, h.ReviewerID)
		}
	}
	return validateProgress(f, carried)
}

func invalid(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
}

// carriedReviewers returns the file's reviewer ids, which must be distinct
// and not empty.
func carriedReviewers(f File) (map[string]bool, error) {
	carried := make(map[string]bool, len(f.Reviewers))
	for _, rv := range f.Reviewers {
		if rv.ID == "" || carried[rv.ID] {
			return nil, invalid("reviewer id %q is empty or repeated", rv.ID)
		}
		carried[rv.ID] = true
	}
	return carried, nil
}

// validateReviews checks every review against the rubric, its reviewer
// among those carried, and one review per pledge and reviewer.
func validateReviews(f File, carried map[string]bool) error {
	seen := make(map[Key]bool, len(f.Reviews))
	for i := range f.Reviews {
		r := &f.Reviews[i]
		if err := r.Validate(f.Rubric); err != nil {
			return invalid("review %d (%s): %v", i+1, r.PledgeID, err)
		}
		if !carried[r.ReviewerID] {
			return invalid("review %d (%s): reviewer %q is not among the file's reviewers", i+1, r.PledgeID, r.ReviewerID)
		}
		k := KeyOf(*r)
		if seen[k] {
			return invalid("review %d: a second review of %s by %s", i+1, r.PledgeID, r.ReviewerID)
		}
		seen[k] = true
	}
	return nil
}

// Key identifies a review record: one per (pledge, reviewer).
type Key struct {
	Pledge   string
	Reviewer string
}

// KeyOf returns the key of a review.
func KeyOf(r data.Review) Key { return Key{r.PledgeID, r.ReviewerID} }
