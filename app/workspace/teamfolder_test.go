package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

const report = "taiyuan-2021"

// onFolder is a colleague's workspace joined to a team folder.
type onFolder struct {
	*colleague
	tf *TeamFolder
}

func joinFolder(t *testing.T, name, dir string) onFolder {
	c := newColleague(t, name)
	return onFolder{c, c.s.TeamFolder(dir)}
}

func (c onFolder) sync(t *testing.T, now time.Time) SyncReport {
	t.Helper()
	rep, err := c.tf.Sync(now)
	if err != nil {
		t.Fatalf("%s: sync: %v", c.name, err)
	}
	return rep
}

// byKey returns the workspace's reviews by pledge and reviewer.
func (c onFolder) byKey(t *testing.T) map[share.Key]data.Review {
	out := map[share.Key]data.Review{}
	for _, rv := range c.reviews(t) {
		out[share.KeyOf(rv)] = rv
	}
	return out
}

func sameReviews(t *testing.T, a, b onFolder) {
	t.Helper()
	ka, kb := a.byKey(t), b.byKey(t)
	if len(ka) != len(kb) {
		t.Fatalf("%s holds %d reviews, %s %d", a.name, len(ka), b.name, len(kb))
	}
	for k, ra := range ka {
		if rb, ok := kb[k]; !ok || rb.Updated != ra.Updated || rb.Status != ra.Status {
			t.Errorf("%v: %s has %+v, %s %+v", k, a.name, ra, b.name, rb)
		}
	}
}

func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestTeamFolderTwoDesksConverge(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	now := time.Now()

	// Nothing reviewed yet: nobody writes a file.
	if rep := a.sync(t, now); len(rep.Wrote) != 0 || rep.Changed() {
		t.Fatalf("an empty workspace wrote or merged: %+v", rep)
	}
	a.review(t, p1, map[string]int{"specific": 1}, data.Done)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.review(t, p2, map[string]int{"specific": 2}, data.InProgress)
	b.review(t, p3, map[string]int{"specific": 3}, data.Done)

	repA := a.sync(t, now)
	if len(repA.Wrote) != 1 || repA.Wrote[0].Path != filepath.Join(dir, share.TeamFileName(report, a.s.Me().ID)) || repA.Changed() {
		t.Fatalf("王芳's first pass: %+v", repA)
	}
	repB := b.sync(t, now)
	if len(repB.Wrote) != 1 || !repB.Changed() || !repB.Backup {
		t.Fatalf("张伟's pass wrote nothing or merged nothing: %+v", repB)
	}
	if want := []AuthorMerged{{ID: a.s.Me().ID, Name: "王芳", Reviews: 1}}; !slices.Equal(repB.Merged, want) {
		t.Errorf("张伟 merged %+v, want %+v", repB.Merged, want)
	}
	repA = a.sync(t, now)
	if want := []AuthorMerged{{ID: b.s.Me().ID, Name: "张伟", Reviews: 3}}; !slices.Equal(repA.Merged, want) {
		t.Errorf("王芳 merged %+v, want %+v (\"3 reviews from 张伟\")", repA.Merged, want)
	}
	if len(repA.Wrote) != 0 {
		t.Errorf("王芳 wrote her unchanged file again: %+v", repA.Wrote)
	}
	sameReviews(t, a, b)
	if len(a.byKey(t)) != 4 {
		t.Errorf("the desks hold %d reviews, want 4", len(a.byKey(t)))
	}
	if !a.s.CanUndoMerge() {
		t.Error("the team folder's merge left no backup to undo")
	}

	// A pass with nothing new writes nothing, reads nothing, backs up nothing.
	for _, c := range []onFolder{a, b} {
		if rep := c.sync(t, now); len(rep.Wrote) != 0 || rep.Changed() || len(rep.Attention) != 0 {
			t.Errorf("%s: a quiet pass did something: %+v", c.name, rep)
		}
	}
	names := folderNames(t, dir)
	want := []string{share.TeamFileName(report, a.s.Me().ID), share.TeamFileName(report, b.s.Me().ID)}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("the folder holds %q, want one file per reviewer %q", names, want)
	}

	// A later edit travels and wins by its clock; undo takes the merge back.
	b.review(t, p1, map[string]int{"specific": 2}, data.Done)
	b.sync(t, now)
	if rep := a.sync(t, now); len(rep.Merged) != 1 || rep.Merged[0].Reviews != 1 {
		t.Fatalf("王芳 did not merge 张伟's new edit: %+v", rep)
	}
	sameReviews(t, a, b)
	if err := a.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if got := a.byKey(t)[share.Key{Pledge: p1, Reviewer: b.s.Me().ID}]; got.Status != data.Behind {
		t.Errorf("after undo 张伟's p1 is %q, want the status before the merge (behind)", got.Status)
	}
	if rep := a.sync(t, now); rep.Changed() {
		t.Errorf("the next pass merged the undone file again: %+v", rep)
	}
}

