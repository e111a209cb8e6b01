package window

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// Each error is worded by the sentinel it wraps, however deep, and a
// sentinel that wraps another (the empty workspace file is also a damaged
// one) gets its own words.
func TestPlainWordsBySentinel(t *testing.T) {
	test.NewTempApp(t)
	setLanguage(langEn)
	_, missing := os.Open(filepath.Join(t.TempDir(), "gone.txt"))
	_, badText := parse.Parse("标题\n第一章\n正文\xff。", parse.Options{ID: "x"})
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("open w.pledgereview: %w", data.ErrLocked), "open in another window or program"},
		{fmt.Errorf("open w.pledgereview: %w", data.ErrEmptyFile), "is empty (0 bytes)"},
		{fmt.Errorf("open w.pledgereview: %w (page 3)", data.ErrDamaged), "is damaged or is not a Pledge Review workspace"},
		{fmt.Errorf("save: %w", data.ErrReadOnly), "open read-only"},
		{fmt.Errorf("restore into /dev/null: %w", data.ErrNotAFile), "not a file, so it was left as it is: restore into /dev/null"},
		{fmt.Errorf("undo merge: %w", workspace.ErrChangedSinceMerge), "Reviews were saved after the last merge"},
		{fmt.Errorf("%w: %w", workspace.ErrUndoUnavailable, syscall.ENOSPC), "cannot be undone: the note the undo needs could not be written beside its backup (no space left on device)"},
		{fmt.Errorf("add report: %w", &data.SameReportError{ID: "taiyuan-2021"}), "already in the workspace as taiyuan-2021"},
		{fmt.Errorf("add report: %w", data.ErrReportExists), "A report with this id is already"},
		{fmt.Errorf("read a.xls: %w", ingest.ErrUnknownFormat), "This kind of file cannot be read"},
		{fmt.Errorf("read a.pdf: %w", ingest.ErrTooLarge), "MB at most"},
		{fmt.Errorf("read a.pdf: %w", ingest.ErrScannedPDF), "is a scan"},
		{fmt.Errorf("read a.docx: %w", ingest.ErrZipBomb), "unpacks to far more"},
		{badText, "not UTF-8 text"},
		{fmt.Errorf("parse: %w", parse.ErrNoPledges), "No pledges were found"},
		{missing, "does not exist any more"},
		{fmt.Errorf("read report a.docx: %w: %w", workspace.ErrNotReportFile, errors.New("no word/document.xml in it")), "cannot be read as a report: no word/document.xml in it"},
		{errors.New("disk on fire"), "Something went wrong: disk on fire"},
	} {
		if got := plainWords(c.err); !strings.Contains(got, c.want) {
			t.Errorf("%v:\n  says %q\n  want %q", c.err, got, c.want)
		}
	}
	if !errors.Is(badText, parse.ErrInvalidUTF8) {
		t.Fatalf("the parser's error for bad UTF-8: %v", badText)
	}
}

// A history that cannot be read says so; it is not shown as a review
// without changes.
func TestHistoryReadErrorIsShown(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	if got := historyText(d); !strings.Contains(got, "还没有修改记录") {
		t.Fatalf("a pledge without changes shows %q", got)
	}
	if err := d.sess.Close(); err != nil {
		t.Fatal(err)
	}
	d.views.form.history.show(id)
	got := historyText(d)
	if !strings.Contains(got, "修改记录无法读取") || strings.Contains(got, "还没有修改记录") {
		t.Errorf("a history that cannot be read shows %q", got)
	}
}
