package share

import (
	"cmp"
	"crypto/ed25519"
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
	// Reviews are the records held, by key. They point into what they were
	// read or planned from, which is never written again: a merge of 20
	// files of 5,000 records grows this map to 100,000 keys, and moving a
	// pointer as it grows costs far less than a whole record.
	Reviews map[Key]*data.Review
	// Me is the local reviewer's id and MyKey their public key: records
	// under Me are taken only from a file that MyKey signed.
	Me    string
	MyKey ed25519.PublicKey
	// Keys are the public keys pinned in the workspace, by reviewer id.
	Keys map[string][]byte
	// Progress holds the data.ProgressKey of every update the workspace has.
	Progress map[string]bool
	// Form is the report's text as placement reads it; nil refuses every
	// file of another form or version of the report.
	Form *Form
	// Unplaced holds the UnplacedKey of the records kept unplaced.
	Unplaced map[string]bool
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
	Unsigned      Reason = "unsigned"       // an unsigned file's record of a reviewer who signs (you, or a pinned key)
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
	// FileReportID is the id the file gives its report: another than
	// ReportID when a colleague imported the same report under another id.
	FileReportID string
	Exporter     data.Reviewer
	Exported     time.Time
	FileID       string // the file's ID

	ReviewersAdded []data.Reviewer
	// LookAlikes are reviewers added whose name looks like that of another
	// reviewer: shown apart ("王芳 (2)"), and the plan warns of them.
	LookAlikes []LookAlike
	Added      []Key
	Updated    []Key
	Unchanged  []Key
	Older      []Key // the workspace holds a newer record: the file's is ignored
	Rejected   []Rejection

	// Unsigned is set for a file of the first version: nobody's signature
	// vouches for its records, and it is merged only when the user says so
	// (Accepted).
	Unsigned bool
	Accepted bool
	// Keys are the signers seen for the first time, to pin; Seals the
	// file's signatures, for the workspace to relay its records later.
	Keys  []data.ReviewerKey
	Seals []data.StoredSeal
	// Claims are the keys of Keys that sign for a first-version reviewer
	// id merged unsigned before (see ClaimError): the file is merged only
	// when the user accepts them (ClaimsAccepted).
	Claims         []data.ReviewerKey
	ClaimsAccepted bool

	// Writes are the records to put, the added and updated ones, in file
	// order. They share their maps and slices with the File planned: treat
	// both as read-only.
	Writes []data.Review
	// WritesJSON and HistoryJSON hold Writes and History as the file holds
	// them, signed, where that is the JSON the store would write (nil where
	// not), so a large merge need not encode them again.
	WritesJSON, HistoryJSON [][]byte
	// History is the file's history of the added, updated and older records,
	// in file order, so an older edit from another machine stays in the
	// history. It is not deduplicated: the store skips entries it holds
	// already (same pledge, reviewer and clock).
	History []data.HistoryEntry
	// Progress are the file's progress updates the workspace does not hold.
	Progress []data.ProgressUpdate

	// Placement says how the file's records found their pledges; Unplaced
	// are those that found none, and UnplacedWrites those of them the
	// workspace does not keep yet.
	Placement      Placement
	Unplaced       []Unplaced
	UnplacedWrites []Unplaced
	// Relay keeps, for the records of a file of another form of the
	// report, what relays them later as their authors signed them.
	Relay data.Relay

	names map[string]string // display names, for Summary
}

// Changes reports whether applying the plan would write anything.
func (p MergePlan) Changes() bool {
	return len(p.ReviewersAdded) > 0 || len(p.Writes) > 0 || len(p.History) > 0 || len(p.Progress) > 0 || len(p.UnplacedWrites) > 0
}

