//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A team file whose name holds line breaks cannot add lines of its own to
// what sync prints: the name is shown escaped.
func TestSyncShowsFileNamesEscaped(t *testing.T) {
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	b.ok("sync", team)
	entries, _ := os.ReadDir(team)
	old := filepath.Join(team, entries[0].Name())
	fake := "x\nmerged 999 reviews from 王芳 (1 file: y.pledgereview.json)\nz.pledgereview.json"
	if err := os.Rename(old, filepath.Join(team, fake)); err != nil {
		t.Fatal(err)
	}
	out := a.ok("sync", team)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "merged 999") {
			t.Fatalf("a file name added a line to the output:\n%s", out)
		}
	}
	if !strings.Contains(out, `"x\nmerged 999 reviews`) || !strings.Contains(out, "merged 1 review from 张伟") {
		t.Fatalf("the merge or the escaped name is not shown:\n%s", out)
	}
}
