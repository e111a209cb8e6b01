package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// The PDF of a report whose Word file is on the desk is imported: the
// window offers to import it as a corrected version, says where the
// reviews go, and the review follows its sentence to its id in the PDF.
func TestImportAgainKeepsTheReviews(t *testing.T) {
	docx := corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx")
	pdf := corpusFile(t, "provinces-2025-pdf/2025年广东省政府工作报告.pdf")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	importCopy(t, d, docx, "guangdong-2025.docx")
	tapDialogButton(t, c, "添加")

	// a sentence whose id is another in the PDF (sentences before it joined)
	inPDF, err := workspace.ParseReportFile(pdf, "guangdong-2025")
	if err != nil {
		t.Fatal(err)
	}
	pdfID := map[string]string{}
	for _, p := range inPDF.Pledges() {
		pdfID[share.Normalised(p.Text)] = p.ID
	}
	var moved data.Pledge
	for _, p := range d.loaded.report.Pledges() {
		if id, ok := pdfID[share.Normalised(p.Text)]; ok && id != p.ID {
			moved = p
			break
		}
	}
	rv := data.NewReview(moved.ID, d.sess.Me().ID)
	rv.Status = data.InProgress
	if _, err := d.sess.SaveReview(rv); err != nil {
		t.Fatal(err)
	}

	closeOverlays(d)
	importCopy(t, d, pdf, "guangdong-2025.pdf")
	tapDialogButton(t, c, "添加")
	if got := overlayTexts(c); !strings.Contains(got, "再次导入") || !strings.Contains(got, "1 条随文字移到相同文字的承诺上") {
		t.Fatalf("the window says %q", got)
	}
	tapDialogButton(t, c, "再次导入")
	rs, err := d.sess.Reviews("guangdong-2025")
	if err != nil || len(rs) != 1 || rs[0].PledgeID != pdfID[share.Normalised(moved.Text)] {
		t.Fatalf("after the import the reviews are %+v (%v), want mine on %s", rs, err, pdfID[share.Normalised(moved.Text)])
	}
	if d.loaded.report.Fingerprint != inPDF.Fingerprint {
		t.Error("the desk does not show the report imported again")
	}
}

// A corrected version that edits a reviewed sentence: after the import the
// detail of that pledge says its text changed and shows the text reviewed.
func TestImportAgainMarksAnEditedPledge(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	c := d.win.Canvas()
	const id = "taiyuan-2021/01.01.02"
	old := d.loaded.report.Pledges()[2]
	rv := data.NewReview(id, d.sess.Me().ID)
	rv.Status = data.InProgress
	if _, err := d.sess.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "edited.txt")
	if err := os.WriteFile(src, []byte(strings.Replace(d.loaded.report.Source, "拓荒牛", "老黄牛", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	importCopy(t, d, src, "taiyuan-2021.txt")
	tapDialogButton(t, c, "添加")
	tapDialogButton(t, c, "再次导入")
	if !d.selectPledge(id) {
		t.Fatal("the edited pledge is not on the desk")
	}
	if got := strings.ReplaceAll(d.views.detail.changed.Text, "\n", ""); d.views.detail.changed.Hidden || !strings.Contains(got, "评审时的原文") || !strings.Contains(got, old.Text) {
		t.Errorf("the detail says %q (shown %v), want the text reviewed", got, !d.views.detail.changed.Hidden)
	}
	if rs, _ := d.sess.Reviews("taiyuan-2021"); len(rs) != 1 || rs[0].PledgeID != id {
		t.Errorf("reviews after the import: %+v", rs)
	}
}
