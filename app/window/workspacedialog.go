package window

import (
	"context"
	"os"
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

// workspaceExt is the file name ending of a workspace.
const workspaceExt = ".pledgereview"

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

// openWorkspace opens (or creates and seeds) a workspace off the UI
// goroutine and puts it on the desk; on failure the current one stays.
// done, when not nil, is told on the UI goroutine whether it worked.
func (d *Desk) openWorkspace(path string, done func(bool)) {
	if done == nil {
		done = func(bool) {}
	}
	if d.sess != nil && workspace.SamePath(d.sess.Path(), path) {
		done(true)
		return
	}
	runJob(d.jobs, job[*workspace.Session]{
		title: lang.X("open.progress", "Opening the workspace…"),
		work: func(context.Context, func(int, int)) (*workspace.Session, error) {
			return workspace.Open(path, d.opt.ConfigDir)
		},
		done: func(sess *workspace.Session) {
			d.sel.row = -1
			d.loaded.report = nil
			d.useSession(sess, done)
		},
		failed: func(err error) {
			if d.sess == nil {
				d.showOpenFailure(path, err)
			} else {
				d.showOpenError(err)
			}
			done(false)
		},
		discard: closeSession,
	})
}

// showOpenFailure fills the window with what went wrong and the ways on:
// open another workspace or make a new one.
func (d *Desk) showOpenFailure(path string, err error) {
	d.sess = nil
	d.failure.failPath, d.failure.failErr = path, err
	d.rebuild()
	if err != nil {
		d.showOpenError(err)
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

// removeIfEmpty removes the empty file a save dialog creates.
func removeIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Size() == 0 && !fi.IsDir() {
		os.Remove(path)
	}
}

// maxWidth lays its objects out one above the other at a fixed width.
type maxWidth struct{ w float32 }

func (m *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h += o.MinSize().Height
	}
	return fyne.NewSize(m.w, h)
}

func (m *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
