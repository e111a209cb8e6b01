package workspace

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// ErrInUse: another program holds a file we must replace.
var ErrInUse = errors.New("the file is open in another program (an editor or a virus scanner); close it there and try again")

// IsDiskFull reports whether err says the disk (or the user's quota, or the
// largest file the system allows) is full, by this system's error values.
func IsDiskFull(err error) bool { return platformErrnos.diskFull.match(err) }

// IsReadOnly reports whether err says the place cannot be written: no
// permission, a read-only disk or medium, a file where a folder should be.
func IsReadOnly(err error) bool {
	return errors.Is(err, fs.ErrPermission) || platformErrnos.readOnly.match(err)
}

// IsInUse reports whether err says another program holds the file.
func IsInUse(err error) bool { return platformErrnos.inUse.match(err) }

type errnoSet []syscall.Errno

func (s errnoSet) match(err error) bool {
	for _, e := range s {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// osErrnos are the error values of one system, by what they mean to a user.
type osErrnos struct {
	diskFull, readOnly, inUse errnoSet
	// replaceBusy are the errors of a rename over a file that another
	// program has open, worth a few retries.
	replaceBusy errnoSet
}

// windowsErrnos are Windows' values (winerror.h). They are numbers here, not
// golang.org/x/sys/windows names, so that the table tests run on any system.
var windowsErrnos = osErrnos{
	diskFull: errnoSet{
		112,  // ERROR_DISK_FULL
		39,   // ERROR_HANDLE_DISK_FULL
		1295, // ERROR_DISK_QUOTA_EXCEEDED
		223,  // ERROR_FILE_TOO_LARGE
	},
	readOnly: errnoSet{
		5,  // ERROR_ACCESS_DENIED
		19, // ERROR_WRITE_PROTECT
		21, // ERROR_NOT_READY (the card or stick was taken out)
		82, // ERROR_CANNOT_MAKE
	},
	inUse: errnoSet{
		32,   // ERROR_SHARING_VIOLATION
		33,   // ERROR_LOCK_VIOLATION
		1224, // ERROR_USER_MAPPED_FILE
	},
	// MoveFileEx over a file open without FILE_SHARE_DELETE (Excel, Word,
	// a virus scanner) answers ERROR_ACCESS_DENIED or a sharing violation.
	replaceBusy: errnoSet{5, 32, 33, 1224},
}

// replaceFile renames from over to. A virus scanner or an indexer opens a
// new file for a moment, an editor holds it until it is closed: a rename
// refused for that is tried again for about two and a half seconds, then
// reported as ErrInUse.
func replaceFile(from, to string) error {
	err := os.Rename(from, to)
	for wait := 20 * time.Millisecond; err != nil && platformErrnos.replaceBusy.match(err) && wait <= 1280*time.Millisecond; wait *= 2 {
		time.Sleep(wait)
		err = os.Rename(from, to)
	}
	if err != nil && platformErrnos.replaceBusy.match(err) {
		if _, serr := os.Stat(to); serr == nil {
			return fmt.Errorf("%w: %w", ErrInUse, err)
		}
	}
	return err
}