func TestTeamFolderNeverTouchesColleaguesFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, time.Now())
	theirs := filepath.Join(dir, share.TeamFileName(report, b.s.Me().ID))
	before, _ := os.ReadFile(theirs)
	fiBefore, _ := os.Stat(theirs)
	a.review(t, p2, map[string]int{"specific": 1}, data.Done)
	a.sync(t, time.Now())
	a.review(t, p2, map[string]int{"specific": 2}, data.Done)
	a.sync(t, time.Now())
	after, _ := os.ReadFile(theirs)
	fiAfter, _ := os.Stat(theirs)
	if string(before) != string(after) || !fiBefore.ModTime().Equal(fiAfter.ModTime()) {
		t.Error("王芳's passes changed 张伟's file")
	}
}

func TestTeamFolderConflictCopies(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	now := time.Now()
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.review(t, p2, map[string]int{"specific": 1}, data.Done)
	b.sync(t, now)
	theirs := filepath.Join(dir, share.TeamFileName(report, b.s.Me().ID))
	old, _ := os.ReadFile(theirs)
	b.review(t, p1, map[string]int{"specific": 2}, data.Done) // the newer edit
	b.review(t, p3, map[string]int{"specific": 3}, data.Done)
	b.sync(t, now)
	newer, _ := os.ReadFile(theirs)

	// The sync engine kept the newer file under a conflict name and put the
	// older one back under the real name; another copy holds the newer one
	// again. Every one is read as 张伟's; the clock decides.
	base := share.TeamFileName(report, b.s.Me().ID)
	stem := base[:len(base)-len(".pledgereview.json")]
	os.WriteFile(theirs, old, 0o644)
	os.WriteFile(filepath.Join(dir, stem+".pledgereview.sync-conflict-20250101-101010-ABCDEFG.json"), newer, 0o644)
	os.WriteFile(filepath.Join(dir, stem+" (1).pledgereview.json"), newer, 0o644)
	os.WriteFile(filepath.Join(dir, stem+" (conflicted copy 2025-01-01 101010).pledgereview.json"), old, 0o644)

	rep := a.sync(t, now)
	if len(rep.Attention) != 0 || len(rep.Waiting) != 0 {
		t.Fatalf("conflict copies were refused: %+v", rep)
	}
	if want := []AuthorMerged{{ID: b.s.Me().ID, Name: "张伟", Reviews: 3}}; !slices.Equal(rep.Merged, want) {
		t.Errorf("merged %+v, want %+v (each review counted once)", rep.Merged, want)
	}
	sameReviews(t, a, b)
	if got := a.byKey(t)[share.Key{Pledge: p1, Reviewer: b.s.Me().ID}]; got.Status != data.Done {
		t.Errorf("p1 of 张伟 is %q: the older copy won over the newer one", got.Status)
	}
}

