package workspace

import (
	"errors"
	"fmt"
	"os"

	"pledgereview/data"
	"pledgereview/data/store"
)

// ErrTeamLink: a file of the team folder is a link (or, on Windows, a
// reparse point): a member of the folder could point it at any file of
// ours, so it is neither read nor written through.
var ErrTeamLink = errors.New("it is a link, not a file; Pledge Review neither reads nor writes through links in the team folder")

// openTeamFile opens a file of the team folder to read without following
// a link: checked with Lstat, opened without following (openNoFollow),
// and the file opened must be the one checked, so that a link put in its
// place between the two is refused too.
func openTeamFile(path string) (*os.File, error) {
	before, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if isLink(before) {
		return nil, fmt.Errorf("%s: %w", data.ShownFileName(path), ErrTeamLink)
	}
	if !before.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is a %s", data.ErrNotAFile, data.ShownFileName(path), store.FileKind(before.Mode()))
	}
	f, err := openNoFollow(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (%v)", data.ShownFileName(path), ErrTeamLink, err)
	}
	after, err := f.Stat()
	if err != nil || !after.Mode().IsRegular() || !os.SameFile(before, after) {
		f.Close()
		return nil, fmt.Errorf("%s: %w", data.ShownFileName(path), ErrTeamLink)
	}
	return f, nil
}

// writeTeamFile writes my own file of the team folder as a new regular
// file put in place by a rename, which replaces a link there rather than
// write through it; what is there afterwards must be a regular file.
func writeTeamFile(path string, raw []byte) error {
	if err := writeFileAtomic(path, raw, 0o644); err != nil {
		return err
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if isLink(fi) || !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", data.ShownFileName(path), ErrTeamLink)
	}
	return nil
}
