package window

// What opening a saved file with the system's program fails with; the
// opener itself is per system (exportopen_xdg.go, exportopen_other.go).

// openError is the failure of the system's opener (xdg-open on Linux): the
// program, what it wrote on its error output, and how it ended.
type openError struct {
	Program string
	Said    string
	Err     error
}

func (e *openError) Error() string {
	if e.Said != "" {
		return e.Program + ": " + e.Said + " (" + e.Err.Error() + ")"
	}
	return e.Program + ": " + e.Err.Error()
}

func (e *openError) Unwrap() error { return e.Err }
