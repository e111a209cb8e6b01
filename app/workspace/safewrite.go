package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"syscall"

	"pledgereview/data"
)

// Exports (briefing packs, tables, review files) write only regular files.
// What is at the path decides how:
//   - nothing: a new file, readable by others (0644);
//   - a regular file: replaced atomically, keeping its permissions (a 0600
//     file stays 0600);
//   - a link: written through to the file the link points to, which is
//     replaced atomically and keeps its permissions; the link stays a link
//     (a user who keeps a link on the desktop to a shared folder wants the
//     shared file updated). A link to nothing, or to something that is not a
//     regular file, is refused, naming what it points to;
//   - a folder, a device, a named pipe or a socket: refused, and left as it is.

// ExportTarget says where an export to path is written: the path itself,
// or the file a link at path points to; and the permissions it gets.
func ExportTarget(path string) (target string, mode os.FileMode, err error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return path, 0o644, nil
	}
	if err != nil {
		return "", 0, fmt.Errorf("export to %s: %w", path, err)
	}
	target = path
	if fi.Mode()&os.ModeSymlink != 0 {
		dest, _ := os.Readlink(path)
		resolved, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", 0, fmt.Errorf("export to %s: it is a link to %s, which does not exist; %w", path, dest, errBrokenLink)
		}
		if fi, err = os.Stat(resolved); err != nil {
			return "", 0, fmt.Errorf("export to %s: it is a link to %s: %w", path, resolved, err)
		}
		if !fi.Mode().IsRegular() {
			return "", 0, fmt.Errorf("export to %s: %w: it is a link to %s, which is a %s", path, data.ErrNotAFile, resolved, store.FileKind(fi.Mode()))
		}
		target = resolved
	}
	if !fi.Mode().IsRegular() {
		return "", 0, fmt.Errorf("export to %s: %w: it is a %s; choose a file name", path, data.ErrNotAFile, store.FileKind(fi.Mode()))
	}
	return target, fi.Mode().Perm(), nil
}

// errBrokenLink is a link that points to nothing.
var errBrokenLink = errors.New("remove the link or choose another name")

// WriteExport writes an exported file (a pack, a spreadsheet) to path, as
// ExportTarget says, so a failed export never replaces a good file; a path
// that leads to one of own is refused.
func WriteExport(own OwnFiles, path string, raw []byte) error {
	if err := own.Check(path); err != nil {
		return err
	}
	target, mode, err := ExportTarget(path)
	if err != nil {
		return err
	}
	return writeFileAtomic(target, raw, mode)
}

// openRegular opens a file to read only when it is a regular file: a
// named pipe would block the read until someone writes into it, a device
// could be read forever. The file is opened without blocking and checked
// again once open, in case it was swapped between the two looks.
func openRegular(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is a %s", data.ErrNotAFile, path, store.FileKind(fi.Mode()))
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	if fi, err = f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%w: %s", data.ErrNotAFile, path)
	}
	return f, nil
}
