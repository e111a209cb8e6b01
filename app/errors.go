package app

import (
	"errors"
	"io/fs"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// plainWords says what went wrong in words a reviewer understands; the
// technical text stays in the log.
func plainWords(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, data.ErrLocked):
		return lang.X("error.locked", "This workspace is open in another window or program. Close it there, or open another workspace.")
	case errors.Is(err, data.ErrEmptyFile):
		return lang.X("error.empty", "The workspace file is empty (0 bytes): a copy that did not finish, or a file another program made. Nothing was written to it.")
	case errors.Is(err, data.ErrDamaged):
		return lang.X("error.damaged", "The workspace file is damaged or is not a Pledge Review workspace. Open another workspace or create a new one; keep the damaged file for recovery.")
	case errors.Is(err, data.ErrNewerSchema):
		return lang.X("error.newer", "This workspace was written by a newer version of Pledge Review. Update the program to open it.")
	case errors.Is(err, data.ErrReadOnly):
		return lang.X("error.readonly", "This workspace is open read-only: the file may not be written, or it was opened to be read only. What you typed stays in the form; to keep it, copy it, or open a copy of the workspace that you may write.")
	case errors.Is(err, data.ErrNotAFile):
		return lang.X("error.notafile", "That is a folder, a device or a pipe, not a file, so it was left as it is: {{.Err}}", map[string]any{"Err": msg})
	case errors.Is(err, workspace.ErrChangedSinceMerge):
		return lang.X("error.undo.changed", "Reviews were saved after the last merge, so undoing it would lose them. Nothing was changed.")
	case errors.Is(err, data.ErrReportExists):
		return lang.X("error.exists", "A report with this id is already in the workspace, so nothing was added.")
	case strings.Contains(msg, "not UTF-8"):
		return lang.X("error.utf8", "The file is not UTF-8 text. Save it as UTF-8 (for example with \"Save as… UTF-8\" in a text editor) and try again.")
	case errors.Is(err, fs.ErrPermission):
		return lang.X("error.permission", "The program may not read or write this file. Check its permissions or choose another place.")
	case errors.Is(err, fs.ErrNotExist):
		return lang.X("error.missing", "The file does not exist any more.")
	}
	return lang.X("error.other", "Something went wrong: {{.Err}}", map[string]any{"Err": msg})
}

// showError logs err and shows it in plain words; the window stays usable.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	fyne.LogError("pledgereview", err)
	showMessage(lang.X("error.title", "Could not do that"), plainWords(err), w)
}
