package window

import (
	"errors"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// plainWords says what went wrong in words a reviewer understands; the
// technical text stays in the log.
func plainWords(err error) string {
	for _, w := range errorWords {
		if errors.Is(err, w.sentinel) {
			return w.words(err)
		}
	}
	return lang.X("error.other", "Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// errorWords words the errors that wrap each sentinel, the first that err
// wraps winning: a sentinel that wraps another (data.ErrEmptyFile wraps
// data.ErrDamaged) comes before it. The words are looked up when shown, in
// the language of the moment.
var errorWords = []struct {
	sentinel error
	words    func(err error) string
}{
	{data.ErrLocked, func(error) string {
		return lang.X("error.locked", "This workspace is open in another window or program. Close it there, or open another workspace.")
	}},
	{data.ErrEmptyFile, func(error) string {
		return lang.X("error.emptyworkspace", "The workspace file is empty (0 bytes): a copy that did not finish, or a file another program made. Nothing was written to it.")
	}},
	{data.ErrDamaged, func(error) string {
		return lang.X("error.damaged", "The workspace file is damaged or is not a Pledge Review workspace. Open another workspace or create a new one; keep the damaged file for recovery.")
	}},
	{data.ErrNewerSchema, func(error) string {
		return lang.X("error.newer", "This workspace was written by a newer version of Pledge Review. Update the program to open it.")
	}},
	{data.ErrReadOnly, func(error) string {
		return lang.X("error.readonly", "This workspace is open read-only: the file may not be written, or it was opened to be read only. What you typed stays in the form; to keep it, copy it, or open a copy of the workspace that you may write.")
	}},
	{data.ErrNotAFile, func(err error) string {
		return lang.X("error.notafile", "That is a folder, a device or a pipe, not a file, so it was left as it is: {{.Err}}", map[string]any{"Err": err.Error()})
	}},
	{workspace.ErrOwnPack, func(error) string {
		return lang.X("error.ownpack", "This is a briefing pack made by Pledge Review, not a report. Import the report it was made from.")
	}},
	{workspace.ErrOwnReviewFile, func(error) string {
		return lang.X("error.ownreview", "This is a review file made by Pledge Review, not a report. Merge it with File › Merge a colleague's file….")
	}},
	{workspace.ErrChangedSinceMerge, func(error) string {
		return lang.X("error.undo.changed", "Reviews were saved after the last merge, so undoing it would lose them. Nothing was changed.")
	}},
	{workspace.ErrUndoUnavailable, func(err error) string {
		return lang.X("error.undo.unavailable", "The reviews were merged, but this merge cannot be undone: the note the undo needs could not be written beside its backup ({{.Why}}).", map[string]any{"Why": innermost(err)})
	}},
	{workspace.ErrUndoMayRemerge, func(err error) string {
		return lang.X("error.undo.remerge", "The reviews were merged, and the merge can be undone; but the note of the team files it merged could not be written beside its backup ({{.Why}}). Should you undo it, the team folder merges those files again once the program starts again.", map[string]any{"Why": innermost(err)})
	}},
	{data.ErrSameReport, sameReportWords},
	{workspace.ErrNotTheSameReport, func(error) string {
		return lang.X("error.notsamereport", "This file is not a version of the report: too few of its sentences are found in the report it would replace. Nothing was changed; import it as a report of its own.")
	}},
	{workspace.ErrLastReport, func(error) string {
		return lang.X("error.lastreport", "This is the only report of the workspace, so it was not removed: import another report first.")
	}},
	{data.ErrReportExists, func(error) string {
		return lang.X("error.exists", "A report with this id is already in the workspace, so nothing was added.")
	}},
	{ingest.ErrUnknownFormat, func(error) string {
		return lang.X("error.format", "This kind of file cannot be read. Import a Word file (.docx), a PDF, a web page saved as .html, or a text file (.txt).")
	}},
	{ingest.ErrTooLarge, func(error) string {
		return lang.X("error.toolarge", "The file is larger than a report can be ({{.MB}} MB at most). Check that it is the report.", map[string]any{"MB": ingest.MaxFileSize >> 20})
	}},
	{ingest.ErrWordDoc, func(error) string {
		return lang.X("error.worddoc", "This is an old Word file (.doc). Open it in Word or WPS, save it as .docx and import that.")
	}},
	{ingest.ErrScannedPDF, func(error) string {
		return lang.X("error.scanned", "This PDF is a scan and holds no text. Run OCR on it first, or import the report's Word or text version.")
	}},
	{ingest.ErrEncryptedPDF, func(error) string {
		return lang.X("error.encrypted", "This PDF is password-protected. Remove the protection (print it to a new PDF) and import that.")
	}},
	{ingest.ErrZipBomb, func(error) string {
		return lang.X("error.zipbomb", "This Word file unpacks to far more than any report, so it was not opened.")
	}},
	{ingest.ErrTooMuchText, func(error) string {
		return lang.X("error.toomuchtext", "This file holds far more text than any report, so it was not imported. Check that it is the report.")
	}},
	{ingest.ErrTooCostly, func(error) string {
		return lang.X("error.toocostly", "Reading this file would take far more memory or time than any report needs, so it was not imported. It may be damaged or made to block the program; try the report's Word or text version.")
	}},
	{ingest.ErrCanceled, func(error) string {
		return lang.X("error.importcanceled", "The import was canceled; nothing was added.")
	}},
	{ingest.ErrDamaged, func(error) string {
		return lang.X("error.damagedfile", "The file is damaged or incomplete. Download or copy it again.")
	}},
	{ingest.ErrNotText, func(error) string {
		return lang.X("error.nottext", "This file holds binary data, not text. Import the report as .docx, .pdf, .html or .txt.")
	}},
	{ingest.ErrEmpty, func(error) string { return lang.X("error.empty", "The file holds no text.") }},
	{parse.ErrNoPledges, func(error) string {
		return lang.X("error.nopledges", "No pledges were found in this file. Is it a government work report?")
	}},
	{parse.ErrTooManyPledges, func(error) string {
		return lang.X("error.toomanypledges", "This file holds far more sentences than any report ({{.N}} at most), so it was not imported. Check that it is the report.", map[string]any{"N": parse.MaxPledges})
	}},
	{parse.ErrInvalidUTF8, func(error) string {
		return lang.X("error.utf8", "The file is not UTF-8 text. Save it as UTF-8 (for example with \"Save as… UTF-8\" in a text editor) and try again.")
	}},
	{fs.ErrPermission, func(error) string {
		return lang.X("error.permission", "The program may not read or write this file. Check its permissions or choose another place.")
	}},
	{fs.ErrNotExist, func(error) string { return lang.X("error.missing", "The file does not exist any more.") }},
	{workspace.ErrNotReportFile, func(err error) string {
		return lang.X("error.notreport", "This file cannot be read as a report: {{.Why}}", map[string]any{"Why": innermost(err)})
	}},
}

// sameReportWords names the report already in the workspace.
func sameReportWords(err error) string {
	var same *data.SameReportError
	id := ""
	if errors.As(err, &same) {
		id = same.ID
	}
	return lang.X("error.samereport", "This report is already in the workspace as {{.ID}}, so nothing was added.", map[string]any{"ID": id})
}

// showError logs err and shows it in plain words; the window stays usable.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	fyne.LogError("pledgereview", err)
	showMessage(lang.X("error.title", "Could not do that"), plainWords(err), w)
}

// innermost is the text of the error at the end of err's wrapping chain
// (the reader's own words, without the path and context around them).
func innermost(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			if multi, ok := err.(interface{ Unwrap() []error }); ok {
				if errs := multi.Unwrap(); len(errs) > 0 {
					next = errs[len(errs)-1]
				}
			}
		}
		if next == nil {
			return err.Error()
		}
		err = next
	}
}
