//go:build unix

package workspace

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe given as a report is refused at once: reading it would
// block the import until something writes to it.
func TestReadReportFileRefusesAPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "report.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip(err)
	}
	_, err := ReadReportFile(pipe, "")
	if !errors.Is(err, ErrNotReportFile) || !strings.Contains(err.Error(), "pipe") {
		t.Errorf("a pipe: %v", err)
	}
}
