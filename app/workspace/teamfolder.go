package workspace

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
	"pledgereview/data/store"
)

// ErrFolderUnreachable: the team folder is missing or cannot be listed (a
// network share that dropped, a removed USB stick). The workspace is not
// touched; the next pass tries again.
var ErrFolderUnreachable = errors.New("the team folder cannot be reached")

// SettleTime is how long a file that cannot be decoded must stay unchanged
// before it is called damaged: until then it is taken for a file still
// being written or copied in by the sync engine, and read again.
const SettleTime = time.Minute

// TeamFolder is a folder the team synchronises (Syncthing, Nextcloud, a
// network share): each installation writes its own review file of each
// report there and merges the others'. It only ever writes files named
// share.TeamFileName(report, my id) and never touches another file. It
// remembers what it has read and written, so a pass reads only files that
// changed. It is not safe for concurrent use: one pass at a time.
type TeamFolder struct {
	Dir string
	// AcceptUnsigned merges unsigned files (of the first version) too; by
	// default they are refused with ErrUnsigned, for a person to decide.
	AcceptUnsigned bool
	s              *Session

	seen    map[string]stamp   // files handled (merged or refused), by name, as they were then
	waiting map[string]waiting // files that could not be decoded yet, by name
	mine    map[string]written // my own files, by name
	gone    map[string]bool    // files of seen no longer in the folder: true until told in SyncReport.Gone
}

// stamp tells whether a file changed: its size and modification time.
type stamp struct {
	size  int64
	mtime time.Time
}

func stampOf(fi fs.FileInfo) stamp { return stamp{fi.Size(), fi.ModTime()} }

type waiting struct {
	stamp
	since time.Time // first seen failing as it is
}

type written struct {
	digest [32]byte // what the file holds, without its export time
	stamp  stamp    // as it was after the write (or when found equal)
}

// TeamFolder returns the team folder at dir for this workspace. It touches
// nothing yet.
func (s *Session) TeamFolder(dir string) *TeamFolder {
	return &TeamFolder{Dir: dir, s: s, seen: map[string]stamp{}, waiting: map[string]waiting{}, mine: map[string]written{}, gone: map[string]bool{}}
}

// SyncReport is what a pass did.
type SyncReport struct {
	Wrote  []WrittenFile  // my files written
	Merged []AuthorMerged // reviews merged, by author, sorted by name
	Files  []string       // the files whose records were merged, by name
	Result data.MergeResult
	Backup bool // a backup of the workspace was made (undo works)
	// Attention: files refused, that need a person to look (another report,
	// a newer format, an invalid record, a signature to confirm or a key that
	// does not match). Each is reported once until it changes.
	Attention []FileIssue
	// Waiting: files that could not be decoded, taken for files still being
	// written; they are read again on the next pass and called damaged (in
	// Attention) once they stay so for SettleTime.
	Waiting []FileIssue
	// Gone: files handled before (merged or refused) that are no longer in
	// the folder, by path; each is told once, until it comes back and goes
	// again. A file that needed a look and is gone needs it no more.
	Gone []string
	// UndoLimited: the merge is done, but the note its undo needs could
	// not be written beside the backup (ErrUndoUnavailable: it cannot be
	// undone; ErrUndoMayRemerge: an undo of it is not remembered).
	UndoLimited error
}

// WrittenFile is one of my files written to the team folder.
type WrittenFile struct {
	Path    string
	Reviews int
}

// AuthorMerged counts the reviews of one author written by a pass.
type AuthorMerged struct {
	ID, Name string
	Reviews  int
}

// FileIssue is a file of the team folder that was not merged, and why.
type FileIssue struct {
	Path string
	Err  error
}

// Changed reports whether the pass merged anything into the workspace.
func (r SyncReport) Changed() bool { return r.Backup }

// MyPath is the path of my own file of a report in the folder.
func (tf *TeamFolder) MyPath(reportID string) string {
	return filepath.Join(tf.Dir, share.TeamFileName(reportID, tf.s.Me().ID))
}

// Reachable checks that the folder is there and is a folder.
func (tf *TeamFolder) Reachable() error {
	fi, err := os.Stat(tf.Dir)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrFolderUnreachable, tf.Dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%w: %s is not a folder", ErrFolderUnreachable, tf.Dir)
	}
	return nil
}

