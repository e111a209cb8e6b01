package window

import (
	"errors"
	"os/exec"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showExportDone says where the file is and offers to open it and its
// folder. Enter opens the file, Esc closes the dialog.
func showExportDone(w fyne.Window, msg, path, openLabel string) {
	text := newTextLabel(msg + "\n" + path)
	var dlg *dialog.CustomDialog
	open := func(target string) {
		dlg.Hide()
		openInBackground(w, target, path)
	}
	openBtn := widget.NewButtonWithIcon(openLabel, theme.FileIcon(), func() { open(path) })
	openBtn.Importance = widget.HighImportance
	folderBtn := widget.NewButtonWithIcon(lang.X("export.open.folder", "Show in folder"), theme.FolderOpenIcon(), func() { open(filepath.Dir(path)) })
	closeBtn := widget.NewButton(lang.X("close", "Close"), func() { dlg.Hide() })
	dlg = dialog.NewCustomWithoutButtons(lang.X("export.done", "Export finished"), text, w)
	dlg.SetButtons([]fyne.CanvasObject{closeBtn, folderBtn, openBtn})
	dlg.Resize(fyne.NewSize(560, dlg.MinSize().Height))
	onDialogKeys(w, dlg, func() { open(path) })
	dlg.Show()
}

// openInBackground asks the system to open target (the saved file or its
// folder) without holding up the window: the program that opens it may
// take its time, or wait until the viewer closes. When it fails, the
// reviewer is told why and where the saved file is.
func openInBackground(w fyne.Window, target, saved string) {
	go func() {
		if err := openPath(target); err != nil {
			fyne.Do(func() { showOpenFailure(w, err, target, saved) })
		}
	}()
}

// showOpenFailure tells the reviewer that target could not be opened, why,
// and where the saved file is.
func showOpenFailure(w fyne.Window, err error, target, saved string) {
	fyne.LogError("open "+target, err)
	info := newMessage(lang.X("export.noopen.title", "Could not open it"), openFailedText(err, target, saved), w)
	info.SetDismissText(lang.X("ok", "OK"))
	info.Show()
}

// The exit codes of xdg-open (xdg-utils), which say why it failed.
const (
	xdgNoFile   = 2 // the file does not exist
	xdgNoTool   = 3 // no program to open it is installed
	xdgOpenFail = 4 // the program that opens it failed
)

// openFailedText words the failure to open target, naming the saved file
// so the reviewer can open it another way.
func openFailedText(err error, target, saved string) string {
	args := map[string]any{"Path": target, "File": saved}
	if errors.Is(err, exec.ErrNotFound) {
		return lang.X("export.noopen", "No program on this computer opens {{.Path}}. The file is saved: open it from your file manager.", args)
	}
	var oe *openError
	var exit *exec.ExitError
	if !errors.As(err, &oe) || !errors.As(err, &exit) {
		args["Err"] = err.Error()
		return lang.X("export.noopen.other", "{{.Path}} could not be opened: {{.Err}}. The file is saved at {{.File}}: open it from your file manager.", args)
	}
	args["Program"], args["Said"] = oe.Program, oe.Said
	switch exit.ExitCode() {
	case xdgNoTool:
		return lang.X("export.noopen.noviewer", "No program to open {{.Path}} is installed ({{.Program}} says: {{.Said}}). The file is saved at {{.File}}: install a PDF or spreadsheet viewer, or open it from your file manager.", args)
	case xdgNoFile:
		return lang.X("export.noopen.gone", "{{.Path}} is no longer there: it was moved or deleted after the export ({{.Program}} says: {{.Said}}). Export it again.", args)
	}
	return lang.X("export.noopen.failed", "The program that opens {{.Path}} failed ({{.Program}} says: {{.Said}}). The file is saved at {{.File}}: open it from your file manager.", args)
}
