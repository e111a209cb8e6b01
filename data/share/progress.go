package share

import (
	"fmt"

	"pledgereview/data"
)

// Progress updates travel in a review file in each reviewer's signed
// group, beside their reviews ("progress", left out when empty, so files
// without progress are byte for byte what they were); a file of the first
// format may carry them in a top-level list under its checksum. They merge as a set: an update is added
// when the workspace does not hold one with the same pledge, reviewer,
// target, date and clock (data.ProgressKey), so merging a file twice
// changes nothing and no update ever replaces another.

// validateProgress checks the file's updates: valid on their own and by
// one of the file's reviewers.
func validateProgress(f File, carried map[string]bool) error {
	for i := range f.Progress {
		u := &f.Progress[i]
		if err := u.Validate(); err != nil {
			return fmt.Errorf("%w: progress update %d (%s): %v", ErrInvalid, i+1, u.PledgeID, err)
		}
		if !carried[u.ReviewerID] {
			return fmt.Errorf("%w: progress update %d (%s): reviewer %q is not among the file's reviewers", ErrInvalid, i+1, u.PledgeID, u.ReviewerID)
		}
	}
	return nil
}

// planProgress adds to p the file's updates the workspace does not hold,
// and rejects those for pledges it does not have, with a clock that is not
// their reviewer's, or, from an unsigned file, of a reviewer who signs
// (signs): like reviews, those are taken only under their author's
// signature.
func planProgress(ws Workspace, f File, carried map[string]bool, signs func(string) bool, p *MergePlan) {
	seen := map[string]bool{}
	for _, u := range f.Progress {
		k := Key{u.PledgeID, u.ReviewerID}
		var why Reason
		var detail string
		switch {
		case !carried[u.ReviewerID]:
			why = NotCarried
		case p.Unsigned && signs(u.ReviewerID):
			why, detail = Unsigned, "progress update"
		case !ws.Pledges[u.PledgeID]:
			why = UnknownPledge
		case u.Recorded.Node != "" && u.Recorded.Node != u.ReviewerID:
			why, detail = BadRecord, "progress update: its clock belongs to another reviewer"
		case !ws.Now.IsZero() && u.Recorded.Time().After(ws.Now.Add(ClockSkew)):
			why, detail = BadRecord, "progress update: its clock is in the future"
		case u.Recorded.Logical > data.MaxLogical:
			why, detail = BadRecord, "progress update: its clock counter is out of range"
		}
		if why != "" {
			p.Rejected = append(p.Rejected, Rejection{Key: k, Reason: why, Detail: detail})
			continue
		}
		key := data.ProgressKey(u)
		if ws.Progress[key] || seen[key] {
			continue
		}
		seen[key] = true
		if u.HasUnsafeText() {
			u.CleanProgressText()
		}
		p.Progress = append(p.Progress, u)
	}
}
