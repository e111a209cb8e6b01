// Package ingest turns the bytes of a report file (.docx, .pdf, .html,
// .txt in any common encoding) into paragraphs of text in reading order,
// with what was set aside (page furniture, navigation) listed beside them.
// It knows nothing of the report's structure (that is data/parse) and
// nothing of a workspace.
//
// Every format ends in the same shape: one Paragraph per paragraph of the
// source, hard-wrapped lines joined back (a number cut at a line end is
// never read as two values), and page numbers, running headers, footers,
// a newspaper's page-jump markers ("（下转第四版）"), navigation and licence
// footers moved to SetAside with the reason.
package ingest

import (
	"errors"
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// Paragraph is one block of text in reading order with layout hints.
type Paragraph struct {
	Text string `json:"text"`
	// Page is the 1-based page of a PDF the paragraph starts on; 0 elsewhere.
	Page int `json:"page,omitempty"`
	// Bold is set when the whole paragraph is bold (Word run properties,
	// <strong>/<b>). PDFs do not give it: asking PDFium for every
	// character's font triples the reading time, and the bold of Chinese
	// PDFs is mostly drawn, not a bold font.
	Bold bool `json:"bold,omitempty"`
	// BoldRuns are the bold stretches of a paragraph that is only partly
	// bold, in rune offsets into Text: the run-in headings of a report
	// written as one Word paragraph ("…提出意见。**2023年工作回顾**2023年是…").
	BoldRuns []data.Span `json:"bold_runs,omitempty"`
	// Level is an outline level from a Word heading style or <h1>–<h6>
	// (1 = top), 0 when the source gives none.
	Level int `json:"level,omitempty"`
	// Table is set for a row of a table, cells joined by a tab.
	Table bool `json:"table,omitempty"`
}

// Document is what a file gave.
type Document struct {
	Format     string          `json:"format"` // txt, docx, pdf, html
	Encoding   string          `json:"encoding,omitempty"`
	Pages      int             `json:"pages,omitempty"`
	Paragraphs []Paragraph     `json:"paragraphs"`
	SetAside   []data.SetAside `json:"set_aside,omitempty"`
}

// Text is the paragraphs, one per line: the source text that data/parse reads.
func (d *Document) Text() string {
	var sb strings.Builder
	for i, p := range d.Paragraphs {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(p.Text)
	}
	return sb.String()
}

// BoldSpans are the paragraphs' BoldRuns in rune offsets into Text(), for
// data/parse to cut run-in headings where the file marks them.
func (d *Document) BoldSpans() []data.Span {
	var out []data.Span
	at := 0
	for _, p := range d.Paragraphs {
		for _, r := range p.BoldRuns {
			out = append(out, data.Span{Start: at + r.Start, End: at + r.End})
		}
		at += utf8.RuneCountInString(p.Text) + 1
	}
	return out
}

// Errors returned by Read; test with errors.Is. Their texts are written for
// the reviewer who chose the file.
var (
	ErrUnknownFormat = errors.New("this kind of file cannot be read: use .docx, .pdf, .html or .txt")
	ErrTooLarge      = errors.New("the file is larger than a report can be")
	ErrEmpty         = errors.New("the file holds no text")
	// ErrNotText is a text file holding NUL bytes that is no UTF-16 text:
	// a binary file under a text name.
	ErrNotText = errors.New("this is not a text file (it holds binary data): check that the right file was chosen")
	// ErrWordDoc is a Word 97–2003 file: one with the OLE magic, or named .doc.
	ErrWordDoc = errors.New("a Word 97–2003 .doc file: open it in Word or WPS and save it as .docx")
	// ErrDamaged is a file cut short or corrupted.
	ErrDamaged = errors.New("the file is damaged or incomplete: download or copy it again")
	// ErrZipBomb is a .docx part that would unpack past MaxPartSize; it is
	// refused, never unpacked.
	ErrZipBomb = errors.New("the Word file unpacks to far more than any report: it was not opened")
	// ErrTooMuchText is a file holding far more text than any report
	// (MaxTextSize), or a PDF page holding far more characters than a page
	// can show: made to exhaust the machine, or not a report.
	ErrTooMuchText = errors.New("the file holds far more text than any report: it was not imported")
	// ErrTooCostly is a PDF whose reading passed the engine's memory cap or
	// its deadline (an inflation bomb, pages that repeat one huge stream).
	ErrTooCostly = errors.New("reading the file needs far more memory or time than any report: it was not imported")
	// ErrCanceled is an import the user canceled.
	ErrCanceled = errors.New("the import was canceled")
	// ErrScannedPDF is a PDF with no text layer.
	ErrScannedPDF = errors.New("a scanned PDF: run OCR on it first, or use the report's Word or text version")
	// ErrEncryptedPDF is a PDF that needs a password to be read.
	ErrEncryptedPDF = errors.New("the PDF is password-protected: remove the protection (print it to a new PDF) and import that")
)
