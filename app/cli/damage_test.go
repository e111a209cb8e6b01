//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDamagedWorkspaceOffersTheBackup: a workspace cut short (a half-copied
// file) is a one-line message naming the newest backup and the command that
// restores it; restore-backup keeps the damaged file and puts the backup back.
func TestDamagedWorkspaceOffersTheBackup(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "推进中", "--note", "需要核实进度")
	h.ok("list") // an open of the existing workspace takes the daily backup
	backups, _ := filepath.Glob(filepath.Join(h.dir, "backups", "ws-daily-*.bak"))
	if len(backups) != 1 {
		t.Fatalf("daily backups: %v, want one", backups)
	}
	h.ok("list") // not a second one the same day
	if again, _ := filepath.Glob(filepath.Join(h.dir, "backups", "ws-daily-*.bak")); len(again) != 1 {
		t.Fatalf("daily backups after a second open: %v", again)
	}

	raw, _ := os.ReadFile(h.env.Workspace)
	cut := raw[:len(raw)/2+100]
	if err := os.WriteFile(h.env.Workspace, cut, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := h.run("list")
	if code != 1 || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Fatalf("list of a damaged workspace: exit %d, %q; want exit 1 and one line", code, errs)
	}
	for _, want := range []string{"is damaged", "cut short", backups[0], "restore-backup", "nothing was changed"} {
		if !strings.Contains(errs, want) {
			t.Fatalf("message %q lacks %q", errs, want)
		}
	}
	if after, _ := os.ReadFile(h.env.Workspace); string(after) != string(cut) {
		t.Fatal("opening the damaged workspace changed it")
	}

	out := h.ok("restore-backup")
	if !strings.Contains(out, "restored") || !strings.Contains(out, "kept as") {
		t.Fatalf("restore-backup said %q", out)
	}
	kept, _ := filepath.Glob(filepath.Join(h.dir, "backups", "ws-damaged-*.pledgereview"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file was not kept: %v", kept)
	}
	if got, _ := os.ReadFile(kept[0]); string(got) != string(cut) {
		t.Fatal("the kept file is not the damaged one")
	}
	if out := h.ok("list", "--json", "--reviewed", "yes"); !strings.Contains(out, "需要核实进度") {
		t.Fatalf("the restored workspace lacks the review: %s", out)
	}
}

func TestEmptyWorkspaceIsNotSeeded(t *testing.T) {
	h := newHarness(t)
	if err := os.WriteFile(h.env.Workspace, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	h.fails(1, "is empty (0 bytes)", "list")
	h.fails(1, "no backup of it was found", "review", "taiyuan-2021/01.01.00", "--note", "x")
	if fi, _ := os.Stat(h.env.Workspace); fi.Size() != 0 {
		t.Fatalf("the empty workspace was written: %d bytes", fi.Size())
	}
}

// readOnlyCommands checks that list, brief and export work on a read-only
// workspace and that a review says why it cannot be saved.
func readOnlyCommands(t *testing.T, h *harness) {
	t.Helper()
	before, _ := os.ReadFile(h.env.Workspace)
	if out := h.ok("list", "--reviewed", "yes"); !strings.Contains(out, "taiyuan-2021/01.01.00") {
		t.Fatalf("list of a read-only workspace: %q", out)
	}
	h.ok("brief", "-o", filepath.Join(h.dir, "out", "pack.pdf"))
	h.ok("export-table", "-o", filepath.Join(h.dir, "out", "t.csv"))
	h.ok("export-review", "-o", filepath.Join(h.dir, "out", "mine.json"))
	h.fails(1, "read-only", "review", "taiyuan-2021/01.01.00", "--note", "typed later")
	if after, _ := os.ReadFile(h.env.Workspace); string(after) != string(before) {
		t.Fatal("the read-only workspace was written")
	}
}

func readOnlyHarness(t *testing.T) *harness {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "推进中", "--note", "需要核实进度")
	os.Mkdir(filepath.Join(h.dir, "out"), 0o755)
	return h
}

func TestReadOnlyWhenAsked(t *testing.T) {
	h := readOnlyHarness(t)
	h.env.ReadOnly = true
	readOnlyCommands(t, h)
}

// A file without write permission opens read-only, for root too.
func TestReadOnlyFile(t *testing.T) {
	h := readOnlyHarness(t)
	if err := os.Chmod(h.env.Workspace, 0o444); err != nil {
		t.Fatal(err)
	}
	readOnlyCommands(t, h)
}

