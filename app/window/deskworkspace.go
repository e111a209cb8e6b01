package window

// The desk's side of the workspace dialogs: File → Open and New
// (workspacedialog.go), and the window's content while no workspace is
// open.

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
)

func (d *Desk) onOpenWorkspace() {
	d.chooseFile([]string{workspaceExt}, d.workspaceFolder(), func(path string) { d.openWorkspace(path, nil) })
}

func (d *Desk) onNewWorkspace() {
	fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		if wc == nil {
			return
		}
		path := workspace.CleanPath(wc.URI().Path())
		wc.Close()
		if !workspace.HasExt(path, workspaceExt) {
			// the dialog created an empty file under the name typed; the
			// workspace gets the proper ending beside it
			removeIfEmpty(path)
			path += workspaceExt
		} else {
			removeIfEmpty(path)
		}
		d.openWorkspace(path, nil)
	}, d.win)
	fd.SetFileName("review" + workspaceExt)
	d.setDialogFolder(fd)
	showFileDialog(fd, lang.X("file.title.save", "Save a file"))
}

// workspaceFolder is the folder of the open workspace.
func (d *Desk) workspaceFolder() string {
	path := d.opt.Workspace
	if d.sess != nil {
		path = d.sess.Path()
	}
	return filepath.Dir(path)
}

// setDialogFolder starts a file dialog in the folder of the open workspace.
func (d *Desk) setDialogFolder(fd *dialog.FileDialog) {
	if u, err := storage.ListerForURI(storage.NewFileURI(d.workspaceFolder())); err == nil {
		fd.SetLocation(u)
	}
}

// failureContent is the window's content while no workspace is open.
func (d *Desk) failureContent() fyne.CanvasObject {
	path, err := d.failure.failPath, d.failure.failErr
	msg := newMessageLabel(lang.X("open.failed", "The workspace {{.Path}} could not be opened.", map[string]any{"Path": path}))
	why := newMessageLabel("")
	if err != nil {
		why.SetMessage(plainWords(err))
	}
	open := widget.NewButtonWithIcon(lang.X("menu.open", "Open workspace…"), theme.FolderOpenIcon(), d.onOpenWorkspace)
	create := widget.NewButtonWithIcon(lang.X("menu.new", "New workspace…"), theme.DocumentCreateIcon(), d.onNewWorkspace)
	open.Importance = widget.HighImportance
	buttons := container.NewHBox(open, create)
	if dmg, ok := backupOf(err); ok {
		restore := widget.NewButtonWithIcon(restoreLabel(dmg), theme.HistoryIcon(), func() { d.restoreBackup(dmg) })
		restore.Importance = widget.HighImportance
		open.Importance = widget.MediumImportance
		buttons = container.NewHBox(restore, open, create)
	}
	box := container.NewVBox(msg, why, buttons)
	return container.NewCenter(container.New(&maxWidth{w: 560}, box))
}
