package cli

import (
	"errors"
	"io/fs"
	"os"
	"slices"

	"pledgereview/app/internal/filewords"
	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/parse"
)

// importWords are the reasons a report file is not imported, said in the
// user's language, as the window says them (the same keys where the
// window's words name no menu); the first that err is wins.
var importWords = slices.Concat(ownImportWords, filewords.Reasons(lang.X))

// ownImportWords are the CLI's own words, before those of a report file
// the window shares.
var ownImportWords = []filewords.Reason{
	{Sentinel: workspace.ErrOwnPack, Words: func(error) string {
		return lang.X("error.ownpack", "This is a briefing pack made by Pledge Review, not a report. Import the report it was made from.")
	}},
	{Sentinel: workspace.ErrOwnReviewFile, Words: func(error) string {
		return lang.X("cli.import.ownreview", "This is a review file made by Pledge Review, not a report: merge it with `pledgereview merge FILE`.")
	}},
	{Sentinel: data.ErrSameReport, Words: func(err error) string {
		var same *data.SameReportError
		id := ""
		if errors.As(err, &same) {
			id = same.ID
		}
		return lang.X("error.samereport", "This report is already in the workspace as {{.ID}}, so nothing was added.", map[string]any{"ID": id})
	}},
	{Sentinel: data.ErrReportExists, Words: func(error) string {
		return lang.X("cli.import.exists", "A report with this id is already in the workspace, so nothing was added: give it another id with --id, or import it as a corrected version of that report with --again.")
	}},
	{Sentinel: workspace.ErrNotTheSameReport, Words: func(error) string {
		return lang.X("cli.import.notsame", "This file is not a version of the report: too few of its sentences are found in the report it would replace. Nothing was changed; import it as a report of its own, without --again.")
	}},
	{Sentinel: parse.ErrBadID, Words: func(error) string {
		return lang.X("cli.import.badid", "A report id may not contain '/', spaces or control characters: give another with --id.")
	}},
	{Sentinel: parse.ErrNoID, Words: func(error) string {
		return lang.X("cli.import.noid", "The report id is empty: give one with --id.")
	}},
	{Sentinel: parse.ErrNoPledges, Words: func(error) string {
		return lang.X("cli.import.nopledges", "No pledges were found in it: its chapters and headlines were not recognised. If it is a government work report, import it in the window (pledgereview without a command, then File › Import report…): under “Correct by line” you mark its chapters and headlines, and the report appears.")
	}},
	{Sentinel: fs.ErrNotExist, Words: func(error) string { return lang.X("cli.import.missing", "There is no such file.") }},
}

// importError says why the report file at path was not imported, in the
// user's language: the file's name, then the reason. An error it has no
// words for is returned as it is.
func importError(path string, err error) error {
	if fi, serr := os.Stat(path); serr == nil && fi.IsDir() {
		return errors.New(lang.X("cli.import.refused", "{{.File}}: {{.Why}}", map[string]any{"File": data.ShownFileName(path),
			"Why": lang.X("cli.import.folder", "It is a folder, not a file.")}))
	}
	for _, w := range importWords {
		if errors.Is(err, w.Sentinel) {
			return errors.New(lang.X("cli.import.refused", "{{.File}}: {{.Why}}", map[string]any{"File": data.ShownFileName(path), "Why": w.Words(err)}))
		}
	}
	return err
}
