package workspace

import (
	"errors"
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
