package window

import (
	"fmt"
	"runtime/debug"

	"fyne.io/fyne/v2"
)

// safely runs work on a background goroutine's behalf and turns a panic into
// an error, so a bug met while reading a file or building a pack is reported
// in a dialog instead of ending the program with the user's unsaved text.
func safely(work func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
			fyne.LogError(string(debug.Stack()), err)
		}
	}()
	return work()
}
