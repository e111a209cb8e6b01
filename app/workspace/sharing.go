package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// ExportReviewFile builds the review file of a report: the local reviewer's
// reviews only, or (all) everything the workspace holds that its authors
// signed: colleagues' records travel under their own signatures, and those
// that came in unsigned files stay behind.
func (s *Session) ExportReviewFile(reportID string, all bool, now time.Time) (share.File, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, err := s.store.Report(reportID)
	if err != nil {
		return share.File{}, err
	}
	snap, err := s.store.Snapshot(reportID)
	if err != nil {
		return share.File{}, err
	}
	reviews, history, reviewers := snap.Reviews, snap.History, snap.Reviewers
	keep := func(id string) bool { return all || id == s.me.ID }
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: s.store.Rubric(),
		Exporter: s.me, Exported: now}
	carried := map[string]bool{}
	for _, rv := range reviews {
		if keep(rv.ReviewerID) {
			f.Reviews = append(f.Reviews, rv)
			carried[rv.ReviewerID] = true
		}
	}
	for _, u := range snap.Progress {
		if keep(u.ReviewerID) {
			f.Progress = append(f.Progress, u)
			carried[u.ReviewerID] = true
		}
	}
	for _, h := range history {
		if carried[h.ReviewerID] {
			f.History = append(f.History, h)
		}
	}
	carried[s.me.ID] = true
	for _, rv := range reviewers {
		if carried[rv.ID] {
			if rv.ID == s.me.ID {
				rv = s.me
			}
			f.Reviewers = append(f.Reviewers, rv)
		}
	}
	if all {
		if err := s.keepSigned(&f); err != nil {
			return share.File{}, err
		}
	}
	f.Describe(share.FormOf(r))
	return f, nil
}

// keepSigned keeps in f, a file of everything, the colleagues' records
// their authors' signatures vouch for: under the seals the workspace keeps
// over this form of the report, or relayed as signed on another form.
func (s *Session) keepSigned(f *share.File) error {
	if err := s.attachSeals(f); err != nil {
		return err
	}
	reviews, progress := f.Reviews, f.Progress
	f.KeepSealed()
	return s.attachRelayed(f, reviews, progress)
}

// attachSeals gives f the colleagues' signatures the workspace keeps.
func (s *Session) attachSeals(f *share.File) error {
	stored, err := s.store.Seals(f.ReportID)
	if err != nil {
		return err
	}
	f.Seals = make(map[string]share.Seal, len(stored))
	for id, st := range stored {
		if seal, err := share.SealFromStore(st); err == nil {
			f.Seals[id] = seal
		}
	}
	return nil
}

// WriteReviewFile exports and writes a review file at path (atomically).
func (s *Session) WriteReviewFile(path, reportID string, all bool, now time.Time) (share.File, error) {
	if err := s.OwnFiles().Check(path); err != nil {
		return share.File{}, err
	}
	f, err := s.ExportReviewFile(reportID, all, now)
	if err != nil {
		return f, err
	}
	raw, err := share.Encode(f, s.key)
	if err != nil {
		return f, fmt.Errorf("export review file: %w", err)
	}
	return f, WriteExport(s.OwnFiles(), path, raw)
}

// writeTeamReviewFile signs f, my review file of a report, and writes it
// to path in the team folder as a regular file of its own (writeTeamFile).
func (s *Session) writeTeamReviewFile(path string, f share.File) error {
	raw, err := share.Encode(f, s.key)
	if err != nil {
		return fmt.Errorf("export review file: %w", err)
	}
	return writeTeamFile(path, raw)
}

// shareWorkspace reads what planning a merge into the report needs, with
// room in its map of records for that many more.
func (s *Session) shareWorkspace(reportID string, room int) (share.Workspace, error) {
	r, err := s.store.Report(reportID)
	if errors.Is(err, data.ErrNotFound) {
		return share.Workspace{}, &share.ReportMismatch{FileReport: reportID, Found: -1}
	}
	if err != nil {
		return share.Workspace{}, err
	}
	reviewers, err := s.store.Reviewers()
	if err != nil {
		return share.Workspace{}, err
	}
	reviews, err := s.store.Reviews(reportID)
	if err != nil {
		return share.Workspace{}, err
	}
	keys, err := s.store.ReviewerKeys()
	if err != nil {
		return share.Workspace{}, err
	}
	ws := share.Workspace{ReportID: r.ID, Fingerprint: r.Fingerprint, Pledges: map[string]bool{},
		Rubric: s.store.Rubric(), Reviewers: reviewers, Reviews: make(map[share.Key]*data.Review, len(reviews)+room),
		Me: s.me.ID, MyKey: s.PublicKey(), Keys: keys, Now: time.Now()}
	for _, p := range r.Pledges() {
		ws.Pledges[p.ID] = true
	}
	for i := range reviews {
		ws.Reviews[share.KeyOf(reviews[i])] = &reviews[i]
	}
	if ws.Progress, err = s.progressKeys(reportID); err != nil {
		return share.Workspace{}, err
	}
	ws.Form = share.FormOf(r)
	if ws.Unplaced, err = s.unplacedKeys(reportID); err != nil {
		return share.Workspace{}, err
	}
	return ws, nil
}

