package workspace

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// ExportReviewFile builds the review file of a report: the local reviewer's
// reviews only, or (all) everything the workspace holds that its authors
// signed: colleagues' records travel under their own signatures, and those
// that came in unsigned files stay behind.
func (s *Session) ExportReviewFile(reportID string, all bool, now time.Time) (share.File, error) {
	r, err := s.Store.Report(reportID)
	if err != nil {
		return share.File{}, err
	}
	snap, err := s.Store.Snapshot(reportID)
	if err != nil {
		return share.File{}, err
	}
	reviews, history, reviewers := snap.Reviews, snap.History, snap.Reviewers
	keep := func(id string) bool { return all || id == s.Me.ID }
	f := share.File{ReportID: r.ID, Fingerprint: r.Fingerprint, ReportTitle: r.Title, Rubric: s.Store.Rubric(),
		Exporter: s.Me, Exported: now}
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
	carried[s.Me.ID] = true
	for _, rv := range reviewers {
		if carried[rv.ID] {
			if rv.ID == s.Me.ID {
				rv = s.Me
			}
			f.Reviewers = append(f.Reviewers, rv)
		}
	}
	if all {
		if err := s.attachSeals(&f); err != nil {
			return share.File{}, err
		}
		f.KeepSealed()
	}
	return f, nil
}

// attachSeals gives f the colleagues' signatures the workspace keeps.
func (s *Session) attachSeals(f *share.File) error {
	stored, err := s.Store.Seals(f.ReportID)
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
	f, err := s.ExportReviewFile(reportID, all, now)
	if err != nil {
		return f, err
	}
	raw, err := share.Encode(f, s.Key)
	if err != nil {
		return f, fmt.Errorf("export review file: %w", err)
	}
	return f, writeExport(path, raw)
}

