//go:build !windows

package workspace

import (
	"io/fs"
	"os"
	"syscall"
)

// openNoFollow opens path to read; a link there makes it fail (O_NOFOLLOW),
// a named pipe does not block it (O_NONBLOCK).
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

func isLink(fi fs.FileInfo) bool { return fi.Mode()&fs.ModeSymlink != 0 }