// ErrUnsigned refuses to merge an unsigned file (format 1) the user has
// not accepted: nothing proves who wrote its records.
var ErrUnsigned = errors.New("the file is unsigned (from the first version of Pledge Review): nothing proves who wrote it; merge it only if you trust how it reached you (--accept-unsigned)")

// padded returns raw with nil entries up to n, so that the encoded records
// of several plans stay aligned with their records.
func padded(raw [][]byte, n int) [][]byte {
	if len(raw) >= n {
		return raw[:n]
	}
	return append(raw[:len(raw):len(raw)], make([][]byte, n-len(raw))...)
}

// ErrChangedSinceMerge refuses an undo that would lose later work.
var ErrChangedSinceMerge = errors.New("reviews were saved after the last merge; undoing it would lose them")

// FilePlan is one file of a merge of several: its plan, or why it is refused.
type FilePlan struct {
	Path string
	Plan share.MergePlan // empty when Err is set
	Err  error           // the file is refused: it changes nothing
}

// MultiPlan is what merging several files, in the order given, would do.
// Each file is planned against the workspace as the files before it leave
// it, so a plan says what that file adds to them.
type MultiPlan struct {
	Files []FilePlan
	Team  bool // planned by a team folder: see teamMergeBackup
}

// RefuseUnsigned refuses (ErrUnsigned) every unsigned file the user has not
// accepted, and AcceptUnsigned accepts them all.
func (mp *MultiPlan) RefuseUnsigned() {
	for i := range mp.Files {
		if fp := &mp.Files[i]; fp.Err == nil && fp.Plan.Unsigned && !fp.Plan.Accepted {
			fp.Err = fmt.Errorf("%s: %w", filepath.Base(fp.Path), ErrUnsigned)
		}
	}
}

// RefuseClaims refuses every file whose signed records claim a reviewer id
// merged unsigned before (share.ClaimError) that the user has not accepted.
func (mp *MultiPlan) RefuseClaims() {
	for i := range mp.Files {
		if fp := &mp.Files[i]; fp.Err == nil && len(fp.Plan.Claims) > 0 && !fp.Plan.ClaimsAccepted {
			c := fp.Plan.Claims[0]
			rv := data.Reviewer{ID: c.ReviewerID}
			if fp.Plan.Exporter.ID == c.ReviewerID {
				rv = fp.Plan.Exporter
			}
			fp.Err = fmt.Errorf("%s: %w", data.ShownFileName(fp.Path), &share.ClaimError{Reviewer: rv, Key: c.PublicKey})
		}
	}
}

// AcceptClaims marks every file's claims as accepted by the user.
func (mp *MultiPlan) AcceptClaims() {
	for i := range mp.Files {
		mp.Files[i].Plan.ClaimsAccepted = true
	}
}

// AcceptUnsigned marks every unsigned file as accepted by the user.
func (mp *MultiPlan) AcceptUnsigned() {
	for i := range mp.Files {
		mp.Files[i].Plan.Accepted = true
	}
}

// Refused returns the files that are refused.
func (mp MultiPlan) Refused() []FilePlan {
	var out []FilePlan
	for _, f := range mp.Files {
		if f.Err != nil {
			out = append(out, f)
		}
	}
	return out
}

// Changes reports whether applying the plans would write anything.
func (mp MultiPlan) Changes() bool {
	for _, f := range mp.Files {
		if f.Writes() {
			return true
		}
	}
	return false
}

