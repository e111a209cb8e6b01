//go:build unix

package cli

import (
	"os"
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

// A link in the team folder, named like a colleague's file, is listed as
// refused for being a link, its name escaped, in the user's language; the
// pass exits as for any refused file, and the file it points to is never
// read (the workspace file of the other desk, here).
func TestSyncListsALinkAsRefused(t *testing.T) {
	team := t.TempDir()
	b := newHarness(t)
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	if err := os.Symlink(b.env.Workspace, filepath.Join(team, "taiyuan-2021--k-\x1b[31mx.pledgereview.json")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ locale, want, summary string }{
		{"en_GB.UTF-8", `not merged: "taiyuan-2021--k-\x1b[31mx.pledgereview.json" is a link, not a file; it was not opened`, "the team folder holds a link or a folder named like a review file; nothing was read from it"},
		{"zh_CN.UTF-8", `未合并："taiyuan-2021--k-\x1b[31mx.pledgereview.json" 是一个链接，不是文件，未打开`, "团队文件夹中有一个名字像评审文件的链接或文件夹；没有从中读取任何内容"},
	} {
		t.Setenv("LC_ALL", tc.locale)
		a := newHarness(t) // a fresh desk: a desk lists the link once until it changes
		a.ok("whoami", "--name", "王芳")
		code, out, errs := a.run("sync", team)
		if code != 1 || !strings.Contains(errs, tc.want) || !strings.Contains(errs, tc.summary) || strings.Contains(out, "nothing new") {
			t.Errorf("%s: exit %d\nstdout %q\nstderr %q", tc.locale, code, out, errs)
		}
		if strings.ContainsRune(errs, 0x1b) {
			t.Errorf("%s: a control character reached the terminal: %q", tc.locale, errs)
		}
	}
}

// TestSyncSaysWhatToDoWithEachRefusal: an edited file, a link and a
// folder named like review files: the file is one to decide on with
// merge, the link and the folder two to take out of the folder (merge
// would follow the link), and the folder is named as a folder.
func TestSyncSaysWhatToDoWithEachRefusal(t *testing.T) {
	team := t.TempDir()
	b := newHarness(t)
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	signed := filepath.Join(t.TempDir(), "zhang.json")
	b.ok("export-review", "-o", signed)
	raw, err := os.ReadFile(signed)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), `"done"`, `"not_done"`, 1) // its signature no longer holds
	if err := os.WriteFile(filepath.Join(team, "taiyuan-2021--k-edited.pledgereview.json"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	a := newHarness(t)
	a.ok("whoami", "--name", "王芳")
	if err := os.Symlink(a.env.Workspace, filepath.Join(team, "taiyuan-2021--k-link.pledgereview.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(team, "taiyuan-2021--k-folder.pledgereview.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	code, out, errs := a.run("sync", team)
	for _, want := range []string{
		"1 file in the team folder needs a decision",
		"; and the team folder holds 2 links or folders named like review files",
		"not merged: taiyuan-2021--k-folder.pledgereview.json is a folder or a device, not a file; it was not opened.",
		"not merged: taiyuan-2021--k-link.pledgereview.json is a link, not a file",
		"not merged: taiyuan-2021--k-edited.pledgereview.json was changed after it was signed",
	} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, stderr lacks %q\nstdout %q\nstderr %q", code, want, out, errs)
		}
	}
}
