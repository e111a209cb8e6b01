//go:build unix

package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A pass whose merge is done but whose note for the undo cannot be written
// (the workspace's name is so long that the note's name passes 255 bytes)
// says it merged, exits 0, and warns on stderr what an undo then costs.
func TestSyncWarnsWhenTheUndoIsLimited(t *testing.T) {
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	stem := strings.Repeat("w", 256-len(".files")-len(".bak")-len("20060102T150405.000000000")-len("-team-merge-"))
	a.env.Workspace = filepath.Join(a.dir, stem+".pledgereview")
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	b.ok("sync", team)

	code, out, errs := a.run("sync", team)
	if code != 0 || !strings.HasPrefix(out, "merged 1 review from 张伟") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if !strings.HasPrefix(errs, "warning: the merge is done, but an undo of it is not remembered") || !strings.Contains(errs, "file name too long") {
		t.Errorf("stderr %q", errs)
	}
}