func TestTeamFolderHalfWrittenFile(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	b := joinFolder(t, "张伟", t.TempDir()) // writes elsewhere; the test copies in
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	now := time.Now()
	b.sync(t, now)
	whole, _ := os.ReadFile(b.tf.MyPath(report))
	theirs := filepath.Join(dir, filepath.Base(b.tf.MyPath(report)))

	// The sync engine has written half the file so far.
	os.WriteFile(theirs, whole[:len(whole)/2], 0o644)
	rep := a.sync(t, now)
	if len(rep.Waiting) != 1 || len(rep.Attention) != 0 || rep.Changed() {
		t.Fatalf("a half-written file: %+v, want it waiting, not refused", rep)
	}
	if !errors.Is(rep.Waiting[0].Err, share.ErrDamaged) {
		t.Errorf("waiting for %v", rep.Waiting[0].Err)
	}
	// It is read again on the next pass, and merged once whole.
	os.WriteFile(theirs, whole, 0o644)
	rep = a.sync(t, now)
	if len(rep.Waiting) != 0 || len(rep.Merged) != 1 {
		t.Fatalf("the whole file: %+v", rep)
	}

	// A file that stays cut short is called damaged once it has not changed
	// for SettleTime, and told once.
	cut := filepath.Join(dir, "other.pledgereview.json")
	os.WriteFile(cut, whole[:100], 0o644)
	os.Chtimes(cut, now, now)
	if rep := a.sync(t, now); len(rep.Waiting) != 1 {
		t.Fatalf("cut file at first: %+v", rep)
	}
	later := now.Add(SettleTime + time.Second)
	rep = a.sync(t, later)
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, share.ErrDamaged) || len(rep.Waiting) != 0 {
		t.Fatalf("cut file after SettleTime: %+v, want it damaged", rep)
	}
	if rep := a.sync(t, later.Add(time.Minute)); len(rep.Attention) != 0 || len(rep.Waiting) != 0 {
		t.Errorf("the damaged file was told again: %+v", rep)
	}
}

// TestTeamFolderFileForAnotherReport: a colleague's file for a report this
// workspace holds in no form (another text under another id) is refused.
func TestTeamFolderFileForAnotherReport(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	other := importCorpus(t, b.colleague, filepath.Join(datatest.CorpusDir(t), "provinces-2025", "2025年广东省政府工作报告.docx"))
	b.review(t, other.Pledges()[0].ID, map[string]int{"specific": 4}, data.Behind)
	f, err := b.s.ExportReviewFile(other.ID, false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := share.Encode(f, b.s.key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, share.TeamFileName(f.ReportID, b.s.Me().ID))
	os.WriteFile(path, raw, 0o644)
	os.Chtimes(path, time.Now().Add(-time.Hour), time.Now().Add(-time.Hour))

	before := a.byKey(t)
	rep := a.sync(t, time.Now())
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, share.ErrWrongReport) || rep.Changed() {
		t.Fatalf("a file for another report: %+v", rep)
	}
	if len(a.byKey(t)) != len(before) {
		t.Error("the refused file changed the workspace")
	}
	if rep := a.sync(t, time.Now()); len(rep.Attention) != 0 {
		t.Errorf("the same refused file was told again: %+v", rep)
	}
}

func TestTeamFolderRemovedAndRecreated(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "team")
	os.Mkdir(dir, 0o755)
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	a.review(t, p1, map[string]int{"specific": 1}, data.Done)
	b.review(t, p2, map[string]int{"specific": 2}, data.Done)
	now := time.Now()
	a.sync(t, now)
	b.sync(t, now)

	// The share drops: a pass says so, and the workspace is untouched.
	os.RemoveAll(dir)
	a.review(t, p3, map[string]int{"specific": 3}, data.Done)
	before := a.byKey(t)
	_, err := a.tf.Sync(now)
	if !errors.Is(err, ErrFolderUnreachable) {
		t.Fatalf("sync on a removed folder: %v, want ErrFolderUnreachable", err)
	}
	if len(a.byKey(t)) != len(before) {
		t.Error("the failed pass changed the workspace")
	}
	if !a.tf.MineChanged() {
		t.Error("MineChanged does not see that my file went with the folder")
	}

	// It comes back empty: my file is written again, with the edit made
	// meanwhile, and 张伟's, when it is back, merged.
	os.Mkdir(dir, 0o755)
	rep := a.sync(t, now)
	if len(rep.Wrote) != 1 || rep.Wrote[0].Reviews != 2 {
		t.Fatalf("after the folder came back: %+v", rep)
	}
	b.sync(t, now)
	a.sync(t, now)
	sameReviews(t, a, b)
}

