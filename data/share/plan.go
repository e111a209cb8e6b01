package share

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"pledgereview/data"
)

// Workspace is what a merge plan needs to know of a workspace, copied out of
// the store.
type Workspace struct {
	ReportID    string
	Fingerprint string
	Pledges     map[string]bool // the report's pledge ids
	// Rubric, when it has criteria, rejects incoming scores of criteria it
	// does not know.
	Rubric    data.Rubric
	Reviewers []data.Reviewer // every reviewer seen, in the order seen
	Reviews   map[Key]data.Review
	// Progress holds the data.ProgressKey of every update the workspace has.
	Progress map[string]bool
	// Now, when set, rejects records whose clock is more than ClockSkew
	// ahead of it: a wrong clock on a colleague's laptop must not make
	// their records win over every later edit.
	Now time.Time
}

// ClockSkew is how far ahead of this machine a record's clock may be.
const ClockSkew = 24 * time.Hour

// Reason says why a record of a file was rejected.
type Reason string

// Reasons of a rejection.
const (
	NotCarried    Reason = "not_carried"    // its reviewer is not among the file's reviewers
	UnknownPledge Reason = "unknown_pledge" // the report has no such pledge
	BadRecord     Reason = "bad_record"     // it does not fit the workspace rubric, or repeats a record
)

// Rejection is a record of a file that the merge leaves out.
type Rejection struct {
	Key
	Reason Reason
	Detail string
}

// MergePlan is what merging one file would do. Key lists are sorted by
// pledge, then reviewer.
type MergePlan struct {
	ReportID string
	Exporter data.Reviewer
	Exported time.Time

	ReviewersAdded []data.Reviewer
	Added          []Key
	Updated        []Key
	Unchanged      []Key
	Older          []Key // the workspace holds a newer record: the file's is ignored
	Rejected       []Rejection

	// Writes are the records to put, the added and updated ones, in file
	// order. They share their maps and slices with the File planned: treat
	// both as read-only.
	Writes []data.Review
	// History is the file's history of the added, updated and older records,
	// in file order, so an older edit from another machine stays in the
	// history. It is not deduplicated: the store skips entries it holds
	// already (same pledge, reviewer and clock).
	History []data.HistoryEntry
	// Progress are the file's progress updates the workspace does not hold.
	Progress []data.ProgressUpdate

	names map[string]string // display names, for Summary
}

// Changes reports whether applying the plan would write anything.
func (p MergePlan) Changes() bool {
	return len(p.ReviewersAdded) > 0 || len(p.Writes) > 0 || len(p.History) > 0 || len(p.Progress) > 0
}

// Plan works out how f merges into ws without changing either. A file for
// another report id or fingerprint is refused with ErrWrongReport.
func Plan(ws Workspace, f File) (MergePlan, error) {
	if f.ReportID != ws.ReportID {
		return MergePlan{}, fmt.Errorf("%w: the file is for %q, this workspace for %q", ErrWrongReport, f.ReportID, ws.ReportID)
	}
	if f.Fingerprint != ws.Fingerprint {
		return MergePlan{}, fmt.Errorf("%w: the file is for another version of %q (its text differs)", ErrWrongReport, f.ReportID)
	}
	p := MergePlan{ReportID: f.ReportID, Exporter: f.Exporter, Exported: f.Exported}

	known := make(map[string]bool, len(ws.Reviewers))
	for _, rv := range ws.Reviewers {
		known[rv.ID] = true
	}
	carried := make(map[string]bool, len(f.Reviewers))
	for _, rv := range f.Reviewers {
		if rv.ID == "" || carried[rv.ID] {
			continue
		}
		carried[rv.ID] = true
		if !known[rv.ID] {
			p.ReviewersAdded = append(p.ReviewersAdded, rv)
		}
	}
	p.names = DisplayNames(append(slices.Clone(ws.Reviewers), p.ReviewersAdded...))

	checkRubric := len(ws.Rubric.Criteria) > 0
	// seen holds the keys met so far; true for those whose history is kept.
	seen := make(map[Key]bool, len(f.Reviews))
	for _, r := range f.Reviews {
		k := KeyOf(r)
		_, dup := seen[k]
		var why Reason
		var detail string
		switch {
		case !carried[r.ReviewerID]:
			why = NotCarried
		case dup:
			why, detail = BadRecord, "repeated in the file"
		case !ws.Pledges[r.PledgeID]:
			why = UnknownPledge
		case r.Updated.Node != "" && r.Updated.Node != r.ReviewerID:
			why, detail = BadRecord, "its clock belongs to another reviewer"
		case !ws.Now.IsZero() && r.Updated.Time().After(ws.Now.Add(ClockSkew)):
			why, detail = BadRecord, "its clock is in the future ("+r.Updated.Time().UTC().Format("2006-01-02")+")"
		case checkRubric:
			if err := r.Validate(ws.Rubric); err != nil {
				why, detail = BadRecord, err.Error()
			}
		}
		if !dup {
			seen[k] = false
		}
		if why != "" {
			p.Rejected = append(p.Rejected, Rejection{Key: k, Reason: why, Detail: detail})
			continue
		}
		old, ok := ws.Reviews[k]
		switch c := r.Updated.Compare(old.Updated); {
		case !ok:
			p.Added = append(p.Added, k)
		case c > 0:
			p.Updated = append(p.Updated, k)
		case c == 0:
			p.Unchanged = append(p.Unchanged, k)
			continue
		default:
			p.Older = append(p.Older, k)
			seen[k] = true
			continue
		}
		seen[k] = true
		p.Writes = append(p.Writes, r)
	}
	planProgress(ws, f, carried, &p)
	for _, u := range p.Progress {
		seen[Key{u.PledgeID, u.ReviewerID}] = true // keeps the history of its entry
	}
	for _, h := range f.History {
		if seen[Key{h.PledgeID, h.ReviewerID}] {
			p.History = append(p.History, h)
		}
	}
	for _, ks := range [][]Key{p.Added, p.Updated, p.Unchanged, p.Older} {
		slices.SortFunc(ks, compareKeys)
	}
	slices.SortFunc(p.Rejected, func(a, b Rejection) int { return compareKeys(a.Key, b.Key) })
	return p, nil
}

func compareKeys(a, b Key) int {
	return cmp.Or(cmp.Compare(a.Pledge, b.Pledge), cmp.Compare(a.Reviewer, b.Reviewer))
}

// Apply returns ws with the plan applied, leaving ws itself unchanged; see
// Merge. The result shares records with the plan.
func Apply(ws Workspace, p MergePlan) Workspace {
	out := ws
	out.Reviewers = slices.Clone(ws.Reviewers)
	out.Reviews = maps.Clone(ws.Reviews)
	out.Merge(p)
	return out
}

// Merge applies the plan to ws in place, exactly as the store does: the
// added reviewers are appended and each write is put where it is still newer
// than the record held. History is not part of a Workspace and is left to
// the store.
func (ws *Workspace) Merge(p MergePlan) {
	known := make(map[string]bool, len(ws.Reviewers))
	for _, rv := range ws.Reviewers {
		known[rv.ID] = true
	}
	for _, rv := range p.ReviewersAdded {
		if !known[rv.ID] {
			known[rv.ID] = true
			ws.Reviewers = append(ws.Reviewers, rv)
		}
	}
	if ws.Reviews == nil {
		ws.Reviews = make(map[Key]data.Review, len(p.Writes))
	}
	for _, r := range p.Writes {
		k := KeyOf(r)
		if old, ok := ws.Reviews[k]; !ok || r.Updated.Compare(old.Updated) > 0 {
			ws.Reviews[k] = r
		}
	}
}
