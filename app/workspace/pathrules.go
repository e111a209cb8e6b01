package workspace

import (
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
)

// foldCase is set where file names are compared without regard to case
// (Windows; NTFS and FAT compare names by upper-casing them).
var foldCase = runtime.GOOS == "windows"

// CleanPath puts a path from a file chooser or the command line in this
// system's form, absolute and clean: Fyne's chooser gives C:/Users/… on
// Windows, where the rest of the program writes C:\Users\….
func CleanPath(p string) string {
	if p == "" {
		return p
	}
	p = filepath.FromSlash(p)
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// SamePath reports whether a and b name the same file by this system's
// rules: after cleaning, compared without case on Windows; failing that,
// two existing files that are one file (a link, a short 8.3 name).
func SamePath(a, b string) bool {
	if pathKey(CleanPath(a), foldCase) == pathKey(CleanPath(b), foldCase) {
		return true
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// pathKey is what two paths are compared by: either separator, cleaned,
// and upper-cased where names fold case.
func pathKey(p string, fold bool) string {
	if fold {
		p = path.Clean(strings.ReplaceAll(p, `\`, "/"))
		return strings.ToUpper(p)
	}
	return filepath.Clean(p)
}

// HasExt reports whether name ends in ext, in any case: a file saved as
// REVIEW.PLEDGEREVIEW by another program is still a workspace.
func HasExt(name, ext string) bool {
	return len(name) >= len(ext) && strings.EqualFold(name[len(name)-len(ext):], ext)
}
