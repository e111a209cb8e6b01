package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A workspace whose file is sound but one of whose records no longer
// reads back (a bit flipped inside a value) says it is damaged and names
// the newest good backup, with the command that puts it back.
func TestDamagedRecordNamesTheBackup(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "behind", "--note", "需要核实进度")
	h.ok("list") // takes the daily backup
	backups, _ := filepath.Glob(filepath.Join(h.dir, "backups", "ws-daily-*.bak"))
	if len(backups) != 1 {
		t.Fatalf("daily backups: %v", backups)
	}
	raw, _ := os.ReadFile(h.env.Workspace)
	flipped := bytes.ReplaceAll(raw, []byte(`"updated":{`), []byte(`"updated":[`))
	if bytes.Equal(flipped, raw) {
		t.Fatal("no record found to damage")
	}
	os.WriteFile(h.env.Workspace, flipped, 0o600)
	code, _, errs := h.run("list", "--reviewed", "yes")
	if code != 1 || !strings.Contains(errs, "is damaged") || !strings.Contains(errs, backups[0]) || !strings.Contains(errs, "restore-backup") {
		t.Fatalf("list of a workspace with a damaged record: exit %d, %q", code, errs)
	}
}
