package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/parse"
)

// TestReclassifyOnOpen: a workspace built the old way holds the 2022
// national report with its review of 2021 as pledges, and reviews on a
// review sentence and on a plan sentence. Opened again, the review is
// outcomes, the plan's review stays on its pledge, the review sentence's
// is kept unplaced, and the user is told once.
func TestReclassifyOnOpen(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "national/2022-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := parse.Parse(string(raw), parse.Options{ID: "2022-state-council"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ws, cfg := filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config")
	s, err := Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.store.AddReport(datatest.AsOldImport(fresh)); err != nil {
		t.Fatal(err)
	}
	reviewed, plan := fresh.Outcomes()[3], fresh.Pledges()[5]
	for _, p := range []data.Pledge{reviewed, plan} {
		rv := data.NewReview(p.ID, s.Me().ID)
		rv.Note = "看过：" + p.Text
		if _, err := s.store.SaveReview(rv); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	s = openSession(t, ws, cfg)
	got := s.Reclassified()
	if len(got.Reports) != 1 || got.Reports[0] != "2022-state-council" || got.Outcomes != len(fresh.Outcomes()) || got.Unplaced != 1 {
		t.Fatalf("reclassified %+v, want the 2022 report, %d outcomes, 1 unplaced", got, len(fresh.Outcomes()))
	}
	r, err := s.Report("2022-state-council")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Outcomes()) != len(fresh.Outcomes()) || len(r.Pledges()) != len(fresh.Pledges()) {
		t.Errorf("stored: %d pledges, %d outcomes", len(r.Pledges()), len(r.Outcomes()))
	}
	if rv, _ := s.MyReview(plan.ID); !strings.Contains(rv.Note, plan.Text) {
		t.Errorf("the plan sentence's review is %+v", rv)
	}
	kept, err := s.Unplaced("2022-state-council")
	if err != nil || len(kept) != 1 || !strings.Contains(kept[0].Review.Note, reviewed.Text) {
		t.Errorf("unplaced %+v %v, want the review sentence's review", kept, err)
	}
	if s.CanUndoMerge() {
		t.Error("Undo last merge would take the migration back, which the next opening does again")
	}
	s.Close()
	if again := openSession(t, ws, cfg).Reclassified(); len(again.Reports) != 0 {
		t.Errorf("told twice: %+v", again)
	}
}

// A report whose stored text no longer matches its sum (a bit flipped on
// disk) keeps neither the workspace from opening nor the other reports
// from being read: reading it says it is damaged.
func TestDamagedReportDoesNotKeepTheWorkspaceShut(t *testing.T) {
	dir := t.TempDir()
	ws, cfg := filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config")
	s := openSession(t, ws, cfg)
	r, err := s.Report("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	text := r.Pledges()[0].Text
	s.Close()
	raw, err := os.ReadFile(ws)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(string(raw), text)
	if at < 0 {
		t.Fatal("the pledge's text is not in the file as written")
	}
	raw[at] ^= 1 // still valid JSON: 5G → 4G, or the like
	if err := os.WriteFile(ws, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ws, cfg)
	if err != nil {
		t.Fatalf("one damaged report keeps the workspace shut: %v", err)
	}
	defer s.Close()
	if _, err := s.Report(r.ID); !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("the damaged report reads as %v", err)
	}
}

// TestPairByPlaceAndYear: two reports imported under ids that say nothing
// of place or year (河南 2025 and 2026 as "report-a", "report-b") are paired
// by the place and year their texts name; the national 2022 report is not
// taken for 河南's.
func TestPairByPlaceAndYear(t *testing.T) {
	dir := t.TempDir()
	s := openSession(t, filepath.Join(dir, "ws.pledgereview"), filepath.Join(dir, "config"))
	corpus := datatest.CorpusDir(t)
	for _, f := range []struct{ file, id string }{
		{"national/2022-state-council.txt", "report-c"},
		{"provinces-2026/2026年河南政府工作报告.txt", "report-b"},
		{"provinces-2025/2025年河南省政府工作报告.docx", "report-a"},
	} {
		r, err := ParseReportFile(filepath.Join(corpus, f.file), f.id)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddReport(r); err != nil {
			t.Fatal(err)
		}
	}
	pair, err := s.Outcomes("report-a", "")
	if err != nil || pair.To.ID != "report-b" {
		t.Fatalf("pair %v, %v; want report-a → report-b", pair, err)
	}
	if _, err := s.Outcomes("report-c", ""); err == nil {
		t.Error("the national 2022 report found a next report")
	}
}