// Writes reports whether ApplyMerges takes records from this file: it is
// not refused, changes something, is signed or accepted by the user, and
// claims no id merged unsigned before unless the user accepted that.
func (fp FilePlan) Writes() bool {
	return fp.Err == nil && fp.Plan.Changes() && (!fp.Plan.Unsigned || fp.Plan.Accepted) &&
		(len(fp.Plan.Claims) == 0 || fp.Plan.ClaimsAccepted)
}

// PlanMerges reads colleagues' review files and works out what merging them
// in order would do, changing nothing. The files are read and decoded
// concurrently; the workspace is read once. A file that cannot be read or is
// refused gets its error in its FilePlan and the others are planned without
// it. The error returned is the workspace's: nothing could be planned.
func (s *Session) PlanMerges(paths []string) (MultiPlan, error) {
	return s.planMerges(paths, openRegular)
}

// planMerges is PlanMerges with the files opened by open: a file the user
// chose may be a link, one of the team folder may not (openTeamFile).
func (s *Session) planMerges(paths []string, open func(string) (*os.File, error)) (MultiPlan, error) {
	defer paceForMerge()()
	s.mu.RLock()
	defer s.mu.RUnlock()
	files, stop := readReviewFiles(paths, open, s.store.Rubric())
	defer stop()
	mp := MultiPlan{Files: make([]FilePlan, len(paths))}
	pl := planner{s: s, workspaces: map[string]*share.Workspace{}, sameAs: map[string]string{}}
	for i, path := range paths {
		f, err := files[i].wait()
		if err != nil {
			mp.Files[i] = FilePlan{Path: path, Err: err}
			continue
		}
		pl.left = len(paths) - i
		plan, err := pl.plan(f)
		if errors.Is(err, errWorkspace) {
			return MultiPlan{}, err
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		mp.Files[i] = FilePlan{Path: path, Plan: plan, Err: err}
	}
	return mp, nil
}

// errWorkspace marks a failure to read the workspace itself while planning.
var errWorkspace = errors.New("read the workspace to plan the merge")

// planner plans files one after the other, each against the workspace as
// the files before it leave it.
type planner struct {
	s          *Session
	workspaces map[string]*share.Workspace // by report id, as merged so far
	sameAs     map[string]string           // the report here of a file's report id and fingerprint (reportFor)
	forms      map[string]*share.Form      // the reports here as placement reads them, once read
	left       int                         // the files left to plan, this one included
}

// maxReserved bounds the records the planner makes room for at once.
const maxReserved = 1 << 19

// plan works out what f adds; the error is the file's, or errWorkspace.
func (pl *planner) plan(f share.File) (share.MergePlan, error) {
	id, err := pl.reportFor(f)
	if err != nil {
		return share.MergePlan{}, err
	}
	ws, err := pl.workspace(id, len(f.Reviews))
	if err != nil {
		return share.MergePlan{}, err
	}
	plan, err := share.Plan(*ws, f)
	if err == nil {
		err = checkPlanWrite(plan)
	}
	if err != nil {
		return share.MergePlan{}, err
	}
	for _, other := range pl.workspaces {
		other.Merge(share.MergePlan{ReviewersAdded: plan.ReviewersAdded, Keys: plan.Keys})
	}
	ws.Merge(plan)
	return plan, nil
}

// workspace returns the workspace of a report as merged so far, read from
// the store the first time.
func (pl *planner) workspace(reportID string, reviews int) (*share.Workspace, error) {
	if ws, ok := pl.workspaces[reportID]; ok {
		return ws, nil
	}
	// The files of a merge are most often alike: room for as many records
	// again in each file left as in this one, so that the map of records
	// does not grow step by step as they are planned.
	w, err := pl.s.shareWorkspace(reportID, min(reviews*pl.left, maxReserved))
	if errors.Is(err, share.ErrWrongReport) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errWorkspace, err)
	}
	// Reviewers and pinned keys are the workspace's, not a report's: those
	// added by the files already planned are known.
	for _, other := range pl.workspaces {
		var keys []data.ReviewerKey
		for id, k := range other.Keys {
			keys = append(keys, data.ReviewerKey{ReviewerID: id, PublicKey: k})
		}
		w.Merge(share.MergePlan{ReviewersAdded: other.Reviewers, Keys: keys})
		break
	}
	pl.workspaces[reportID] = &w
	return &w, nil
}

// pendingFile is a review file being read and decoded in the background.
type pendingFile struct {
	f    share.File
	err  error
	done chan struct{}
}

