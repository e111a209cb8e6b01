package workspace

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
)

// An undo of a team-folder merge whose list of undone files cannot be read
// is done all the same, and says what that costs: the list does not hold
// it, so at a next start the team folder merges those files again. While
// the list cannot be read a starting folder merges nothing, rather than
// bring back the undone merge unasked.
func TestTeamUndoWhoseUndoneListIsUnreadable(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	b := joinFolder(t, "张伟", dir)
	now := time.Now()
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, now)
	if rep := a.sync(t, now); !rep.Changed() || len(a.byKey(t)) != 1 {
		t.Fatalf("the merge did not happen: %+v", rep)
	}

	// a folder where the list belongs: it can be neither read nor written,
	// whoever runs the test (file permissions do not stop root)
	list := a.s.undonePath()
	if err := os.MkdirAll(list, 0o700); err != nil {
		t.Fatal(err)
	}
	err := a.s.UndoLastMerge()
	if !errors.Is(err, ErrUndoMayRemerge) || !strings.Contains(err.Error(), "is a directory") {
		t.Fatalf("the undo does not say it may be merged again, and why: %v", err)
	}
	if n := len(a.byKey(t)); n != 0 {
		t.Fatalf("the merge is not undone: %d reviews", n)
	}
	if rep := a.sync(t, now); rep.Changed() || len(a.byKey(t)) != 0 {
		t.Fatalf("the undone merge came back while the program runs: %+v", rep)
	}
	a.tf = a.s.TeamFolder(dir) // a start while the list still cannot be read
	if _, err := a.tf.Sync(now); err == nil || !strings.Contains(err.Error(), "undone team files") {
		t.Fatalf("the folder merged without reading the undone list: %v", err)
	}
	if n := len(a.byKey(t)); n != 0 {
		t.Fatalf("the undone merge came back: %d reviews", n)
	}

	if err := os.Remove(list); err != nil {
		t.Fatal(err)
	}
	a.tf = a.s.TeamFolder(dir) // the next start
	if rep := a.sync(t, now); !rep.Changed() || len(a.byKey(t)) != 1 {
		t.Fatalf("at the next start the folder did not merge the undone file again, as the undo said: %+v", rep)
	}
}