// WriteMine writes my file of every report I have reviews of, where the
// folder does not hold them as they are already.
func (tf *TeamFolder) WriteMine(now time.Time) ([]WrittenFile, error) {
	reports, err := tf.s.Reports()
	if err != nil {
		return nil, err
	}
	var out []WrittenFile
	for _, r := range reports {
		w, err := tf.WriteReport(r.ID, now)
		if err != nil {
			return out, err
		}
		if w.Path != "" {
			out = append(out, w)
		}
	}
	return out, nil
}

// WriteReport writes my file of a report to the folder when what it would
// hold differs from the file there: a save that changed nothing, or the
// sync engine touching my file again, writes nothing. A report I have not
// reviewed gets no file. It returns the file written, or a zero WrittenFile.
func (tf *TeamFolder) WriteReport(reportID string, now time.Time) (WrittenFile, error) {
	if err := tf.Reachable(); err != nil {
		return WrittenFile{}, err
	}
	f, err := tf.s.ExportReviewFile(reportID, false, now)
	if err != nil {
		return WrittenFile{}, err
	}
	if len(f.Reviews) == 0 {
		return WrittenFile{}, nil
	}
	digest, err := contentDigest(f)
	if err != nil {
		return WrittenFile{}, err
	}
	path := tf.MyPath(reportID)
	if tf.holds(path, digest) {
		return WrittenFile{}, nil
	}
	if err := tf.s.writeTeamReviewFile(path, f); err != nil {
		return WrittenFile{}, fmt.Errorf("write my review file to the team folder: %w", err)
	}
	if fi, err := os.Lstat(path); err == nil {
		name := filepath.Base(path)
		tf.mine[name] = written{digest, stampOf(fi)}
		tf.seen[name] = stampOf(fi) // what I wrote is not read back
	}
	return WrittenFile{Path: path, Reviews: len(f.Reviews)}, nil
}

// holds tells whether my file at path holds what digest sums already: as
// I wrote it, or, written by an earlier run or again by the sync engine,
// with the same content.
func (tf *TeamFolder) holds(path string, digest [32]byte) bool {
	fi, err := os.Lstat(path)
	if err != nil {
		return false
	}
	name, st := filepath.Base(path), stampOf(fi)
	if w, known := tf.mine[name]; known && w.stamp == st {
		return w.digest == digest
	}
	old, err := readReviewFile(path, openTeamFile)
	if err != nil {
		return false
	}
	if d, err := contentDigest(old); err != nil || d != digest {
		return false
	}
	tf.mine[name] = written{digest, st}
	tf.seen[name] = st
	return true
}

// contentDigest sums what a review file holds that a save changes, so
// that writing the same reviews twice can be told apart from a change. It
// leaves out when the file was exported, and the history: every save adds
// to the history and changes a review, while the history two workspaces
// hold of the same edits differs in where each entry came from.
func contentDigest(f share.File) ([32]byte, error) {
	b, err := json.Marshal(struct {
		Report, Fingerprint string
		Rubric              data.Rubric
		Reviewers           []data.Reviewer
		Reviews             []data.Review
	}{f.ReportID, f.Fingerprint, f.Rubric, f.Reviewers, f.Reviews})
	if err != nil {
		return [32]byte{}, fmt.Errorf("compare review files: %w", err)
	}
	return sha256.Sum256(b), nil
}

