package ingest

import (
	"errors"
	"strings"
	"testing"

	"pledgereview/data/ingest/internal/hostile"
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
