package workspace

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// importAs reads a corpus report under the id the user gives it.
func importAs(t *testing.T, c *colleague, path, id string) *data.Report {
	t.Helper()
	r, err := ParseReportFile(path, id)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSameReportUnderAnotherID: A reviews the Word file of 甘肃's report
// (gansu-2025); B imported its PDF under the id 甘肃2025. B's merge of A's
// file finds the report by its content: the plan says so, and every record
// of A's is placed or kept unplaced, none lost. B's file of everything
// brings all of A's records, as A signed them, to C, who holds the Word
// file as gansu-2025. A file of a report B holds in no form is refused.
func TestSameReportUnderAnotherID(t *testing.T) {
	docx, pdf := datatest.Forms2025(t, "甘肃省")
	a, b, c := newColleague(t, "王芳"), newColleague(t, "李雷"), newColleague(t, "张伟")
	ra, rc := importCorpus(t, a, docx), importCorpus(t, c, docx)
	rb := importAs(t, b, pdf, "甘肃2025")
	reviewed, sent := reviewEverything(t, a, ra)

	plan, err := planOne(b.s, reviewed)
	if err != nil {
		t.Fatalf("B's merge of A's file: %v", err)
	}
	if plan.ReportID != rb.ID || !strings.Contains(plan.Summary("en"), "Merge plan: 甘肃2025 (the same report as gansu-2025)") ||
		!strings.Contains(plan.Summary("zh"), "合并计划：甘肃2025（与 gansu-2025 为同一份报告）") {
		t.Errorf("the plan is for %q and says:\n%s", plan.ReportID, plan.Summary("en"))
	}
	if _, err := applyOne(b.s, plan, reviewed); err != nil {
		t.Fatal(err)
	}
	onB := reviewsOf(t, b, rb.ID, a.s.Me().ID)
	kept, err := b.s.Unplaced(rb.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(onB)+len(kept) != sent {
		t.Errorf("B holds %d of A's records and keeps %d unplaced, of %d sent", len(onB), len(kept), sent)
	}
	checkSameText(t, ra, rb, onB, len(onB))

	fromB := filepath.Join(b.dir, "everything.json")
	if _, err := b.s.WriteReviewFile(fromB, rb.ID, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	c.merge(t, fromB)
	onC := reviewsOf(t, c, rc.ID, a.s.Me().ID)
	onOwn := 0
	for _, rv := range onC {
		if rv.Note == rv.PledgeID {
			onOwn++
		}
	}
	if len(onC) != sent || onOwn != sent {
		t.Errorf("C holds %d of A's %d records, %d on the pledge A reviewed", len(onC), sent, onOwn)
	}

	beijing, _ := datatest.Forms2025(t, "北京市")
	other := importCorpus(t, a, beijing)
	elsewhere, _ := reviewEverything(t, a, other)
	if _, err := planOne(b.s, elsewhere); !errors.Is(err, share.ErrWrongReport) || !strings.Contains(err.Error(), `no report "beijing-2025"`) {
		t.Errorf("a file of a report B holds in no form: %v, want refused as for another report", err)
	}
}

// TestTeamFolderSameReportUnderAnotherID: on a team folder, B, who holds
// the PDF of 甘肃's report as 甘肃2025, merges A's team file of gansu-2025
// (the Word file): A's records arrive on B's report.
func TestTeamFolderSameReportUnderAnotherID(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	dir := t.TempDir()
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "李雷", dir)
	ra := importCorpus(t, a.colleague, filepath.Join(corpus, "provinces-2025", "2025年甘肃省政府工作报告.docx"))
	rb := importAs(t, b.colleague, filepath.Join(corpus, "provinces-2025-pdf", "2025年甘肃省政府工作报告.pdf"), "甘肃2025")
	reviewed, sent := reviewEverything(t, a.colleague, ra)
	a.merge(t, reviewed)
	now := time.Now()
	a.sync(t, now)
	rep := b.sync(t, now.Add(time.Hour))
	if len(rep.Attention) != 0 || !rep.Changed() {
		t.Fatalf("B's pass: %+v", rep)
	}
	onB := reviewsOf(t, b.colleague, rb.ID, a.s.Me().ID)
	kept, err := b.s.Unplaced(rb.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(onB)+len(kept) != sent || len(onB) < sent*98/100 {
		t.Errorf("B holds %d of A's %d records and keeps %d unplaced", len(onB), sent, len(kept))
	}
}

// TestExactTextBeforeTheID: B holds another report under the id A's file
// names (广东's, imported as gansu-2025 by mistake) and 甘肃's, in the very
// form A reviewed, as 甘肃. A's file goes to the report with its very text, placed by id, not
// by text into the report that merely shares its id.
func TestExactTextBeforeTheID(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	docx := filepath.Join(corpus, "provinces-2025", "2025年甘肃省政府工作报告.docx")
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	ra := importCorpus(t, a, docx)
	importAs(t, b, filepath.Join(corpus, "provinces-2025", "2025年广东省政府工作报告.docx"), ra.ID)
	rb := importAs(t, b, docx, "甘肃")
	reviewed, _ := reviewEverything(t, a, ra)
	plan, err := planOne(b.s, reviewed)
	if err != nil {
		t.Fatalf("B's merge of A's file: %v", err)
	}
	if plan.ReportID != rb.ID {
		t.Errorf("the plan is for %q, want %q, the report with the file's very text", plan.ReportID, rb.ID)
	}
}
