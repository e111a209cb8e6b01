//go:build windows

package workspace

import (
	"io/fs"
	"os"
	"syscall"
)

// openNoFollow opens path to read; openTeamFile has checked with Lstat
// that it is no reparse point and checks afterwards that the file opened
// is the one checked.
func openNoFollow(path string) (*os.File, error) {
	return os.Open(path)
}

// isLink is a symbolic link, a junction or any other reparse point.
func isLink(fi fs.FileInfo) bool {
	if fi.Mode()&(fs.ModeSymlink|fs.ModeIrregular) != 0 {
		return true
	}
	if a, ok := fi.Sys().(*syscall.Win32FileAttributeData); ok {
		return a.FileAttributes&syscall.FILE_ATTRIBUTE_REPARSE_POINT != 0
	}
	return false
}