// Plan works out how f merges into ws without changing either. A file for
// another report id is refused with ErrWrongReport, and so is one for
// another text of the report unless it is the same report in another form
// or version (see Align): its records are then placed by their pledges'
// text.
func Plan(ws Workspace, f File) (MergePlan, error) {
	orig := f
	f, placement, unplaced, err := placeFile(ws, f)
	if err != nil {
		return MergePlan{}, err
	}
	p := MergePlan{ReportID: f.ReportID, FileReportID: orig.ReportID, Exporter: f.Exporter, Exported: f.Exported, FileID: orig.ID(),
		Unsigned: !f.Signed, Placement: placement, Unplaced: unplaced}
	if err := checkSigners(ws, orig, &p); err != nil {
		return MergePlan{}, err
	}
	if orig.Fingerprint != ws.Fingerprint || orig.ReportID != ws.ReportID {
		p.Seals = nil // signed for the other text or id: relayed only from a file of this one
	}
	pl := newPlanner(ws, f, &p)
	p.planUnplaced(ws, pl.carried)
	for i, r := range f.Reviews {
		pl.review(i, r)
	}
	planProgress(ws, f, pl.carried, pl.signs, &p)
	for _, u := range p.Progress {
		pl.seen[Key{u.PledgeID, u.ReviewerID}] = true // keeps the history of its entry
	}
	pl.history()
	if f.from != nil && f.Signed {
		p.keepRelay(orig, f)
	}
	if len(orig.Relayed) > 0 {
		if err := p.planRelayed(ws, orig.Relayed); err != nil {
			return MergePlan{}, err
		}
	}
	p.Writes, p.WritesJSON = nilIfEmpty(p.Writes), nilIfEmpty(p.WritesJSON)
	p.History, p.HistoryJSON = nilIfEmpty(p.History), nilIfEmpty(p.HistoryJSON)
	for _, ks := range [][]Key{p.Added, p.Updated, p.Unchanged, p.Older} {
		slices.SortFunc(ks, compareKeys)
	}
	slices.SortFunc(p.Rejected, func(a, b Rejection) int { return compareKeys(a.Key, b.Key) })
	return p, nil
}

// planner holds what planning the records of one file looks up.
type planner struct {
	ws Workspace
	f  File
	p  *MergePlan

	carried map[string]bool // the reviewers the file carries
	// lastCarried is the reviewer asked of last (carries).
	lastCarried struct {
		id string
		ok bool
	}
	// seen holds the keys met so far; true for those whose history is kept.
	seen map[Key]bool
	// checks is what Precheck found of the file's reviews, if it checked.
	checks *recordChecks
}

// newPlanner lists the file's reviewers, adding to p those the workspace
// does not know, their names cleaned.
func newPlanner(ws Workspace, f File, p *MergePlan) *planner {
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
			rv.Name = data.CleanName(rv.Name)
			p.ReviewersAdded = append(p.ReviewersAdded, rv)
		}
	}
	p.names = DisplayNames(append(slices.Clone(ws.Reviewers), p.ReviewersAdded...))
	p.LookAlikes = lookAlikes(ws.Reviewers, p.ReviewersAdded)
	p.Writes = make([]data.Review, 0, len(f.Reviews))
	p.WritesJSON = make([][]byte, 0, len(f.Reviews))
	return &planner{ws: ws, f: f, p: p, carried: carried, seen: make(map[Key]bool, len(f.Reviews)),
		checks: f.checksFor(ws.Rubric)}
}

// carries tells whether the file carries the reviewer: the one asked last
// is remembered, as a file holds one reviewer's records after the other.
func (pl *planner) carries(id string) bool {
	if id != pl.lastCarried.id { // at first "", which no file carries
		pl.lastCarried.id, pl.lastCarried.ok = id, pl.carried[id]
	}
	return pl.lastCarried.ok
}

// signs tells whether a reviewer's records must come signed: mine, a
// pinned key's, or an id derived from a key.
func (pl *planner) signs(id string) bool {
	return id == pl.ws.Me || pl.ws.Keys[id] != nil || data.IsKeyID(id)
}

