package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrOwnFile is an export aimed at one of the program's own files: the
// workspace, its backups, or the reviewer identity and its folder.
var ErrOwnFile = errors.New("that is one of Pledge Review's own files, which an export may never replace: choose another name or folder")

// OwnFiles are what an export may never write over: the workspace file,
// its backups folder, and the configuration folder (the identity and its
// key), whatever path or link leads to them.
type OwnFiles struct {
	Workspace string
	ConfigDir string
}

// OwnFiles are the session's workspace and configuration folder.
func (s *Session) OwnFiles() OwnFiles {
	return OwnFiles{Workspace: s.path, ConfigDir: s.configDir}
}

// Check refuses, with ErrOwnFile, an export to path that would land on one
// of the files: path itself, the file a link at path leads to, or the
// same file under another name (a hard link).
func (o OwnFiles) Check(path string) error {
	target := resolve(path)
	refuse := func(what string) error {
		return fmt.Errorf("export to %s: %w (%s)", path, ErrOwnFile, what)
	}
	if o.Workspace != "" {
		if SamePath(target, o.Workspace) {
			return refuse("the workspace " + o.Workspace)
		}
		if within(target, resolve(backupDir(o.Workspace))) {
			return refuse("the workspace's backups folder " + backupDir(o.Workspace))
		}
	}
	if o.ConfigDir != "" {
		if within(target, resolve(o.ConfigDir)) {
			return refuse("the folder of your reviewer identity " + o.ConfigDir)
		}
		if sameAsOneIn(target, o.ConfigDir) {
			return refuse("a link to a file of your reviewer identity in " + o.ConfigDir)
		}
	}
	return nil
}

// resolve is path with every link followed, as far as it exists: a file
// not yet made is its folder resolved, with its name.
func resolve(path string) string {
	path = CleanPath(path)
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		return filepath.Join(dir, filepath.Base(path))
	}
	return path
}

// within reports whether path is dir or inside it, by this system's rules
// of case.
func within(path, dir string) bool {
	rel, err := filepath.Rel(pathKey(dir, foldCase), pathKey(path, foldCase))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// sameAsOneIn reports whether path is, under another name, one of the
// files of dir.
func sameAsOneIn(path, dir string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if other, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && os.SameFile(fi, other) {
			return true
		}
	}
	return false
}
