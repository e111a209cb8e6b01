package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

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
func readPDF(raw []byte) (d *Document, err error) {
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
	pages, err := pdfText(raw)
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

// pdfText returns the text runs of every page.
func pdfText(raw []byte) ([][]pdfRect, error) {
	inst, err := pdfEngine()
	if err != nil {
		return nil, err
	}
	defer inst.Close()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &raw})
	if err != nil {
		switch {
		case errors.Is(err, pdfiumerr.ErrPassword), errors.Is(err, pdfiumerr.ErrSecurity):
			return nil, ErrEncryptedPDF
		default:
			return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
		}
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	if count.PageCount > MaxPDFPages {
		return nil, fmt.Errorf("%w (%d pages, the limit is %d)", ErrTooLarge, count.PageCount, MaxPDFPages)
	}
	pages := make([][]pdfRect, count.PageCount)
	for i := range pages {
		text, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{
			Page: requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i}},
			Mode: requests.GetPageTextStructuredModeChars,
		})
		if err != nil {
			return nil, fmt.Errorf("page %d: %w (%v)", i+1, ErrDamaged, err)
		}
		pages[i] = glyphsOf(text.Chars)
	}
	return pages, nil
}

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
