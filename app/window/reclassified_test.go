package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data/datatest"
	"pledgereview/data/parse"
)

// TestOldWorkspaceReclassified: a workspace whose 2022 national report was
// stored with its review of 2021 as pledges opens with that review as
// outcomes (the desk counts only the plan's pledges) and says so once.
func TestOldWorkspaceReclassified(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, langEn)
	t.Cleanup(func() { setLanguage(langEn) })
	ws, cfg := tempPaths(t)
	raw, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "national/2022-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := parse.Parse(string(raw), parse.Options{ID: "2022-state-council"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := workspace.Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddReport(datatest.AsOldImport(fresh)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	a.Preferences().SetString(prefLastReport, "2022-state-council")

	d := newTestDesk(t, a, ws, cfg)
	settle(d.jobs)
	if d.loaded.report == nil || d.loaded.report.ID != "2022-state-council" {
		t.Fatal("the 2022 report is not on the desk")
	}
	if got := d.totalRows(); got != len(fresh.Pledges()) {
		t.Errorf("the desk counts %d pledges, want %d (the review's %d sentences are outcomes)", got, len(fresh.Pledges()), len(fresh.Outcomes()))
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "2022-state-council") || !strings.Contains(got, "reported outcomes") {
		t.Errorf("the user is not told: %q", got)
	}
	d.shutdown()
	d2 := newTestDesk(t, a, ws, cfg)
	settle(d2.jobs)
	if got := overlayTexts(d2.win.Canvas()); strings.Contains(got, "reported outcomes") {
		t.Errorf("told twice: %q", got)
	}
}
