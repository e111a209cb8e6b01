package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"pledgereview/data/ingest/hostile"
)

// TestHostileFilesRefused: every file of the hostile set (issue 20, item 7)
// is refused, with the reason a reviewer is told, instead of taking the
// machine's memory and minutes. Their time and memory are measured with
// /usr/bin/time on the CLI (see hostile/cmd/mkhostile); here only the
// outcome is checked.
func TestHostileFilesRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 200 MB of hostile files")
	}
	want := map[string]struct {
		err   error
		words string
	}{
		"overlap.docx": {ErrZipBomb, "unpacks to far more than any report"},
		"targets.docx": {ErrTooMuchText, "far more text than any report"},
		"targets.txt":  {ErrTooMuchText, "the limit is 4 MB"},
		"targets.html": {ErrTooMuchText, "the limit is 16 MB"},
		"nodes.html":   {ErrTooMuchText, "more than 200000 elements"},
		"inflate.pdf":  {ErrTooCostly, "far more memory or time"},
		"shared.pdf":   {ErrTooMuchText, "characters on one page"},
	}
	for _, f := range hostile.All() {
		_, err := Read(f.Name, f.Raw)
		w := want[f.Name]
		t.Logf("%s: %v", f.Name, err)
		if !errors.Is(err, w.err) || !strings.Contains(err.Error(), w.words) {
			t.Errorf("%s: got %v, want %v with %q", f.Name, err, w.err, w.words)
		}
	}
}

// TestPDFCanceledMidRead: canceling the context stops the engine in the
// middle of a PDF that would take minutes (60 pages of 9,000 characters),
// and the read says it was canceled.
func TestPDFCanceledMidRead(t *testing.T) {
	raw := hostile.SharedStreamPDF(60, 9_000)
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	go func() {
		<-started
		time.Sleep(500 * time.Millisecond) // well into the pages
		cancel()
	}()
	close(started)
	_, err := ReadContext(ctx, "slow.pdf", raw)
	if !errors.Is(err, ErrCanceled) {
		t.Errorf("got %v, want %v", err, ErrCanceled)
	}
	// the engine is usable again afterwards
	if _, err := Read("again.pdf", hostile.SharedStreamPDF(1, 2_000)); err != nil {
		t.Errorf("a PDF after a canceled one: %v", err)
	}
}
