package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/data/ingest/hostile"
)

// TestImportCancel: a PDF that takes long to read (60 pages of 9,000
// characters each, minutes of work before the caps of issue 20) is stopped
// by the Cancel button of the import's progress dialog: the reviewer is
// told it was canceled, no preview opens and the workspace is unchanged.
func TestImportCancel(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := filepath.Join(t.TempDir(), "slow-2021.pdf")
	if err := os.WriteFile(path, hostile.SharedStreamPDF(60, 9_000), 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan *importPreview, 1)
	d.importReportFile(path, func(ip *importPreview) { done <- ip })
	cancel := overlayButton(d.win.Canvas(), "取消")
	if cancel == nil {
		t.Fatalf("the progress dialog has no Cancel button: %q", overlayTexts(d.win.Canvas()))
	}
	test.Tap(cancel)
	settle(d.jobs)
	if ip := <-done; ip != nil {
		t.Fatal("a canceled import opened its preview")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "导入已取消") {
		t.Errorf("the window says %q", got)
	}
	if reports, _ := d.sess.Reports(); len(reports) != 1 {
		t.Errorf("a canceled import changed the workspace: %d reports", len(reports))
	}
}