// review plans the file's i-th review r.
func (pl *planner) review(i int, r data.Review) {
	p := pl.p
	k := KeyOf(r)
	_, dup := pl.seen[k]
	if why, detail := pl.rejection(i, &r, dup); why != "" {
		if !dup {
			pl.seen[k] = false
		}
		p.Rejected = append(p.Rejected, Rejection{Key: k, Reason: why, Detail: detail})
		return
	}
	// Not a repeat (that is rejected): the key is seen here first.
	old, held := pl.ws.Reviews[k]
	c := 0
	if held {
		c = r.Updated.Compare(old.Updated)
	}
	pl.seen[k] = !held || c != 0 // an unchanged record keeps no history
	switch {
	case !held:
		p.Added = append(p.Added, k)
	case c > 0:
		p.Updated = append(p.Updated, k)
	case c == 0:
		p.Unchanged = append(p.Unchanged, k)
		return
	default:
		p.Older = append(p.Older, k)
		return
	}
	raw := pl.f.rawReview(i)
	if pl.checks.unsafeText(i, &r) {
		r = r.Clone()
		r.CleanReviewText()
		raw = nil
	}
	p.Writes = append(p.Writes, r)
	p.WritesJSON = append(p.WritesJSON, raw)
}

// rejection says why r, the file's i-th review, is left out, or "" when it
// is not; dup is set when the file holds an earlier record of the same key.
func (pl *planner) rejection(i int, r *data.Review, dup bool) (Reason, string) {
	ws := pl.ws
	switch {
	case !pl.carries(r.ReviewerID):
		return NotCarried, ""
	case dup:
		return BadRecord, "repeated in the file"
	case pl.p.Unsigned && pl.signs(r.ReviewerID):
		return Unsigned, ""
	case !ws.Pledges[r.PledgeID]:
		return UnknownPledge, ""
	case r.Updated.Node != "" && r.Updated.Node != r.ReviewerID:
		return BadRecord, "its clock belongs to another reviewer"
	case !ws.Now.IsZero() && r.Updated.Time().After(ws.Now.Add(ClockSkew)):
		return BadRecord, "its clock is in the future (" + r.Updated.Time().UTC().Format("2006-01-02") + ")"
	case r.Updated.Logical > data.MaxLogical:
		return BadRecord, "its clock counter is out of range"
	}
	if len(ws.Rubric.Criteria) > 0 {
		if why := pl.checks.misfit(i, r, ws.Rubric); why != "" {
			return BadRecord, why
		}
	}
	return "", ""
}

// history keeps the file's history of the records planned (seen true), in
// file order.
func (pl *planner) history() {
	p := pl.p
	p.History = make([]data.HistoryEntry, 0, len(pl.f.History))
	p.HistoryJSON = make([][]byte, 0, len(pl.f.History))
	for i, h := range pl.f.History {
		if pl.seen[Key{h.PledgeID, h.ReviewerID}] {
			p.History = append(p.History, h)
			p.HistoryJSON = append(p.HistoryJSON, pl.f.rawHistory(i))
		}
	}
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
	out.Keys = maps.Clone(ws.Keys)
	out.Unplaced = maps.Clone(ws.Unplaced)
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
	if len(p.Keys) > 0 && ws.Keys == nil {
		ws.Keys = map[string][]byte{}
	}
	for _, k := range p.Keys {
		if ws.Keys[k.ReviewerID] == nil {
			ws.Keys[k.ReviewerID] = k.PublicKey
		}
	}
	if ws.Reviews == nil {
		ws.Reviews = make(map[Key]*data.Review, len(p.Writes))
	}
	for i := range p.Writes {
		r := &p.Writes[i]
		k := Key{r.PledgeID, r.ReviewerID}
		if old, ok := ws.Reviews[k]; !ok || r.Updated.Compare(old.Updated) > 0 {
			ws.Reviews[k] = r
		}
	}
	if len(p.UnplacedWrites) > 0 && ws.Unplaced == nil {
		ws.Unplaced = map[string]bool{}
	}
	for _, u := range p.UnplacedWrites {
		ws.Unplaced[u.UnplacedKey()] = true
	}
}
