//go:build !windows

package workspace

import (
	"syscall"
	"testing"
)

func TestUnixErrorValuesByMeaning(t *testing.T) {
	if !IsDiskFull(wrapped("write", syscall.ENOSPC)) || !IsDiskFull(wrapped("write", syscall.EDQUOT)) {
		t.Error("ENOSPC and EDQUOT are a full disk")
	}
	if !IsReadOnly(wrapped("open", syscall.EROFS)) || !IsReadOnly(wrapped("open", syscall.EACCES)) {
		t.Error("EROFS and EACCES cannot be written")
	}
	if IsDiskFull(wrapped("write", 112)) && syscall.Errno(112) != syscall.ENOSPC {
		t.Error("a Windows value is not read as a full disk on this system")
	}
	if IsReadOnly(wrapped("open", syscall.ENOENT)) || IsDiskFull(wrapped("open", syscall.ENOENT)) {
		t.Error("a missing file is neither")
	}
}
