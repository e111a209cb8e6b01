//go:build !unix

package store

import (
	"io"
	"os"
)

// mapFile reads the file with plain reads where mapping is not wired up.
func mapFile(f *os.File, size int64) (io.ReaderAt, func()) { return f, func() {} }
