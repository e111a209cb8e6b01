package data

import (
	"errors"
	"fmt"
)

// Sentinel errors the window and the sub-commands test with errors.Is.
var (
	ErrNotFound     = errors.New("not found")
	ErrLocked       = errors.New("this workspace is open in another window or program")
	ErrDamaged      = errors.New("the workspace file is damaged or is not a Pledge Review workspace")
	ErrNewerSchema  = errors.New("the workspace was written by a newer version of Pledge Review")
	ErrReportExists = errors.New("a report with this id is already in the workspace")
	// ErrSameReport is a report whose text is already in the workspace,
	// under whatever id; the error is a *SameReportError naming that id.
	ErrSameReport = errors.New("this report is already in the workspace")
	// ErrEmptyFile is a workspace file of no bytes (a copy that never
	// finished); it is also ErrDamaged, and is never silently made anew.
	ErrEmptyFile = fmt.Errorf("%w: the file is empty (0 bytes)", ErrDamaged)
	// ErrReadOnly is a change to a workspace opened read-only.
	ErrReadOnly = errors.New("this workspace is open read-only (as asked, or because the file may not be written), so changes cannot be saved")
	// ErrNotAFile is a path that names a folder, a device, a pipe or a
	// socket where a file is wanted.
	ErrNotAFile = errors.New("not a regular file")
	// ErrCannotCreateFile is a folder in which no file can be created
	// (no permission, a read-only disk, no such folder).
	ErrCannotCreateFile = errors.New("cannot create a file")
)

// SameReportError names the report already in the workspace with the same
// text as the one being added.
type SameReportError struct{ ID string }

func (e *SameReportError) Error() string { return ErrSameReport.Error() + " as " + e.ID }

func (e *SameReportError) Unwrap() error { return ErrSameReport }
