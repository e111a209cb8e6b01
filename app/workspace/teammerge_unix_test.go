//go:build unix

package workspace

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
)

// A team-folder merge whose note of the files merged cannot be written
// beside its backup is done all the same, and says what that costs: the
// merge can be undone, and the undo holds while the program runs, but the
// report tells that at the next start the folder merges those files again
// — which it then does. Here the note cannot be written because its name
// is one byte longer than a file name may be (255 bytes), while the
// backup's and the undo mark's names still fit.
func TestTeamMergeWhoseNoteIsNotWritten(t *testing.T) {
	dir := t.TempDir()
	stemLen := 255 + 1 - len(".files") - len(".bak") - len(backupStamp) - len(teamMergeBackup)
	home := t.TempDir()
	s, err := Open(filepath.Join(home, strings.Repeat("w", stemLen)+".pledgereview"), filepath.Join(home, "config"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.SetName("王芳"); err != nil {
		t.Fatal(err)
	}
	a := onFolder{&colleague{name: "王芳", s: s, dir: home}, s.TeamFolder(dir)}
	b := joinFolder(t, "张伟", dir)
	now := time.Now()
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, now)

	rep, err := a.tf.Sync(now)
	if err != nil || !rep.Changed() || len(a.byKey(t)) != 1 {
		t.Fatalf("the merge did not happen: %+v, %v, %d reviews", rep, err, len(a.byKey(t)))
	}
	if !errors.Is(rep.UndoLimited, ErrUndoMayRemerge) || !strings.Contains(rep.UndoLimited.Error(), "file name too long") {
		t.Fatalf("the report does not say that an undo is forgotten at the next start, and why: %v", rep.UndoLimited)
	}

	if err := a.s.UndoLastMerge(); !errors.Is(err, ErrUndoMayRemerge) {
		t.Fatalf("the undo does not say again that it is forgotten at the next start: %v", err)
	}
	if rep := a.sync(t, now); rep.Changed() || len(a.byKey(t)) != 0 {
		t.Fatalf("the undone merge came back while the program runs: %+v", rep)
	}
	a.tf = a.s.TeamFolder(dir) // the next start
	if rep := a.sync(t, now); !rep.Changed() || rep.UndoLimited == nil {
		t.Fatalf("at the next start the folder did not merge the undone file again, as the report said: %+v", rep)
	}
}