// A workspace in a folder that cannot be written (no daily backup can be
// made there) still opens and lists.
func TestWorkspaceInReadOnlyFolder(t *testing.T) {
	h := readOnlyHarness(t)
	if err := os.Chmod(h.dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(h.dir, 0o755) })
	if out := h.ok("list", "--reviewed", "yes"); !strings.Contains(out, "taiyuan-2021/01.01.00") {
		t.Fatalf("list in a read-only folder: %q", out)
	}
}

func TestMergeOfAPipeAndOfAFolder(t *testing.T) {
	h := newHarness(t)
	h.ok("list")
	fifo := filepath.Join(h.dir, "review.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, dry := range []bool{true, false} {
			args := []string{"merge", fifo}
			if dry {
				args = []string{"merge", "--dry-run", fifo}
			}
			code, _, errs := h.run(args...)
			if code != 1 || !strings.Contains(errs, "refused: review.json is a folder or a device, not a file") {
				t.Errorf("%v: exit %d, %q; want the pipe refused as not a file", args, code, errs)
			}
		}
		if code, _, errs := h.run("merge", h.dir); code != 1 || !strings.Contains(errs, "refused: "+filepath.Base(h.dir)+" is a folder or a device, not a file") {
			t.Errorf("merge of a folder: exit %d, %q", code, errs)
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("merge of a named pipe did not return")
	}
}

// TestImportOfAPipeOrAMissingFile: a named pipe given as a report is
// refused at once (reading it would wait forever); a missing file says so.
func TestImportOfAPipeOrAMissingFile(t *testing.T) {
	h := newHarness(t)
	fifo := filepath.Join(h.dir, "report.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, cmd := range []string{"parse", "import-report"} {
			if code, _, errs := h.run(cmd, fifo); code != 1 || !strings.Contains(errs, "not a regular file") {
				t.Errorf("%s of a pipe: exit %d, %q", cmd, code, errs)
			}
		}
		if code, _, errs := h.run("parse", filepath.Join(h.dir, "missing.docx")); code != 1 || !strings.Contains(errs, "file does not exist") {
			t.Errorf("parse of a missing file: exit %d, %q", code, errs)
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("reading a named pipe as a report did not return")
	}
}

// TestDryRunFailsWhereTheMergeFails: a file the real merge refuses (here a
// record changed after it was signed) fails the dry run too, with the same
// words, and neither changes the workspace.
func TestDryRunFailsWhereTheMergeFails(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	h.ok("review", "taiyuan-2021/01.01.00", "--note", "原来的意见")
	h.ok("export-review", "-o", filepath.Join(h.dir, "mine.json"))
	raw, err := os.ReadFile(filepath.Join(h.dir, "mine.json"))
	if err != nil {
		t.Fatal(err)
	}
	forged := strings.Replace(string(raw), "原来的意见", "改过的意见", 1)
	if forged == string(raw) {
		t.Fatal("the exported file does not carry the note")
	}
	bad := filepath.Join(h.dir, "forged.json")
	os.WriteFile(bad, []byte(forged), 0o644)
	before, _ := os.ReadFile(h.env.Workspace)
	var said []string
	for _, args := range [][]string{{"merge", "--dry-run", bad}, {"merge", bad}} {
		code, _, errs := h.run(args...)
		if code != 1 || !strings.Contains(errs, "refused") {
			t.Fatalf("%v: exit %d, %q; want the file refused", args, code, errs)
		}
		said = append(said, errs)
	}
	if said[0] != said[1] {
		t.Fatalf("the dry run said %q, the merge %q", said[0], said[1])
	}
	if after, _ := os.ReadFile(h.env.Workspace); string(after) != string(before) {
		t.Fatal("a refused merge changed the workspace")
	}
}

func TestExportThroughALinkSaysWhere(t *testing.T) {
	h := newHarness(t)
	target := filepath.Join(h.dir, "shared.csv")
	os.WriteFile(target, []byte("old"), 0o600)
	link := filepath.Join(h.dir, "desk.csv")
	os.Symlink(target, link)
	if out := h.ok("export-table", "-o", link); !strings.Contains(out, "through the link to "+target) {
		t.Fatalf("export-table through a link said %q", out)
	}
	h.fails(1, "named pipe", "export-table", "-o", mkfifo(t, h.dir, "p.csv"))
	h.fails(1, "device", "brief", "-o", "/dev/null")
}

func mkfifo(t *testing.T, dir, name string) string {
	p := filepath.Join(dir, name)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
