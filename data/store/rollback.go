package store

import (
	"os"
)

// headerRolledBack tells whether one of the two header (meta) pages of the
// workspace file at path is damaged while the other holds: bbolt then
// opens the file as of the sound one, which may be a change older, and
// its next write overwrites the damaged one. Open notes it (RolledBack)
// before bbolt can, so the user is told the last change may be lost.
func headerRolledBack(path string, size int64) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	c := &fileCheck{f: f, size: uint64(size)}
	ps, err := c.findPageSize()
	if err != nil {
		return false
	}
	valid := 0
	for i := range 2 {
		buf := make([]byte, pageHeaderSize+metaSize)
		if _, err := f.ReadAt(buf, int64(uint64(i)*ps)); err != nil {
			return false
		}
		if m := readMeta(buf); m.valid && m.pageSize == ps {
			valid++
		}
	}
	return valid == 1
}

// RolledBack reports whether the workspace was opened from the older of
// its two header pages because the newer one is damaged: the last change
// made before may be lost, and the newest backup may hold it.
func (s *Store) RolledBack() bool { return s.rolledBack }
