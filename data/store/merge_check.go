package store

import (
	"fmt"
	"pledgereview/data"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// CheckMergeWrite refuses, before anything is written, a merge that bbolt
// would refuse while writing it: a reviewer id, pledge id or history key
// longer than a key can be. A dry run and the real merge both plan with
// it, so a dry run fails where the merge would.
func CheckMergeWrite(w data.MergeWrite) error {
	tooLong := func(what, id string, n int) error {
		if len(id) > 40 {
			id = id[:40] + "…"
		}
		return fmt.Errorf("%s %q is %d bytes, more than the workspace can store (%d): %w", what, id, n, bolt.MaxKeySize, bolterrors.ErrKeyTooLarge)
	}
	for _, r := range w.Reviewers {
		if len(r.ID) > bolt.MaxKeySize {
			return tooLong("the reviewer id", r.ID, len(r.ID))
		}
	}
	for _, rv := range w.Reviews {
		if n := len(rv.PledgeID) + 1 + len(rv.ReviewerID); n > bolt.MaxKeySize {
			return tooLong("the review of", rv.PledgeID, n)
		}
	}
	for _, e := range w.History {
		if n := len(e.PledgeID) + 1 + len(e.ReviewerID) + 1 + 8; n > bolt.MaxKeySize {
			return tooLong("the history of", e.PledgeID, n)
		}
	}
	for _, u := range w.Progress {
		if n := len(updateKey(u)); n > bolt.MaxKeySize {
			return tooLong("the progress of", u.PledgeID, n)
		}
	}
	return nil
}