// Merge reads the files of the folder that changed since the last pass
// (all of them on the first) and merges them through
// PlanMerges and ApplyMerges: one backup, undo works, the newer clock of
// each record wins, whatever the file's name (conflict copies are read as
// files of their author). My own file is read only when it is not as I
// wrote it: another workspace of mine on this folder wrote it, and the
// newer of my records are taken from it before mine is written again, so
// that two such workspaces converge instead of overwriting each other. now
// decides when a file that cannot be decoded is called damaged (see
// SettleTime).
func (tf *TeamFolder) Merge(now time.Time) (rep SyncReport, err error) {
	paths, stamps, notFiles, err := tf.changed()
	if err != nil {
		return rep, err
	}
	rep.Attention, rep.Gone = notFiles, tf.vanished()
	if len(paths) == 0 {
		return rep, nil
	}
	if paths, err = tf.skipRefused(paths, stamps, &rep); err != nil {
		return rep, err
	}
	defer func() {
		if rerr := tf.s.rememberRefused(rep.Attention); rerr != nil && err == nil {
			err = rerr
		}
	}()
	if len(paths) == 0 {
		return rep, nil
	}
	mp, err := tf.plan(paths)
	if err != nil {
		return rep, err
	}
	undone, err := tf.s.undoneTeamFiles()
	if err != nil {
		return rep, fmt.Errorf("team folder: %w", err) // merging now could bring back an undone merge
	}
	var merged []FilePlan
	for _, fp := range mp.Files {
		if tf.sortOut(fp, stamps[filepath.Base(fp.Path)], undone, now, &rep) {
			merged = append(merged, fp)
		}
	}
	if len(merged) == 0 {
		return rep, nil
	}
	res, err := tf.s.ApplyMerges(MultiPlan{Files: merged, Team: true})
	if err != nil && !mergeDone(err) {
		return rep, err
	}
	rep.Result, rep.Backup, rep.UndoLimited = res, true, err
	for _, fp := range merged {
		name := filepath.Base(fp.Path)
		tf.seen[name] = stamps[name]
		rep.Files = append(rep.Files, name)
	}
	rep.Merged = tf.byAuthor(merged)
	return rep, nil
}

// skipRefused takes out of paths the files refused before for what they
// hold (see dropRefused), listing them in rep as handled.
func (tf *TeamFolder) skipRefused(paths []string, stamps map[string]stamp, rep *SyncReport) ([]string, error) {
	paths, refused, err := tf.s.dropRefused(paths)
	if err != nil {
		return nil, fmt.Errorf("team folder: %w", err)
	}
	for _, fi := range refused {
		tf.seen[filepath.Base(fi.Path)] = stamps[filepath.Base(fi.Path)]
	}
	rep.Attention = append(rep.Attention, refused...)
	return paths, nil
}

// plan plans the merge of the team files at paths, read without following
// links; unsigned files only when the folder accepts them, and no file
// claiming a first-version id with a new key (a person must compare the
// key's words first).
func (tf *TeamFolder) plan(paths []string) (MultiPlan, error) {
	mp, err := tf.s.planMerges(paths, openTeamFile)
	if err != nil {
		return mp, err
	}
	if tf.AcceptUnsigned {
		mp.AcceptUnsigned()
	} else {
		mp.RefuseUnsigned()
	}
	mp.RefuseClaims()
	return mp, nil
}

// changed lists the team files of the folder that changed since they were
// last handled, with their stamps by name; a file waiting to settle that
// is gone is forgotten. An entry that is not a file (a link, a folder, a
// pipe) is never opened: it is refused at once, once until it changes.
func (tf *TeamFolder) changed() ([]string, map[string]stamp, []FileIssue, error) {
	entries, err := os.ReadDir(tf.Dir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %s: %w", ErrFolderUnreachable, tf.Dir, err)
	}
	var paths []string
	var refused []FileIssue
	stamps := map[string]stamp{}
	present := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if !share.IsTeamFile(name) {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // gone since the listing
		}
		present[name] = true
		delete(tf.gone, name)
		st := stampOf(fi)
		if old, ok := tf.seen[name]; ok && old == st {
			continue
		}
		path := filepath.Join(tf.Dir, name)
		if err := notAFile(path, fi); err != nil {
			tf.seen[name] = st
			refused = append(refused, FileIssue{path, err})
			continue
		}
		stamps[name] = st
		paths = append(paths, path)
	}
	for name := range tf.waiting {
		if !present[name] {
			delete(tf.waiting, name) // gone: its complete version may come under another name
		}
	}
	for name := range tf.seen {
		if _, known := tf.gone[name]; !known && !present[name] {
			tf.gone[name] = true // to tell (vanished), once until it comes back
		}
	}
	return paths, stamps, refused, nil
}

// vanished lists the files found gone by changed that were not told yet,
// by path, sorted. They stay in seen: a file that comes back as it was is
// not read again.
func (tf *TeamFolder) vanished() []string {
	var out []string
	for name, told := range tf.gone {
		if !told {
			continue
		}
		out = append(out, filepath.Join(tf.Dir, name))
		tf.gone[name] = false
	}
	slices.Sort(out)
	return out
}

// notAFile says why an entry of the team folder, as Lstat sees it, is not
// read: a link (ErrTeamLink) or no regular file (data.ErrNotAFile).
func notAFile(path string, fi fs.FileInfo) error {
	switch {
	case isLink(fi):
		return fmt.Errorf("%s: %w", data.ShownFileName(path), ErrTeamLink)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%w: %s is a %s", data.ErrNotAFile, data.ShownFileName(path), store.FileKind(fi.Mode()))
	}
	return nil
}

