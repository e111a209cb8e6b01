//go:build !windows

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestExportsRefuseOwnFiles: export-review, brief and export-table never
// write over the workspace, its backups or the identity, named directly or
// through a link; the file is left as it was and the user told why (issue
// 20, item 8: `export-review -o <workspace>` and `brief -o x.pdf` with
// x.pdf a link to the workspace or identity.key destroyed them).
func TestExportsRefuseOwnFiles(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "张伟") // creates the workspace and the identity
	backups := filepath.Join(h.dir, "backups")
	if err := os.MkdirAll(backups, 0o755); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(backups, "ws-daily-2026-12-01.pledgereview")
	if err := os.WriteFile(backup, []byte("a backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(h.env.ConfigDir, "identity.key")
	link := func(name, to string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.Symlink(to, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hard := filepath.Join(h.dir, "key-copy.pdf")
	if err := os.Link(key, hard); err != nil {
		t.Fatal(err)
	}
	targets := map[string]struct{ path, guarded string }{
		"the workspace":                   {h.env.Workspace, h.env.Workspace},
		"a link to the workspace":         {link("x.pdf", h.env.Workspace), h.env.Workspace},
		"a link to identity.key":          {link("x.csv", key), key},
		"a hard link to identity.key":     {hard, key},
		"a backup":                        {backup, backup},
		"a new file in the config folder": {filepath.Join(h.env.ConfigDir, "x.xlsx"), ""},
		"a link to the config folder":     {filepath.Join(link("cfg", h.env.ConfigDir), "identity.json"), filepath.Join(h.env.ConfigDir, "identity.json")},
	}
	for what, tg := range targets {
		for _, cmd := range [][]string{
			{"export-review", "-o", tg.path},
			{"brief", "-o", tg.path},
			{"export-table", "-o", tg.path},
		} {
			var before []byte
			if tg.guarded != "" {
				before = read(t, tg.guarded)
			}
			code, _, errs := h.run(cmd...)
			if code != 1 || !bytes.Contains([]byte(errs), []byte("Pledge Review's own files")) {
				t.Errorf("%s onto %s: exit %d, %q; want it refused as one of the program's own files", cmd[0], what, code, errs)
			}
			if tg.guarded != "" && !bytes.Equal(read(t, tg.guarded), before) {
				t.Errorf("%s onto %s changed %s", cmd[0], what, tg.guarded)
			}
			if tg.guarded == "" {
				if _, err := os.Stat(tg.path); err == nil {
					t.Errorf("%s wrote %s into the config folder", cmd[0], tg.path)
				}
			}
		}
	}
	h.ok("list") // the workspace and the identity still open
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
