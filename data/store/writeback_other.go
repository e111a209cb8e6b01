//go:build !linux

package store

import "os"

// writeBehind does nothing where there is no sync_file_range: the commit's
// fsync writes everything, as bbolt alone does.
func writeBehind(*os.File) (stop func()) { return func() {} }
