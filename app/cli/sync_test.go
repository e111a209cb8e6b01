package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSyncTwoDesksConverge(t *testing.T) {
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟")

	if out := a.ok("sync", team); !strings.Contains(out, "nothing new in "+team) {
		t.Fatalf("a first pass with nothing reviewed printed %q", out)
	}
	a.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=0", "--status", "done")
	b.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--status", "behind")
	b.ok("review", "taiyuan-2021/01.01.01", "--flag")
	b.ok("review", "taiyuan-2021/01.02.00", "--status", "in_progress")

	out := a.ok("sync", team)
	if !strings.HasPrefix(out, "wrote taiyuan-2021--k-") || !strings.Contains(out, "(1 review)") || strings.Contains(out, "merged") {
		t.Fatalf("王芳's pass printed %q", out)
	}
	out = b.ok("sync", team)
	if !strings.Contains(out, "(3 reviews)") || !strings.Contains(out, "merged 1 review from 王芳 (1 file: taiyuan-2021--k-") ||
		!strings.Contains(out, "backup in ") {
		t.Fatalf("张伟's pass printed %q", out)
	}
	out = a.ok("sync", team)
	if !strings.HasPrefix(out, "merged 3 reviews from 张伟 (1 file") || strings.Contains(out, "wrote") {
		t.Fatalf("王芳's second pass printed %q", out)
	}
	for _, h := range []*harness{a, b} {
		if out := h.ok("agreement"); !strings.Contains(out, "disputed pledges: 1") {
			t.Errorf("the desks did not converge: %q", out)
		}
		if out := h.ok("sync", team); !strings.Contains(out, "nothing new") {
			t.Errorf("a quiet pass printed %q", out)
		}
	}
	entries, _ := os.ReadDir(team)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d files, want one per reviewer", len(entries))
	}
}

func TestSyncTellsWhatItCannotMerge(t *testing.T) {
	team := t.TempDir()
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟\x1b[31m")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	b.ok("sync", team)
	entries, _ := os.ReadDir(team)
	whole, _ := os.ReadFile(filepath.Join(team, entries[0].Name()))

	// A file still arriving is waited for, not refused; one cut short long
	// ago is damaged and needs a decision.
	arriving := filepath.Join(team, "x (1).pledgereview.json")
	os.WriteFile(arriving, whole[:len(whole)/2], 0o644)
	old := filepath.Join(team, "y.pledgereview.json")
	os.WriteFile(old, whole[:len(whole)/3], 0o644)
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(old, hourAgo, hourAgo)

	code, out, errs := a.run("sync", team)
	if code != 1 || !strings.Contains(out, "merged 1 review from 张伟") ||
		!strings.Contains(out, "waiting for x (1).pledgereview.json: it cannot be read yet") ||
		!strings.Contains(errs, "not merged: y.pledgereview.json is damaged or was edited by hand") ||
		!strings.Contains(errs, "1 file in the team folder needs a decision") {
		t.Fatalf("exit %d\nstdout %q\nstderr %q", code, out, errs)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("a control character reached the terminal: %q", out)
	}

	if code, _, errs := a.run("sync", filepath.Join(team, "gone")); code != 1 || !strings.Contains(errs, "the team folder cannot be reached") {
		t.Errorf("a missing folder: exit %d, %q", code, errs)
	}
}