// wait returns the decoded file and lets go of it: the plan keeps what it needs.
func (p *pendingFile) wait() (share.File, error) {
	<-p.done
	f := p.f
	p.f = share.File{}
	return f, p.err
}

// readReviewFiles reads and decodes files on as many goroutines as there
// are processors, handing them out in order so that the planning, file
// after file, waits as little as it can, and checks their reviews against
// rubric, the workspace's, there rather than in the planning (Precheck).
// stop ends the reading early.
func readReviewFiles(paths []string, open func(string) (*os.File, error), rubric data.Rubric) (files []pendingFile, stop func()) {
	files = make([]pendingFile, len(paths))
	for i := range files {
		files[i].done = make(chan struct{})
	}
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		go func() {
			for i := range next {
				files[i].f, files[i].err = readReviewFile(paths[i], open)
				if files[i].err == nil {
					files[i].f.Precheck(rubric)
				}
				close(files[i].done)
			}
		}()
	}
	quit := make(chan struct{})
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case next <- i:
			case <-quit:
				return
			}
		}
	}()
	return files, func() { close(quit) }
}

// readReviewFile reads and decodes the review file at path, opened by
// open. A panic while decoding (a fault of a library on a hostile file)
// refuses that file as damaged: the program and the other files go on.
func readReviewFile(path string, open func(string) (*os.File, error)) (f share.File, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = share.File{}, fmt.Errorf("%s: %w: reading it failed (%v)", data.ShownFileName(path), share.ErrDamaged, p)
		}
	}()
	fh, err := open(path)
	if err != nil {
		return share.File{}, fmt.Errorf("read review file %s: %w", filepath.Join(filepath.Dir(path), data.ShownFileName(path)), err)
	}
	defer fh.Close()
	f, err = readShare(fh)
	if err != nil {
		return share.File{}, fmt.Errorf("%s: %w", data.ShownFileName(path), err)
	}
	return f, nil
}

// readShare is share.Read; a test makes it panic.
var readShare = share.Read

// ApplyMerges backs the workspace up once, then writes the plans of every
// file not refused in one transaction, in the order planned; each history
// entry records the file it came from. Nothing is written when the plans
// change nothing.
func (s *Session) ApplyMerges(mp MultiPlan) (data.MergeResult, error) {
	if !mp.Changes() {
		return data.MergeResult{}, nil
	}
	defer paceForMerge()()
	s.mu.RLock()
	defer s.mu.RUnlock()
	w := mp.preallocated()
	var names, reports []string
	seen := map[string]bool{}
	for _, fp := range mp.Files {
		if !fp.Writes() {
			continue
		}
		if !slices.Contains(reports, fp.Plan.ReportID) {
			reports = append(reports, fp.Plan.ReportID)
		}
		source := filepath.Base(fp.Path)
		w.Keys = append(w.Keys, fp.Plan.Keys...)
		w.Seals = append(w.Seals, fp.Plan.Seals...)
		names = append(names, source)
		for _, rv := range fp.Plan.ReviewersAdded {
			if !seen[rv.ID] {
				seen[rv.ID] = true
				w.Reviewers = append(w.Reviewers, rv)
			}
		}
		w.Reviews = append(w.Reviews, fp.Plan.Writes...)
		w.ReviewsJSON = append(w.ReviewsJSON, padded(fp.Plan.WritesJSON, len(fp.Plan.Writes))...)
		w.Progress = append(w.Progress, fp.Plan.Progress...)
		for _, h := range fp.Plan.History {
			if h.Source == "" {
				h.Source = source
			}
			w.History = append(w.History, h)
		}
		w.HistoryJSON = append(w.HistoryJSON, padded(fp.Plan.HistoryJSON, len(fp.Plan.History))...)
		w.Unplaced = append(w.Unplaced, unplacedRecords(fp.Plan.UnplacedWrites, source)...)
		w.Relay.Records = append(w.Relay.Records, fp.Plan.Relay.Records...)
		w.Relay.Seals = append(w.Relay.Seals, fp.Plan.Relay.Seals...)
		w.Relay.Forms = append(w.Relay.Forms, fp.Plan.Relay.Forms...)
	}
	if len(names) == 0 {
		return data.MergeResult{}, nil
	}
	w.Source = names[0]
	if len(names) > 1 {
		w.Source = fmt.Sprintf("%s and %d more files", names[0], len(names)-1)
	}
	return s.mergeWithBackup(w, mp.backupNote(), reports...)
}
