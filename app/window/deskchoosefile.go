package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"pledgereview/app/workspace"
)

// chooseFile shows a file open dialog for files ending in one of exts,
// starting in folder when it is set, and calls then with the chosen path.
// Only the path is taken: the file is read by what then calls, with its own
// checks and messages.
func (d *Desk) chooseFile(exts []string, folder string, then func(path string)) {
	fd := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		if rc == nil {
			return
		}
		path := workspace.CleanPath(rc.URI().Path())
		rc.Close()
		then(path)
	}, d.win)
	fd.SetFilter(storage.NewExtensionFileFilter(exts))
	if folder != "" {
		if lu, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
			fd.SetLocation(lu)
		}
	}
	showFileDialog(fd, lang.X("file.title.open", "Open a file"))
}
