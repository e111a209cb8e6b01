package share

import "fmt"

// ReportMismatch refuses a file that is for another report, or for another
// version of the workspace's report, saying which: errors.Is finds
// ErrWrongReport in it, and ErrOtherVersion for another version. The
// report ids are as the file and the workspace name them; FileReport
// comes from a file, to be cleaned (data.CleanName) before it is shown.
type ReportMismatch struct {
	// FileReport is the report the file names.
	FileReport string
	// Here is the workspace's report, "" when the workspace has no report
	// of the file's id (nor, when Searched, the same report under another).
	Here     string
	Searched bool
	// Found is the share of the file's sentences found in the workspace's
	// text, -1 when the texts were not compared.
	Found float64
	// Version is set for another version of the report: the same id,
	// another text.
	Version bool
}

func (e *ReportMismatch) Error() string {
	switch {
	case e.Version && e.Found < 0:
		return fmt.Sprintf("%v: the file is for %v %q (its text differs, and the file does not say enough of its text to find its pledges)", ErrWrongReport, ErrOtherVersion, e.FileReport)
	case e.Version:
		return fmt.Sprintf("%v: the file is for %v %q (only %.0f %% of its sentences are found in this workspace's text)", ErrWrongReport, ErrOtherVersion, e.FileReport, 100*e.Found)
	case e.Here == "" && e.Searched:
		return fmt.Sprintf("%v: this workspace has no report %q, nor the same report under another id", ErrWrongReport, e.FileReport)
	case e.Here == "":
		return fmt.Sprintf("%v: this workspace has no report %q", ErrWrongReport, e.FileReport)
	case e.Found < 0:
		return fmt.Sprintf("%v: the file is for %q, this workspace for %q", ErrWrongReport, e.FileReport, e.Here)
	default:
		return fmt.Sprintf("%v: the file is for %q, this workspace for %q (only %.0f %% of its sentences are found in its text)", ErrWrongReport, e.FileReport, e.Here, 100*e.Found)
	}
}

// Unwrap gives ErrWrongReport, and ErrOtherVersion for another version.
func (e *ReportMismatch) Unwrap() []error {
	if e.Version {
		return []error{ErrWrongReport, ErrOtherVersion}
	}
	return []error{ErrWrongReport}
}
