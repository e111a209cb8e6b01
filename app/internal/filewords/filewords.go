// Package filewords says why a report file could not be read, in the
// interface's language, for the window and the CLI alike: the reasons of
// data/ingest and data/parse, and a file the program may not read.
package filewords

import (
	"io/fs"

	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// X is the translation call of the caller: Fyne's lang.X in the window,
// app/internal/lang's in the CLI.
type X func(key, fallback string, data ...any) string

// Reason words the errors that wrap its sentinel.
type Reason struct {
	Sentinel error
	Words    func(err error) string
}

// Reasons are the reasons worded with x, the first an error wraps
// winning; the words are looked up when shown, in the language of the
// moment.
func Reasons(x X) []Reason {
	return []Reason{
		{ingest.ErrUnknownFormat, func(error) string {
			return x("error.format", "This kind of file cannot be read. Import a Word file (.docx), a PDF, a web page saved as .html, or a text file (.txt).")
		}},
		{ingest.ErrTooLarge, func(error) string {
			return x("error.toolarge", "The file is larger than a report can be ({{.MB}} MB at most). Check that it is the report.", map[string]any{"MB": ingest.MaxFileSize >> 20})
		}},
		{ingest.ErrWordDoc, func(error) string {
			return x("error.worddoc", "This is an old Word file (.doc). Open it in Word or WPS, save it as .docx and import that.")
		}},
		{ingest.ErrScannedPDF, func(error) string {
			return x("error.scanned", "This PDF is a scan and holds no text. Run OCR on it first, or import the report's Word or text version.")
		}},
		{ingest.ErrEncryptedPDF, func(error) string {
			return x("error.encrypted", "This PDF is password-protected. Remove the protection (print it to a new PDF) and import that.")
		}},
		{ingest.ErrZipBomb, func(error) string {
			return x("error.zipbomb", "This Word file unpacks to far more than any report, so it was not opened.")
		}},
		{ingest.ErrTooMuchText, func(error) string {
			return x("error.toomuchtext", "This file holds far more text than any report, so it was not imported. Check that it is the report.")
		}},
		{ingest.ErrTooCostly, func(error) string {
			return x("error.toocostly", "Reading this file would take far more memory or time than any report needs, so it was not imported. It may be damaged or made to block the program; try the report's Word or text version.")
		}},
		{ingest.ErrDamaged, func(error) string {
			return x("error.damagedfile", "The file is damaged or incomplete. Download or copy it again.")
		}},
		{ingest.ErrNotText, func(error) string {
			return x("error.nottext", "This file holds binary data, not text. Import the report as .docx, .pdf, .html or .txt.")
		}},
		{ingest.ErrEmpty, func(error) string {
			return x("error.empty", "The file holds no text.")
		}},
		{parse.ErrTooManyPledges, func(error) string {
			return x("error.toomanypledges", "This file holds far more sentences than any report ({{.N}} at most), so it was not imported. Check that it is the report.", map[string]any{"N": parse.MaxPledges})
		}},
		{parse.ErrInvalidUTF8, func(error) string {
			return x("error.utf8", "The file is not UTF-8 text. Save it as UTF-8 (for example with \"Save as… UTF-8\" in a text editor) and try again.")
		}},
		{fs.ErrPermission, func(error) string {
			return x("error.permission", "The program may not read or write this file. Check its permissions or choose another place.")
		}},
	}
}
