//go:build !(linux || freebsd || openbsd || netbsd)

package window

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// openPath opens a file or a folder in the program the user chose for it,
// through the system (open on macOS, the shell on Windows), which reports
// its failure.
func openPath(path string) error {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return fyne.CurrentApp().OpenURL(u)
}