func TestTeamFolderMyOwnFileEchoed(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	a.review(t, p1, map[string]int{"specific": 1}, data.Done)
	now := time.Now()
	a.sync(t, now)
	mine := a.tf.MyPath(report)
	raw, _ := os.ReadFile(mine)

	// The sync engine writes my file back, same content, new time: it is
	// neither merged nor written again.
	later := now.Add(time.Hour)
	os.WriteFile(mine, raw, 0o644)
	os.Chtimes(mine, later, later)
	if !a.tf.MineChanged() {
		t.Fatal("MineChanged missed the echo")
	}
	rep := a.sync(t, later)
	if len(rep.Wrote) != 0 || rep.Changed() || len(rep.Attention) != 0 {
		t.Errorf("my echoed file caused %+v", rep)
	}
	if a.tf.MineChanged() {
		t.Error("the echo is not remembered: every pass would read it again")
	}
	// A rename of my name is a real change: written once.
	if err := a.s.SetName("王芳（市人大）"); err != nil {
		t.Fatal(err)
	}
	if rep := a.sync(t, later); len(rep.Wrote) != 1 {
		t.Errorf("a new name was not written: %+v", rep)
	}
	if rep := a.sync(t, later); len(rep.Wrote) != 0 {
		t.Errorf("written twice: %+v", rep)
	}
}

func TestTeamFolderTwoWorkspacesOfOneReviewerConverge(t *testing.T) {
	// One reviewer, two workspaces (the same identity), one folder: they
	// write the same file. Each takes the other's newer records of mine
	// before writing, so they converge and then stop writing.
	dir := t.TempDir()
	config := filepath.Join(t.TempDir(), "config")
	open := func(name string) onFolder {
		s, err := Open(filepath.Join(t.TempDir(), "ws.pledgereview"), config)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		c := &colleague{name: name, s: s, dir: t.TempDir()}
		return onFolder{c, s.TeamFolder(dir)}
	}
	office, laptop := open("office"), open("laptop")
	now := time.Now()
	office.review(t, p1, map[string]int{"specific": 1}, data.Done)
	office.sync(t, now)
	laptop.review(t, p2, map[string]int{"specific": 2}, data.Behind)
	if rep := laptop.sync(t, now); len(rep.Merged) != 1 || len(rep.Wrote) != 1 {
		t.Fatalf("the laptop did not take the office's record before writing: %+v", rep)
	}
	office.review(t, p1, map[string]int{"specific": 3}, data.Done)
	for range 3 {
		office.sync(t, now)
		laptop.sync(t, now)
	}
	sameReviews(t, office, laptop)
	if n := len(office.byKey(t)); n != 2 {
		t.Errorf("%d reviews, want 2", n)
	}
	for _, c := range []onFolder{office, laptop} {
		if rep := c.sync(t, now); len(rep.Wrote) != 0 || rep.Changed() {
			t.Errorf("%s keeps writing or merging: %+v", c.name, rep)
		}
	}
}

func TestTeamFolderOlderCopiesMakeNoBackup(t *testing.T) {
	// A fresh pass (a new process, as `pledgereview sync` is) that finds
	// only files older than the workspace merges nothing and backs up nothing.
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	now := time.Now()
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, now)
	a.sync(t, now)
	b.review(t, p1, map[string]int{"specific": 2}, data.Done) // my file on disk is now older
	for _, c := range []onFolder{a, b} {
		c.tf = c.s.TeamFolder(dir)
		rep := c.sync(t, now)
		if rep.Changed() {
			t.Errorf("%s: a fresh pass over older files merged %+v", c.name, rep)
		}
	}
	if backups, _ := b.s.backups(); len(backups) != 0 {
		t.Errorf("张伟 has %d backups, want none", len(backups))
	}
}

// A file handled before that is taken out of the folder is told gone, once:
// a folder named like a team file, refused, then removed.
func TestTeamFolderTellsAFileGoneOnce(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	path := filepath.Join(dir, share.TeamFileName(report, "k-folder"))
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	rep := a.sync(t, time.Now())
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, data.ErrNotAFile) || len(rep.Gone) != 0 {
		t.Fatalf("a folder named like a team file: %+v", rep)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if rep := a.sync(t, time.Now()); !slices.Equal(rep.Gone, []string{path}) || len(rep.Attention) != 0 {
		t.Errorf("after the folder was taken out: %+v, want it gone", rep)
	}
	if rep := a.sync(t, time.Now()); len(rep.Gone) != 0 {
		t.Errorf("the folder was told gone again: %+v", rep)
	}
}
