package data

import "errors"

// Sentinel errors the window and the sub-commands test with errors.Is.
var (
	ErrNotFound     = errors.New("not found")
	ErrLocked       = errors.New("this workspace is open in another window or program")
	ErrDamaged      = errors.New("the workspace file is damaged or is not a Pledge Review workspace")
	ErrNewerSchema  = errors.New("the workspace was written by a newer version of Pledge Review")
	ErrReportExists = errors.New("a report with this id is already in the workspace")
)
