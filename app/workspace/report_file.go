package workspace

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// ReportSuffixes are the kinds of file a report is imported from, for file
// choosers and dropped files; ingest.Read decides what it can really read.
var ReportSuffixes = []string{".docx", ".pdf", ".html", ".htm", ".txt"}

// IsReportFile reports whether the file name has one of ReportSuffixes, in
// any case.
func IsReportFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, s := range ReportSuffixes {
		if ext == s {
			return true
		}
	}
	return false
}

// ErrNotReportFile marks a file that could not be read as a report; the
// error it wraps (from data/ingest) says why.
var ErrNotReportFile = errors.New("the file cannot be read as a report")

// ReportDraft is a report file read and parsed but not yet added: the
// import preview shows it, the user may correct its structure, and Add
// stores its Report.
type ReportDraft struct {
	Path   string
	ID     string
	Doc    *ingest.Document
	Report *data.Report
	// Unstructured is why the importer found no report in the text (no
	// pledges): the preview still shows the lines, and corrections made by
	// hand may make a report of them. Nil once they do.
	Unstructured error
	text         string
	kept         string // the title of the stored report it stands for (keepTitle)
}

// ReadReportFile reads a report file of any supported format and parses
// it; id "" takes the id from the file name. A file whose text holds no
// report the importer can find is an error; OpenReportDraft keeps it.
func ReadReportFile(path, id string) (*ReportDraft, error) {
	dr, err := OpenReportDraft(path, id)
	if err != nil {
		return nil, err
	}
	if dr.Unstructured != nil {
		return nil, dr.Unstructured
	}
	return dr, nil
}

// OpenReportDraft reads a report file as ReadReportFile does, but a text in
// which the importer finds no report still gives a draft: its Report holds
// the text and no chapters, and Unstructured says why, so that the user can
// mark its structure by hand.
func OpenReportDraft(path, id string) (*ReportDraft, error) {
	return OpenReportDraftContext(context.Background(), path, id)
}

// OpenReportDraftContext is OpenReportDraft that stops with an error
// wrapping ingest.ErrCanceled once ctx is canceled (the import dialog's
// Cancel).
func OpenReportDraftContext(ctx context.Context, path, id string) (*ReportDraft, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read report %s: %w", path, fs.ErrNotExist)
	}
	if err != nil {
		return nil, fmt.Errorf("read report %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("read report %s: %w: it is a folder", path, ErrNotReportFile)
	}
	// a pipe or a device would block the read or never end
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("read report %s: %w: it is not a regular file (a pipe or a device)", path, ErrNotReportFile)
	}
	if fi.Size() > ingest.MaxFileSize {
		return nil, fmt.Errorf("read report %s: %w: %w (%d MB, the limit is %d MB)",
			path, ErrNotReportFile, ingest.ErrTooLarge, fi.Size()>>20, ingest.MaxFileSize>>20)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read report %s: %w", path, err)
	}
	if err := ownFile(raw); err != nil {
		return nil, fmt.Errorf("read report %s: %w: %w", path, ErrNotReportFile, err)
	}
	doc, err := ingest.ReadContext(ctx, filepath.Base(path), raw)
	if err != nil {
		return nil, fmt.Errorf("read report %s: %w: %w", path, ErrNotReportFile, err)
	}
	if id == "" {
		id = parse.IDFromFileName(path)
	}
	dr := &ReportDraft{Path: path, ID: id, Doc: doc, text: doc.Text()}
	if err := dr.Correct(nil); err != nil {
		return nil, err
	}
	if ctx.Err() != nil { // canceled while the text was parsed
		return nil, fmt.Errorf("read report %s: %w", path, ingest.ErrCanceled)
	}
	return dr, nil
}

// SetID parses the file's text again under another report id, keeping the
// corrections; on an error the draft keeps its id and report.
func (dr *ReportDraft) SetID(id string) error {
	old := dr.ID
	dr.ID = id
	if err := dr.Correct(dr.Report.Corrections); err != nil {
		dr.ID = old
		return err
	}
	return nil
}

// Correct parses the file's text again with the user's structure
// corrections; on an error the draft keeps its previous report. When the
// text with them still holds no report, the draft is Unstructured and
// keeps the corrections.
func (dr *ReportDraft) Correct(cs []data.Correction) (err error) {
	// The text comes from outside: a parser bug it meets refuses this
	// file, and the program (the CLI has no job runner around it) stays up.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parse report %s: %w (the parser failed: %v)", dr.Path, ErrNotReportFile, p)
		}
	}()
	r, err := parse.Parse(dr.text, parse.Options{
		ID: dr.ID, SetAside: dr.Doc.SetAside, Format: dr.Doc.Format, Corrections: cs,
		Bold: dr.Doc.BoldSpans(),
	})
	if errors.Is(err, parse.ErrNoPledges) {
		// no report yet: the lines and the corrections so far are kept
		dr.Unstructured = fmt.Errorf("parse report %s: %w", dr.Path, err)
		dr.Report = &data.Report{ID: dr.ID, Title: dr.kept, Source: dr.text, Format: dr.Doc.Format, Chapters: []data.Chapter{},
			SetAside: dr.Doc.SetAside, Bold: dr.Doc.BoldSpans(), Corrections: cs}
		return nil
	}
	if err != nil {
		return fmt.Errorf("parse report %s: %w", dr.Path, err)
	}
	if dr.kept != "" {
		r.Title = dr.kept
	}
	dr.Report, dr.Unstructured = r, nil
	return nil
}

// ProposedTitle is the title proposed for a report whose file has no
// title line ("<place><year>年政府工作报告"), "" when it has one.
func (dr *ReportDraft) ProposedTitle() string { return parse.ProposedTitle(dr.Path, dr.Report) }

// DraftLine is one non-blank line of the text parsed, trimmed, with its
// rune offsets in Report.Source.
type DraftLine = parse.Line

// Lines are the non-blank lines of the text parsed, numbered as
// data.Correction.Line counts them.
func (dr *ReportDraft) Lines() []DraftLine { return parse.Lines(dr.text, dr.Doc.BoldSpans()) }

// WarmReaders starts the PDF engine in the background when an import
// begins, so that the first PDF does not wait for it.
func WarmReaders() { ingest.WarmPDF() }

// ParseReportFile reads and parses a report file; id "" takes it from the
// file name. A report whose file has no title, or one naming only the
// genre, gets the title the import preview proposes (ProposedTitle).
func ParseReportFile(path, id string) (*data.Report, error) {
	dr, err := ReadReportFile(path, id)
	if err != nil {
		return nil, err
	}
	if t := dr.ProposedTitle(); t != "" {
		dr.Report.Title = t
	}
	return dr.Report, nil
}
