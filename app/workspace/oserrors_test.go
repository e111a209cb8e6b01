package workspace

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// wrapped is how an error from os reaches the window: a PathError inside
// our context.
func wrapped(op string, e syscall.Errno) error {
	return fmt.Errorf("write review.pdf: %w", &os.PathError{Op: op, Path: `C:\Users\Wang\review.pdf`, Err: e})
}

func TestWindowsErrorValuesByMeaning(t *testing.T) {
	w := windowsErrnos
	for _, c := range []struct {
		name                             string
		errno                            syscall.Errno
		full, readOnly, inUse, retryable bool
	}{
		{"ERROR_DISK_FULL", 112, true, false, false, false},
		{"ERROR_HANDLE_DISK_FULL", 39, true, false, false, false},
		{"ERROR_DISK_QUOTA_EXCEEDED", 1295, true, false, false, false},
		{"ERROR_WRITE_PROTECT", 19, false, true, false, false},
		{"ERROR_NOT_READY", 21, false, true, false, false},
		{"ERROR_ACCESS_DENIED", 5, false, true, false, true},
		{"ERROR_SHARING_VIOLATION", 32, false, false, true, true},
		{"ERROR_LOCK_VIOLATION", 33, false, false, true, true},
		{"ERROR_FILE_NOT_FOUND", 2, false, false, false, false},
		{"ERROR_PATH_NOT_FOUND", 3, false, false, false, false},
	} {
		err := wrapped("write", c.errno)
		if got := w.diskFull.match(err); got != c.full {
			t.Errorf("%s: disk full = %v, want %v", c.name, got, c.full)
		}
		if got := w.readOnly.match(err); got != c.readOnly {
			t.Errorf("%s: read-only = %v, want %v", c.name, got, c.readOnly)
		}
		if got := w.inUse.match(err); got != c.inUse {
			t.Errorf("%s: in use = %v, want %v", c.name, got, c.inUse)
		}
		if got := w.replaceBusy.match(err); got != c.retryable {
			t.Errorf("%s: a rename worth retrying = %v, want %v", c.name, got, c.retryable)
		}
	}
}

func TestReplaceFileReplacesAndLeavesNoTemporary(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "briefing.pdf")
	if err := os.WriteFile(path, []byte("last week"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(path, []byte("this week"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "this week" {
		t.Errorf("file holds %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files in the folder, want 1", len(ents))
	}
}
