package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/windows"
)

func TestWindowsNamesMatchTheTable(t *testing.T) {
	if !IsDiskFull(wrapped("write", windows.ERROR_DISK_FULL)) || !IsDiskFull(wrapped("write", windows.ERROR_HANDLE_DISK_FULL)) {
		t.Error("ERROR_DISK_FULL is a full disk")
	}
	if !IsReadOnly(wrapped("open", windows.ERROR_WRITE_PROTECT)) || !IsReadOnly(wrapped("open", windows.ERROR_ACCESS_DENIED)) {
		t.Error("ERROR_WRITE_PROTECT cannot be written")
	}
	if !IsInUse(wrapped("open", windows.ERROR_SHARING_VIOLATION)) {
		t.Error("ERROR_SHARING_VIOLATION is a file in use")
	}
}

// A file held open (as an editor holds it) cannot be replaced: after the
// retries the error says so; once it is closed, the write goes through.
func TestReplaceHeldFileSaysInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "table.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	held, err := os.Open(path) // no FILE_SHARE_DELETE: a rename over it is refused
	if err != nil {
		t.Fatal(err)
	}
	err = writeFileAtomic(path, []byte("new"), 0o644)
	held.Close()
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("write over a held file: %v, want ErrInUse", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the held file changed: %q", b)
	}
	if err := writeFileAtomic(path, []byte("new"), 0o644); err != nil {
		t.Fatalf("after it is closed: %v", err)
	}
}