// sortOut decides what becomes of a file planned in a pass, as it was when
// listed (st): merged (true), handled as it is (seen: nothing new, merged
// before and undone, or refused for a person to look at), or read again at
// the next pass (cannot be decoded yet).
func (tf *TeamFolder) sortOut(fp FilePlan, st stamp, undone map[string]bool, now time.Time, rep *SyncReport) bool {
	name := filepath.Base(fp.Path)
	switch {
	case fp.Err == nil:
		delete(tf.waiting, name)
		if bringsNew(fp.Plan) && !undone[fp.Plan.FileID] {
			return true
		}
		tf.seen[name] = st
	case errors.Is(fp.Err, fs.ErrNotExist):
		// removed between listing and reading: nothing to say
	case undecodable(fp.Err):
		tf.notYet(fp, st, now, rep)
	default:
		delete(tf.waiting, name)
		tf.seen[name] = st
		rep.Attention = append(rep.Attention, FileIssue{fp.Path, fp.Err})
	}
	return false
}

// notYet handles a file that cannot be decoded: waiting, as a file still
// being written, until it has stayed so for SettleTime, then damaged.
func (tf *TeamFolder) notYet(fp FilePlan, st stamp, now time.Time, rep *SyncReport) {
	name := filepath.Base(fp.Path)
	w, ok := tf.waiting[name]
	if !ok || w.stamp != st {
		w = waiting{stamp: st, since: now}
		tf.waiting[name] = w
	}
	if now.Sub(w.since) >= SettleTime || now.Sub(st.mtime) >= SettleTime {
		delete(tf.waiting, name)
		tf.seen[name] = st
		rep.Attention = append(rep.Attention, FileIssue{fp.Path, fp.Err})
		return
	}
	rep.Waiting = append(rep.Waiting, FileIssue{fp.Path, fp.Err})
}

// bringsNew tells whether a plan writes a record or adds a reviewer. A
// plan that would write only history (that of records older than the
// workspace's, as an older copy of a file carries) brings nothing: the
// newer file of the same author carries that history too, so merging it
// would only make a backup.
func bringsNew(p share.MergePlan) bool {
	return len(p.Writes) > 0 || len(p.ReviewersAdded) > 0
}

// undecodable is a file that is not (yet) a whole review file: cut short,
// or not JSON at all, as a file being written is.
func undecodable(err error) bool {
	return errors.Is(err, share.ErrDamaged) || errors.Is(err, share.ErrNotReviewFile)
}

// byAuthor counts the records merged, once per pledge and reviewer however
// many files carried them, under the names the workspace shows.
func (tf *TeamFolder) byAuthor(files []FilePlan) []AuthorMerged {
	keys := map[share.Key]bool{}
	count := map[string]int{}
	for _, fp := range files {
		for _, rv := range fp.Plan.Writes {
			if k := share.KeyOf(rv); !keys[k] {
				keys[k] = true
				count[rv.ReviewerID]++
			}
		}
	}
	reviewers, _ := tf.s.Reviewers()
	names := share.DisplayNames(reviewers)
	var out []AuthorMerged
	for id, n := range count {
		name := names[id]
		if name == "" {
			name = id
		}
		out = append(out, AuthorMerged{ID: id, Name: name, Reviews: n})
	}
	slices.SortFunc(out, func(a, b AuthorMerged) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return out
}

// Sync is one whole pass, as `pledgereview sync` runs it: merge what
// changed, then write my files where they differ.
func (tf *TeamFolder) Sync(now time.Time) (SyncReport, error) {
	rep, err := tf.Merge(now)
	if err != nil {
		return rep, err
	}
	rep.Wrote, err = tf.WriteMine(now)
	return rep, err
}

// MineChanged reports whether one of my files in the folder is no longer
// as it was written (removed with the folder, replaced by the sync engine),
// without reading it: a cheap check for a periodic pass.
func (tf *TeamFolder) MineChanged() bool {
	for name, w := range tf.mine {
		fi, err := os.Lstat(filepath.Join(tf.Dir, name))
		if err != nil || stampOf(fi) != w.stamp {
			return true
		}
	}
	return false
}
