package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// An undone team-folder merge stays undone when the program starts again
// (a new TeamFolder, as after a restart or a new `pledgereview sync`); the
// colleague's next file is merged as usual.
func TestTeamFolderUndoneMergeStaysUndone(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	now := time.Now()
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, now)
	if rep := a.sync(t, now); !rep.Changed() || rep.UndoLimited != nil {
		t.Fatalf("张伟's file was not merged, or its undo is limited: %+v", rep)
	}
	if err := a.s.UndoLastMerge(); err != nil {
		t.Fatal(err)
	}
	if n := len(a.byKey(t)); n != 0 {
		t.Fatalf("%d reviews after the undo", n)
	}
	for range 2 {
		a.tf = a.s.TeamFolder(dir) // started again: nothing of the last run in memory
		if rep := a.sync(t, now); rep.Changed() || len(a.byKey(t)) != 0 {
			t.Fatalf("the undone file was merged again: %+v", rep)
		}
	}

	b.review(t, p2, map[string]int{"specific": 1}, data.Done)
	b.sync(t, now)
	a.tf = a.s.TeamFolder(dir)
	if rep := a.sync(t, now); !rep.Changed() || len(a.byKey(t)) != 2 {
		t.Fatalf("张伟's next file: %+v, %d reviews", rep, len(a.byKey(t)))
	}
}

// Team-folder merges keep their own last ten backups: however many there
// are, the backup of a merge by hand is still there to undo to.
func TestTeamFolderBackupsKeepManualOnes(t *testing.T) {
	dir := t.TempDir()
	a, b, c := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir), newColleague(t, "李雷")
	c.review(t, p3, map[string]int{"specific": 2}, data.Done)
	manual := c.export(t)
	if mp, err := a.s.PlanMerges([]string{manual}); err != nil || len(mp.Refused()) > 0 {
		t.Fatalf("plan %v %+v", err, mp.Refused())
	} else if _, err := a.s.ApplyMerges(mp); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for i := range KeptBackups + 3 {
		b.review(t, p1, map[string]int{"specific": i % 5}, data.Behind)
		b.sync(t, now)
		if rep := a.sync(t, now); !rep.Changed() {
			t.Fatalf("pass %d merged nothing", i)
		}
	}
	manualBackups, _ := a.s.backupsOf(mergeBackup)
	teamBackups, _ := a.s.backupsOf(teamMergeBackup)
	if len(manualBackups) != 1 || len(teamBackups) != KeptBackups {
		t.Fatalf("%d backups of merges by hand, %d of team merges; want 1 and %d", len(manualBackups), len(teamBackups), KeptBackups)
	}
	for _, bk := range teamBackups {
		if _, err := os.Stat(bk + ".files"); err != nil {
			t.Errorf("%s: no list of the files merged: %v", filepath.Base(bk), err)
		}
	}
	all, _ := a.s.backups()
	if all[0] != manualBackups[0] || all[len(all)-1] != teamBackups[len(teamBackups)-1] {
		t.Errorf("backups not in the order taken: %v", all)
	}
}

// An unsigned file in the team folder waits for a decision unless the
// folder accepts unsigned files.
func TestTeamFolderUnsignedNeedsConsent(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	bob := newColleague(t, "李雷")
	bob.review(t, p1, map[string]int{"specific": 3}, data.Done)
	unsigned := filepath.Join(dir, "taiyuan-2021--r-0123456789abcdef.pledgereview.json")
	writeUnsigned(t, bob, unsigned)
	rep := a.sync(t, time.Now())
	if rep.Changed() || len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, ErrUnsigned) {
		t.Fatalf("an unsigned file without consent: %+v", rep)
	}
	a.tf = a.s.TeamFolder(dir)
	a.tf.AcceptUnsigned = true
	if rep := a.sync(t, time.Now()); !rep.Changed() || len(a.byKey(t)) != 1 {
		t.Fatalf("an unsigned file accepted: %+v", rep)
	}
}

// writeUnsigned writes c's reviews as the first version did: under an id
// not derived from a key, with no signature.
func writeUnsigned(t *testing.T, c *colleague, path string) {
	t.Helper()
	f, err := c.s.ExportReviewFile(report, false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	old := data.Reviewer{ID: "r-0123456789abcdef", Name: "老版本"}
	f.Reviewers, f.Exporter, f.History = []data.Reviewer{old}, old, nil
	for i := range f.Reviews {
		f.Reviews[i].ReviewerID, f.Reviews[i].Updated.Node = old.ID, old.ID
	}
	raw, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