// PlanMerge reads a colleague's review file and works out what merging it
// would do, changing nothing.
func (s *Session) PlanMerge(path string) (share.MergePlan, error) {
	f, err := readReviewFile(path)
	if err != nil {
		return share.MergePlan{}, err
	}
	ws, err := s.shareWorkspace(f.ReportID)
	if err != nil {
		return share.MergePlan{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	plan, err := share.Plan(ws, f)
	if err == nil {
		err = checkPlanWrite(plan)
	}
	if err != nil {
		return share.MergePlan{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return plan, nil
}

func (s *Session) shareWorkspace(reportID string) (share.Workspace, error) {
	r, err := s.Store.Report(reportID)
	if errors.Is(err, data.ErrNotFound) {
		return share.Workspace{}, fmt.Errorf("%w: this workspace has no report %q", share.ErrWrongReport, reportID)
	}
	if err != nil {
		return share.Workspace{}, err
	}
	reviewers, err := s.Store.Reviewers()
	if err != nil {
		return share.Workspace{}, err
	}
	reviews, err := s.Store.Reviews(reportID)
	if err != nil {
		return share.Workspace{}, err
	}
	keys, err := s.Store.ReviewerKeys()
	if err != nil {
		return share.Workspace{}, err
	}
	ws := share.Workspace{ReportID: r.ID, Fingerprint: r.Fingerprint, Pledges: map[string]bool{},
		Rubric: s.Store.Rubric(), Reviewers: reviewers, Reviews: make(map[share.Key]data.Review, len(reviews)),
		Me: s.Me.ID, MyKey: s.Key.Public().(ed25519.PublicKey), Keys: keys, Now: time.Now()}
	for _, p := range r.Pledges() {
		ws.Pledges[p.ID] = true
	}
	for _, rv := range reviews {
		ws.Reviews[share.KeyOf(rv)] = rv
	}
	if ws.Progress, err = s.progressKeys(reportID); err != nil {
		return share.Workspace{}, err
	}
	return ws, nil
}

// ApplyMerge backs the workspace up into backups/ beside it, then writes
// the plan in one transaction. Nothing is written when the plan changes nothing.
// An unsigned file (format 1) is merged only when the user accepted it
// (plan.Accepted); else ErrUnsigned.
func (s *Session) ApplyMerge(plan share.MergePlan, source string) (data.MergeResult, error) {
	if plan.Unsigned && !plan.Accepted {
		return data.MergeResult{}, fmt.Errorf("%s: %w", filepath.Base(source), ErrUnsigned)
	}
	if !plan.Changes() {
		return data.MergeResult{}, nil
	}
	return s.mergeWithBackup(data.MergeWrite{Reviewers: plan.ReviewersAdded, Reviews: plan.Writes,
		History: plan.History, Progress: plan.Progress, Source: filepath.Base(source), Keys: plan.Keys, Seals: plan.Seals,
		ReviewsJSON: plan.WritesJSON, HistoryJSON: plan.HistoryJSON}, backupNote{kind: mergeBackup})
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

// mergeWithBackup backs the workspace up, writes the merge, and records
// beside the backup the store's change mark after the merge, so that an undo
// can tell whether anything was saved since.
func (s *Session) mergeWithBackup(w data.MergeWrite, note backupNote) (data.MergeResult, error) {
	if s.ReadOnly() {
		return data.MergeResult{}, fmt.Errorf("merge: %w", data.ErrReadOnly)
	}
	backup, err := s.backup(note.kind)
	if err != nil {
		return data.MergeResult{}, err
	}
	res, err := s.Store.ApplyMerge(w)
	if err != nil {
		os.Remove(backup) // nothing was merged: there is nothing to undo
		return res, err
	}
	if mark, err := s.Store.ChangeMark(); err == nil {
		os.WriteFile(backup+".mark", []byte(strconv.FormatUint(mark, 10)), 0o600)
	}
	note.write(backup)
	return res, nil
}

// KeptBackups is how many merge backups stay in the backups folder.
const KeptBackups = 10

// BackupDir is the folder of merge backups beside the workspace.
func (s *Session) BackupDir() string {
	return filepath.Join(filepath.Dir(s.Store.Path()), "backups")
}

func (s *Session) backupPrefix(kind string) string {
	return strings.TrimSuffix(filepath.Base(s.Store.Path()), filepath.Ext(s.Store.Path())) + kind
}

func (s *Session) backup(kind string) (string, error) {
	dir := s.BackupDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("back up before merge: %w", err)
	}
	name := s.backupPrefix(kind) + time.Now().UTC().Format("20060102T150405.000000000") + ".bak"
	dst := filepath.Join(dir, name)
	if err := s.Store.Backup(dst); err != nil {
		os.Remove(dst)
		return "", fmt.Errorf("back up before merge: %w", err)
	}
	backups, _ := s.backupsOf(kind) // each kind keeps its own last ten
	for len(backups) > KeptBackups {
		removeBackup(backups[0])
		backups = backups[1:]
	}
	return dst, nil
}

// backupsOf lists this workspace's merge backups of one kind, oldest first.
func (s *Session) backupsOf(kind string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(s.BackupDir(), s.backupPrefix(kind)+"*.bak"))
	sort.Strings(matches)
	return matches, err
}

// CanUndoMerge reports whether a merge backup exists to go back to.
func (s *Session) CanUndoMerge() bool {
	b, _ := s.backups()
	return len(b) > 0
}

// UndoLastMerge puts back the workspace as it was before the last merge.
// It refuses (ErrChangedSinceMerge) when a review was saved after that
// merge, and keeps a copy of the workspace as it was before the undo. The
// store is closed and reopened; callers must reload what they show.
func (s *Session) UndoLastMerge() error {
	backups, err := s.backups()
	if err != nil || len(backups) == 0 {
		return fmt.Errorf("undo merge: there is no merge to undo")
	}
	last := backups[len(backups)-1]
	rawMark, err := os.ReadFile(last + ".mark")
	mark, perr := strconv.ParseUint(strings.TrimSpace(string(rawMark)), 10, 64)
	now, merr := s.Store.ChangeMark()
	if err != nil || perr != nil || merr != nil || now != mark {
		return fmt.Errorf("undo merge: %w", ErrChangedSinceMerge)
	}
	raw, err := os.ReadFile(last)
	if err != nil {
		return fmt.Errorf("undo merge: %w", err)
	}
	path := s.Store.Path()
	keep := filepath.Join(s.BackupDir(), strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+
		"-before-undo-"+time.Now().UTC().Format("20060102T150405")+".bak")
	if err := s.Store.Backup(keep); err != nil {
		return fmt.Errorf("undo merge: keep a copy first: %w", err)
	}
	if err := s.Store.Close(); err != nil {
		return fmt.Errorf("undo merge: %w", err)
	}
	writeErr := data.WriteFileAtomicMode(path, raw, 0o600)
	st, err := data.Open(path, data.Options{})
	if err != nil {
		return fmt.Errorf("undo merge: reopen workspace (a copy from before the undo is in %s): %w", keep, err)
	}
	s.Store = st
	if writeErr != nil {
		return fmt.Errorf("undo merge: %w", writeErr)
	}
	s.rememberUndone(last)
	os.Remove(last + ".mark")
	return os.Remove(last)
}

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
		if f.Err == nil && f.Plan.Changes() && (!f.Plan.Unsigned || f.Plan.Accepted) {
			return true
		}
	}
	return false
}

// PlanMerges reads colleagues' review files and works out what merging them
// in order would do, changing nothing. The files are read and decoded
// concurrently; the workspace is read once. A file that cannot be read or is
// refused gets its error in its FilePlan and the others are planned without
// it. The error returned is the workspace's: nothing could be planned.
func (s *Session) PlanMerges(paths []string) (MultiPlan, error) {
	type decoded struct {
		f    share.File
		err  error
		done chan struct{}
	}
	files := make([]decoded, len(paths))
	for i := range files {
		files[i].done = make(chan struct{})
	}
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(paths))
	for range workers {
		go func() {
			for i := range next {
				files[i].f, files[i].err = readReviewFile(paths[i])
				close(files[i].done)
			}
		}()
	}
	// Hand out the files in order, so the planning below, file after file,
	// waits as little as it can; stop early when planning fails.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()

	mp := MultiPlan{Files: make([]FilePlan, len(paths))}
	workspaces := map[string]*share.Workspace{} // by report id, as merged so far
	for i, path := range paths {
		<-files[i].done
		fp := &mp.Files[i]
		fp.Path = path
		f, err := files[i].f, files[i].err
		files[i].f = share.File{} // the plan keeps what it needs
		if err != nil {
			fp.Err = err
			continue
		}
		ws, ok := workspaces[f.ReportID]
		if !ok {
			w, err := s.shareWorkspace(f.ReportID)
			if errors.Is(err, share.ErrWrongReport) {
				fp.Err = fmt.Errorf("%s: %w", filepath.Base(path), err)
				continue
			}
			if err != nil {
				return MultiPlan{}, err
			}
			ws = &w
			// Reviewers are the workspace's, not a report's: those added by
			// the files already planned are known.
			for _, other := range workspaces {
				var keys []data.ReviewerKey // pinned by the files planned: keys too are the workspace's
				for id, k := range other.Keys {
					keys = append(keys, data.ReviewerKey{ReviewerID: id, PublicKey: k})
				}
				ws.Merge(share.MergePlan{ReviewersAdded: other.Reviewers, Keys: keys})
				break
			}
			workspaces[f.ReportID] = ws
		}
		plan, err := share.Plan(*ws, f)
		if err == nil {
			err = checkPlanWrite(plan)
		}
		if err != nil {
			fp.Err = fmt.Errorf("%s: %w", filepath.Base(path), err)
			continue
		}
		fp.Plan = plan
		for _, other := range workspaces {
			other.Merge(share.MergePlan{ReviewersAdded: plan.ReviewersAdded, Keys: plan.Keys})
		}
		ws.Merge(plan)
	}
	return mp, nil
}

func readReviewFile(path string) (share.File, error) {
	fh, err := openRegular(path)
	if err != nil {
		return share.File{}, fmt.Errorf("read review file %s: %w", path, err)
	}
	defer fh.Close()
	f, err := share.Read(fh)
	if err != nil {
		return share.File{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return f, nil
}

// ApplyMerges backs the workspace up once, then writes the plans of every
// file not refused in one transaction, in the order planned; each history
// entry records the file it came from. Nothing is written when the plans
// change nothing.
func (s *Session) ApplyMerges(mp MultiPlan) (data.MergeResult, error) {
	if !mp.Changes() {
		return data.MergeResult{}, nil
	}
	w := mp.preallocated()
	var names []string
	seen := map[string]bool{}
	for _, fp := range mp.Files {
		if fp.Err != nil || !fp.Plan.Changes() || fp.Plan.Unsigned && !fp.Plan.Accepted {
			continue
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
	}
	if len(names) == 0 {
		return data.MergeResult{}, nil
	}
	w.Source = names[0]
	if len(names) > 1 {
		w.Source = fmt.Sprintf("%s and %d more files", names[0], len(names)-1)
	}
	return s.mergeWithBackup(w, mp.backupNote())
}
