package cli

import (
	"errors"
	"io/fs"
	"os"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// importWords are the reasons a report file is not imported, said in the
// user's language, as the window says them (the same keys where the
// window's words name no menu); the first that err is wins.
var importWords = []struct {
	sentinel error
	words    func(err error) string
}{
	{workspace.ErrOwnPack, func(error) string {
		return lang.X("error.ownpack", "This is a briefing pack made by Pledge Review, not a report. Import the report it was made from.")
	}},
	{workspace.ErrOwnReviewFile, func(error) string {
		return lang.X("cli.import.ownreview", "This is a review file made by Pledge Review, not a report: merge it with `pledgereview merge FILE`.")
	}},
	{data.ErrSameReport, func(err error) string {
		var same *data.SameReportError
		id := ""
		if errors.As(err, &same) {
			id = same.ID
		}
		return lang.X("error.samereport", "This report is already in the workspace as {{.ID}}, so nothing was added.", map[string]any{"ID": id})
	}},
	{data.ErrReportExists, func(error) string {
		return lang.X("cli.import.exists", "A report with this id is already in the workspace, so nothing was added: give it another id with --id, or import it as a corrected version of that report with --again.")
	}},
	{workspace.ErrNotTheSameReport, func(error) string {
		return lang.X("cli.import.notsame", "This file is not a version of the report: too few of its sentences are found in the report it would replace. Nothing was changed; import it as a report of its own, without --again.")
	}},
	{parse.ErrBadID, func(error) string {
		return lang.X("cli.import.badid", "A report id may not contain '/', spaces or control characters: give another with --id.")
	}},
	{parse.ErrNoID, func(error) string {
		return lang.X("cli.import.noid", "The report id is empty: give one with --id.")
	}},
	{parse.ErrNoPledges, func(error) string {
		return lang.X("cli.import.nopledges", "No pledges were found in it: its chapters and headlines were not recognised. If it is a government work report, import it in the window (pledgereview without a command, then File › Import report…): under “Correct by line” you mark its chapters and headlines, and the report appears.")
	}},
	{fs.ErrNotExist, func(error) string { return lang.X("cli.import.missing", "There is no such file.") }},
	{fs.ErrPermission, func(error) string {
		return lang.X("error.permission", "The program may not read or write this file. Check its permissions or choose another place.")
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
	{ingest.ErrDamaged, func(error) string {
		return lang.X("error.damagedfile", "The file is damaged or incomplete. Download or copy it again.")
	}},
	{ingest.ErrNotText, func(error) string {
		return lang.X("error.nottext", "This file holds binary data, not text. Import the report as .docx, .pdf, .html or .txt.")
	}},
	{ingest.ErrEmpty, func(error) string { return lang.X("error.empty", "The file holds no text.") }},
	{parse.ErrTooManyPledges, func(error) string {
		return lang.X("error.toomanypledges", "This file holds far more sentences than any report ({{.N}} at most), so it was not imported. Check that it is the report.", map[string]any{"N": parse.MaxPledges})
	}},
	{parse.ErrInvalidUTF8, func(error) string {
		return lang.X("error.utf8", "The file is not UTF-8 text. Save it as UTF-8 (for example with \"Save as… UTF-8\" in a text editor) and try again.")
	}},
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
		if errors.Is(err, w.sentinel) {
			return errors.New(lang.X("cli.import.refused", "{{.File}}: {{.Why}}", map[string]any{"File": data.ShownFileName(path), "Why": w.words(err)}))
		}
	}
	return err
}
