package window

import (
	"errors"
	"io/fs"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/internal/filewords"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// plainWords says what went wrong in words a reviewer understands; the
// technical text stays in the log.
func plainWords(err error) string {
	for _, w := range errorWords {
		if errors.Is(err, w.Sentinel) {
			return w.Words(err)
		}
	}
	return lang.X("error.other", "Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// errorWords words the errors that wrap each sentinel, the first that err
// wraps winning: a sentinel that wraps another (data.ErrEmptyFile wraps
// data.ErrDamaged) comes before it. The words are looked up when shown, in
// the language of the moment.
var errorWords = slices.Concat(ownWords, filewords.Reasons(lang.X), lastWords)

// ownWords are the window's own words, before those of a report file.
var ownWords = []filewords.Reason{
	{Sentinel: data.ErrLocked, Words: func(error) string {
		return lang.X("error.locked", "This workspace is open in another window or program. Close it there, or open another workspace.")
	}},
	{Sentinel: data.ErrEmptyFile, Words: func(error) string {
		return lang.X("error.emptyworkspace", "The workspace file is empty (0 bytes): a copy that did not finish, or a file another program made. Nothing was written to it.")
	}},
	{Sentinel: data.ErrDamaged, Words: func(error) string {
		return lang.X("error.damaged", "The workspace file is damaged or is not a Pledge Review workspace. Open another workspace or create a new one; keep the damaged file for recovery.")
	}},
	{Sentinel: data.ErrNewerSchema, Words: func(error) string {
		return lang.X("error.newer", "This workspace was written by a newer version of Pledge Review. Update the program to open it.")
	}},
	{Sentinel: data.ErrReadOnly, Words: func(error) string {
		return lang.X("error.readonly", "This workspace is open read-only: the file may not be written, or it was opened to be read only. What you typed stays in the form; to keep it, copy it, or open a copy of the workspace that you may write.")
	}},
	{Sentinel: data.ErrNotAFile, Words: func(err error) string {
		return lang.X("error.notafile", "That is a folder, a device or a pipe, not a file, so it was left as it is: {{.Err}}", map[string]any{"Err": err.Error()})
	}},
	{Sentinel: workspace.ErrOwnPack, Words: func(error) string {
		return lang.X("error.ownpack", "This is a briefing pack made by Pledge Review, not a report. Import the report it was made from.")
	}},
	{Sentinel: workspace.ErrOwnReviewFile, Words: func(error) string {
		return lang.X("error.ownreview", "This is a review file made by Pledge Review, not a report. Merge it with File › Merge a colleague's file….")
	}},
	{Sentinel: workspace.ErrChangedSinceMerge, Words: func(error) string {
		return lang.X("error.undo.changed", "Reviews were saved after the last merge, so undoing it would lose them. Nothing was changed.")
	}},
	{Sentinel: workspace.ErrUndoUnavailable, Words: func(err error) string {
		return lang.X("error.undo.unavailable", "The reviews were merged, but this merge cannot be undone: the note the undo needs could not be written beside its backup ({{.Why}}).", map[string]any{"Why": innermost(err)})
	}},
	{Sentinel: workspace.ErrUndoMayRemerge, Words: func(err error) string {
		return lang.X("error.undo.remerge", "The reviews were merged, and the merge can be undone; but the note of the team files it merged could not be written beside its backup ({{.Why}}). Should you undo it, the team folder merges those files again once the program starts again.", map[string]any{"Why": innermost(err)})
	}},
	{Sentinel: data.ErrSameReport, Words: sameReportWords},
	{Sentinel: workspace.ErrNotTheSameReport, Words: func(error) string {
		return lang.X("error.notsamereport", "This file is not a version of the report: too few of its sentences are found in the report it would replace. Nothing was changed; import it as a report of its own.")
	}},
	{Sentinel: workspace.ErrLastReport, Words: func(error) string {
		return lang.X("error.lastreport", "This is the only report of the workspace, so it was not removed: import another report first.")
	}},
	{Sentinel: data.ErrReportExists, Words: func(error) string {
		return lang.X("error.exists", "A report with this id is already in the workspace, so nothing was added.")
	}},
	{Sentinel: ingest.ErrCanceled, Words: func(error) string {
		return lang.X("error.importcanceled", "The import was canceled; nothing was added.")
	}},
	{Sentinel: parse.ErrNoPledges, Words: func(error) string {
		return lang.X("error.nopledges", "No pledges were found in this file. Is it a government work report?")
	}},
}

// lastWords are the window's words for an error that may wrap one of a
// report file, which then wins.
var lastWords = []filewords.Reason{
	{Sentinel: fs.ErrNotExist, Words: func(error) string { return lang.X("error.missing", "The file does not exist any more.") }},
	{Sentinel: workspace.ErrNotReportFile, Words: func(err error) string {
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
