package cli

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A workspace whose newer header page is damaged opens as it was one
// change ago; the user is told, with the backup that may hold the change.
func TestRolledBackWorkspaceIsReported(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "behind")
	h.ok("list") // takes the daily backup
	if code, _, errs := h.run("list"); code != 0 || strings.Contains(errs, "warning") {
		t.Fatalf("a sound workspace warns: %q", errs)
	}
	raw, _ := os.ReadFile(h.env.Workspace)
	ps := int(binary.LittleEndian.Uint32(raw[16+8:]))
	const txid, checksum = 16 + 48, 16 + 56
	newer := 0
	if binary.LittleEndian.Uint64(raw[ps+txid:]) > binary.LittleEndian.Uint64(raw[txid:]) {
		newer = ps
	}
	raw[newer+checksum] ^= 0xff
	os.WriteFile(h.env.Workspace, raw, 0o600)
	backups, _ := filepath.Glob(filepath.Join(h.dir, "backups", "ws-daily-*.bak"))
	code, _, errs := h.run("list")
	if code != 0 || !strings.Contains(errs, "before its last change") || len(backups) != 1 || !strings.Contains(errs, backups[0]) {
		t.Fatalf("the rollback is not reported with the backup: %q (backups %v)", errs, backups)
	}
}
