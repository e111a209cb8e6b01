package workspace

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Moved says that the data folder was moved once, and from where to where.
type Moved struct {
	From, To string
	// Left is set when the copy is complete but some of the old folder could
	// not be removed (a file open in another program); nothing reads it again.
	Left bool
}

func (m *Moved) String() string {
	s := fmt.Sprintf("your workspaces and reviewer identity moved from %s to %s, which stays on this computer instead of travelling with a roaming profile", m.From, m.To)
	if m.Left {
		s += fmt.Sprintf("; the old folder %s could not be removed completely and is no longer used", m.From)
	}
	return s
}

// moveData moves the folder from to the folder to, unless to already exists
// (then it has moved before, or was made new) or there is nothing to move.
// A rename is tried first; across volumes (a redirected AppData) or when the
// rename is refused, the tree is copied beside to and renamed into place, so
// a failed copy leaves no half folder that would hide the old one.
func moveData(from, to string) (*Moved, error) {
	if _, err := os.Lstat(to); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if fi, err := os.Stat(from); err != nil || !fi.IsDir() {
		return nil, nil
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return nil, fmt.Errorf("move %s to %s: %w; it stays where it is", from, to, err)
	}
	if err := os.Rename(from, to); err == nil {
		return &Moved{From: from, To: to}, nil
	}
	return moveByCopy(from, to)
}

// moveByCopy copies from to to and then removes from.
func moveByCopy(from, to string) (*Moved, error) {
	tmp := to + ".moving"
	os.RemoveAll(tmp)
	if err := copyTree(from, tmp); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("move %s to %s: %w; it stays where it is and is used from there", from, to, err)
	}
	if err := os.Rename(tmp, to); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("move %s to %s: %w; it stays where it is and is used from there", from, to, err)
	}
	m := &Moved{From: from, To: to}
	if err := os.RemoveAll(from); err != nil {
		m.Left = true
	}
	return m, nil
}

// copyTree copies the folder from, with its sub-folders and regular files,
// to the new folder to; each file is synced before the copy counts.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o700)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return copyDataFile(p, dst)
	})
}

func copyDataFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copy %s: %w", src, err)
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return fmt.Errorf("copy %s: %w", src, err)
	}
	return out.Close()
}
