//go:build unix

package store

import (
	"bytes"
	"io"
	"os"
	"syscall"
)

// mapFile maps the file for checkFile to read, so the walk over every page
// costs no system call per page; a file cut short while it is read faults,
// which checkPath's guard turns into ErrDamaged. Where mapping fails the
// file is read with plain reads.
func mapFile(f *os.File, size int64) (io.ReaderAt, func()) {
	if size <= 0 || int64(int(size)) != size {
		return f, func() {}
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return f, func() {}
	}
	return bytes.NewReader(b), func() { syscall.Munmap(b) }
}
