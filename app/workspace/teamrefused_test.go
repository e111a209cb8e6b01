package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// A team file refused for what it holds (here edited after it was signed)
// stays refused at the next start and under another name, and is listed;
// nothing of it is read again.
func TestTeamFolderRemembersRefusedFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, time.Now())
	path := filepath.Join(dir, share.TeamFileName(report, b.s.Me().ID))
	raw, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(raw), `"status":"behind"`, `"status":"done"`, 1)), 0o644)

	rep := a.sync(t, time.Now())
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, share.ErrForged) {
		t.Fatalf("the edited file: %+v", rep.Attention)
	}
	os.Rename(path, filepath.Join(dir, "renamed.pledgereview.json"))
	a.tf = a.s.TeamFolder(dir) // the next start
	rep = a.sync(t, time.Now())
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, ErrRefusedBefore) || rep.Changed() || len(a.byKey(t)) != 0 {
		t.Fatalf("the same content at the next start: %+v, changed %v", rep.Attention, rep.Changed())
	}
	if !strings.Contains(rep.Attention[0].Err.Error(), "renamed.pledgereview.json") || !strings.Contains(rep.Attention[0].Err.Error(), "signed") {
		t.Errorf("the refusal does not name the file and why: %v", rep.Attention[0].Err)
	}
}

// A file refused before is worded again by the reason it was refused for,
// never by words its name holds: the name is chosen by whoever wrote the
// file. Lists written by earlier versions keep no reason code; their
// reason is read from what the error said after the name.
func TestRefusedBeforeKeepsItsReason(t *testing.T) {
	name := "王芳 " + share.ErrForged.Error() + ".pledgereview.json"
	damaged := fmt.Errorf("%s: %w: cut short", data.ShownFileName(name), share.ErrDamaged)
	for _, r := range []refusedFile{
		{Name: name, Why: damaged.Error(), Reason: reasonCode(damaged)},
		{Name: name, Why: damaged.Error()}, // an earlier version's list
	} {
		err := remembered(r)
		if !errors.Is(err, share.ErrDamaged) || errors.Is(err, share.ErrForged) {
			t.Errorf("reason %q: remembered as %v, want damaged and not forged", r.Reason, err)
		}
	}
	if code := reasonCode(fmt.Errorf("%w: %w", share.ErrForged, share.ErrInvalid)); code != "forged" {
		t.Errorf("forged and invalid: code %q, want forged, as the user is told", code)
	}
}
