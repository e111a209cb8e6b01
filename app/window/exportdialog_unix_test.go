//go:build unix

package window

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"
)

// A write that fails half-way (here: the process may not write files larger
// than 256 KiB) leaves the good file as it was and no temporary file behind.
func TestExportFailingHalfWayKeepsTheGoodFile(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	dir := t.TempDir()
	path := filepath.Join(dir, "pack.pdf")
	good := []byte("%PDF-1.4 the good pack of last week")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	x := exportDialogOf(t, d)

	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	// The limit holds for every file of the test process (go test's own
	// log too), so it sits above what the tests write before this one and
	// well below the seed's pack (about 450 KB).
	limit := old
	limit.Cur = 256 << 10
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skip(err)
	}
	restore := func() { syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old) }
	t.Cleanup(restore)
	x.export(path)
	got := waitExport(t, d)
	restore()
	if !strings.Contains(got, "导出失败") || !strings.Contains(got, "磁盘已满") {
		t.Errorf("error dialog says %q", got)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, good) {
		t.Errorf("a half-written pack replaced the good file (%d bytes)", len(got))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the folder: %v", names)
	}
}
