package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
)

// MaxPDFPages bounds the pages read from one PDF: a government work report
// runs to 20–70 pages; a book is no report.
const MaxPDFPages = 1000

// pdfRect is one character on a page with its box in points, y upwards.
// Characters, not PDFium's runs: its runs gather the text inside a box and
// so repeat quotation marks drawn over a line (LibreOffice's PDFs).
type pdfRect struct {
	text                     string
	left, right, top, bottom float64
}

// readPDF takes the text layer of a PDF with its positions and rebuilds
// the paragraphs (pdf_layout.go). A panic of the engine becomes ErrDamaged.
func readPDF(ctx context.Context, raw []byte) (d *Document, err error) {
	if !looksLikePDF(raw) {
		return nil, fmt.Errorf("%w (no PDF header)", ErrDamaged)
	}
	// PDFium rebuilds a cut-off file and shows what pages it can: a report
	// missing its end would be imported as if whole. Every complete PDF
	// ends with %%EOF.
	if !bytes.Contains(raw[max(0, len(raw)-4096):], []byte("%%EOF")) {
		return nil, fmt.Errorf("%w (the PDF is cut short: its end is missing)", ErrDamaged)
	}
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w (the PDF reader failed: %v)", ErrDamaged, r)
		}
	}()
	pages, err := pdfText(ctx, raw)
	if err != nil {
		return nil, err
	}
	chars := 0
	for _, p := range pages {
		for _, r := range p {
			chars += len(strings.TrimSpace(r.text))
		}
	}
	if chars == 0 {
		return nil, ErrScannedPDF
	}
	d = layoutPDF(pages)
	if len(d.Paragraphs) == 0 {
		return nil, ErrScannedPDF
	}
	return d, nil
}

// looksLikePDF finds "%PDF-" in the first KB, where readers accept it.
func looksLikePDF(raw []byte) bool {
	head := raw[:min(len(raw), 1024)]
	return strings.Contains(string(head), "%PDF-")
}

// Limits of a PDF's text: a dense page of a report holds about 1,500
// characters; a page past MaxPDFPageChars (one huge stream drawn on every
// page) is refused before its characters are read one by one, and so is a
// document past MaxPDFChars: reading them costs time by the character.
const (
	MaxPDFPageChars = 10_000
	MaxPDFChars     = 500_000 // five times the longest report
)

// pdfText returns the text runs of every page, within the deadlines and
// the caps of the engine (pdf_watch.go).
func pdfText(ctx context.Context, raw []byte) ([][]pdfRect, error) {
	inst, err := pdfEngine()
	if err != nil {
		return nil, err
	}
	w := watchPDF(ctx, inst)
	defer func() {
		w.stop()
		inst.Close() // an error only says a killed instance is gone already
	}()
	mark := memoryMark()
	pages, err := pdfPages(inst, w, raw)
	if err != nil && outOfMemorySince(mark) {
		err = fmt.Errorf("%w (the PDF reader reached its memory limit of %d MB)", ErrTooCostly, PDFMemoryPages>>4)
	}
	if err != nil {
		return nil, w.err(err)
	}
	return pages, nil
}

func pdfPages(inst pdfium.Pdfium, w *pdfWatch, raw []byte) ([][]pdfRect, error) {
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &raw})
	if err != nil {
		return nil, openPDFErr(err)
	}
	defer func() {
		// A killed engine is gone with its documents; waiting on the
		// watch's lock keeps this call off an engine being torn down.
		if w.err(nil) == nil {
			inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
		}
	}()
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, engineErr(err)
	}
	if count.PageCount > MaxPDFPages {
		return nil, fmt.Errorf("%w (%d pages, the limit is %d)", ErrTooLarge, count.PageCount, MaxPDFPages)
	}
	pages := make([][]pdfRect, count.PageCount)
	total := 0
	for i := range pages {
		done := w.page(i)
		pages[i], err = pdfPage(inst, requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i}}, &total)
		done()
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
	}
	return pages, nil
}

// pdfPage reads the characters of one page, counting them first: total
// is the count of the pages before, which may not pass MaxPDFChars.
func pdfPage(inst pdfium.Pdfium, page requests.Page, total *int) ([]pdfRect, error) {
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return nil, engineErr(err)
	}
	n, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	if err != nil {
		return nil, engineErr(err)
	}
	if n.Count > MaxPDFPageChars {
		return nil, fmt.Errorf("%w (%d characters on one page, the limit is %d)", ErrTooMuchText, n.Count, MaxPDFPageChars)
	}
	if *total += n.Count; *total > MaxPDFChars {
		return nil, fmt.Errorf("%w (more than %d characters, the limit is %d)", ErrTooMuchText, *total, MaxPDFChars)
	}
	text, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: page, Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return nil, engineErr(err)
	}
	return glyphsOf(text.Chars), nil
}

// openPDFErr words an error of opening a PDF.
func openPDFErr(err error) error {
	if errors.Is(err, pdfiumerr.ErrPassword) || errors.Is(err, pdfiumerr.ErrSecurity) {
		return ErrEncryptedPDF
	}
	return engineErr(err)
}

// engineErr words an error of the engine (pdfText tells one that ran out
// of memory).
func engineErr(err error) error { return fmt.Errorf("%w (%v)", ErrDamaged, err) }

// glyphsOf keeps the printed characters of a page with their boxes. Spaces
// are dropped: PDFium invents them at odd places, and the layout puts back
// the ones English words need.
func glyphsOf(in []*responses.GetPageTextStructuredChar) []pdfRect {
	out := make([]pdfRect, 0, len(in))
	for _, r := range in {
		if r == nil {
			continue
		}
		t := strings.Map(func(c rune) rune {
			if c < ' ' || c == '\ufffe' || c == '\uffff' {
				return -1
			}
			return c
		}, r.Text)
		if strings.TrimSpace(t) == "" {
			continue
		}
		p := r.PointPosition
		out = append(out, pdfRect{text: t, left: p.Left, right: p.Right, top: max(p.Top, p.Bottom), bottom: min(p.Top, p.Bottom)})
	}
	return out
}
