package ingest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
)

// The deadlines of a PDF: a real report's pages take milliseconds each
// and the whole 56-page 广东 PDF half a second on a quiet machine, but
// 2.4 s on one running twenty jobs on two cores, and a PDF of the same
// text with an embedded font (TestPDFOfficialPrint) over 10 s there. They
// are the last defence: the caps on memory and characters (pdf.go) stop
// the known hostile files within seconds, and bound any other PDF to about
// 4 s of reading on a quiet machine.
const (
	PDFDeadline     = 30 * time.Second
	PDFPageDeadline = 5 * time.Second
)

// pdfWatch stops the PDF engine when the document's deadline passes, when
// a page takes longer than PDFPageDeadline, or when the caller's context is
// canceled: it kills the instance, which interrupts the WebAssembly call in
// flight, and remembers why, so that the error of the interrupted call is
// told as what it is.
type pdfWatch struct {
	inst    pdfium.Pdfium
	cancel  context.CancelFunc
	stopCtx func() bool

	mu      sync.Mutex
	reason  error
	stopped bool
}

func watchPDF(ctx context.Context, inst pdfium.Pdfium) *pdfWatch {
	ctx, cancel := context.WithTimeout(ctx, PDFDeadline)
	w := &pdfWatch{inst: inst, cancel: cancel}
	w.stopCtx = context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			w.kill(fmt.Errorf("%w (it was still being read after %v)", ErrTooCostly, PDFDeadline))
		} else {
			w.kill(ErrCanceled)
		}
	})
	return w
}

// page starts the deadline of page i (from 0); call what it returns when
// the page is read.
func (w *pdfWatch) page(i int) (done func()) {
	t := time.AfterFunc(PDFPageDeadline, func() {
		w.kill(fmt.Errorf("%w (page %d was still being read after %v)", ErrTooCostly, i+1, PDFPageDeadline))
	})
	return func() { t.Stop() }
}

func (w *pdfWatch) kill(reason error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.reason == nil && !w.stopped {
		w.reason = reason
		func() {
			defer func() { recover() }() // on a timer's goroutine: the read reports the reason
			w.inst.Kill()
		}()
	}
}

// err is why the engine was stopped, else err itself.
func (w *pdfWatch) err(err error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.reason != nil {
		return w.reason
	}
	return err
}

// stop ends the watch: once it returns, the engine is not killed any more.
func (w *pdfWatch) stop() {
	w.stopCtx()
	w.cancel()
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
}
