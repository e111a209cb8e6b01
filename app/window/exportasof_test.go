package window

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/packtext"
	"pledgereview/data"
)

// exportPackFromMenu exports a pack as a user does: File → Export
// briefing pack…, the kind chosen (0 full, 1 meeting brief), the file
// typed, Export. It returns the text of the PDF.
func exportPackFromMenu(t *testing.T, d *Desk, kind int, path string) string {
	t.Helper()
	fileMenuItem(d, "导出评审简报…").Action()
	settle(d.jobs)
	top := d.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no export dialog")
	}
	var kinds *widget.RadioGroup
	var file *widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		switch w := o.(type) {
		case *widget.RadioGroup:
			if kinds == nil && strings.HasPrefix(w.Options[0], "完整简报") {
				kinds = w
			}
		case *widget.Entry:
			if strings.HasSuffix(w.Text, ".pdf") {
				file = w
			}
		}
	}
	if kinds == nil || file == nil {
		t.Fatalf("the export dialog has no kind or no file: %q", overlayTexts(d.win.Canvas()))
	}
	kinds.SetSelected(kinds.Options[kind])
	file.SetText(path)
	test.Tap(overlayButton(d.win.Canvas(), "导出"))
	exportSucceeded(t, d)
	d.win.Canvas().Overlays().Top().Hide()
	return packtext.Layout(t, path)
}

// setReviewDate types the review date into File → Settings… and confirms.
func setReviewDate(t *testing.T, d *Desk, day string) {
	t.Helper()
	sd := d.askName(false)
	settle(d.jobs)
	sd.schedule.review.SetText(day)
	sd.onSubmit(true)
	sd.dlg.Hide()
	settle(d.jobs)
}

// The packs made in the window judge "overdue" on the review date set in
// Settings, not on the day they are made: the full pack's dashboard, its
// exceptions list and the meeting brief give one count, and an earlier
// review date gives a smaller one.
func TestWindowPacksJudgeOverdueOnTheReviewDate(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.win.Resize(fyne.NewSize(1280, 800))
	if d.loaded.report.ID != "taiyuan-2021" {
		t.Fatalf("the seed report is %q", d.loaded.report.ID)
	}
	// 5G: 3800 of 5000 by the end of 2021 – overdue by its progress.
	if _, err := d.sess.AddProgress(data.ProgressUpdate{PledgeID: "taiyuan-2021/01.01.00", Target: 1, Value: 3800, AsOf: "2021-09-30"}); err != nil {
		t.Fatal(err)
	}
	// 五一广场 before 国庆 2021, done by the reviewer's word: not overdue.
	if _, ok := d.save(data.Review{PledgeID: "taiyuan-2021/05.01.00", ReviewerID: d.sess.Me().ID, Status: data.Done}); !ok {
		t.Fatal("save failed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext (poppler-utils) is missing: make deps-test installs it")
	}

	counts := func(day string) (dash int) {
		setReviewDate(t, d, day)
		if got := d.loaded.progress.Today.Format(data.DateLayout); got != day {
			t.Errorf("the desk judges as of %s, want the review date %s", got, day)
		}
		dir := t.TempDir()
		full := exportPackFromMenu(t, d, 0, filepath.Join(dir, "full.pdf"))
		brief := exportPackFromMenu(t, d, 1, filepath.Join(dir, "meeting.pdf"))
		dash, exc, meet, list := packtext.Overdue(t, full, brief)
		if dash != exc || dash != meet || dash != list {
			t.Errorf("as of %s overdue: dashboard %d, exceptions %d, meeting brief %d and its list %d; want one count", day, dash, exc, meet, list)
		}
		if !strings.Contains(brief, "截至 "+day) {
			t.Errorf("the meeting brief does not say it judges as of %s", day)
		}
		if !strings.Contains(full, "01.01.00") || strings.Contains(full, "05.01.00   国庆节前完成五一广场改造") {
			t.Errorf("as of %s the 5G pledge is not listed overdue, or the done 五一广场 pledge is", day)
		}
		return dash
	}
	late := counts("2022-01-15")
	early := counts("2021-06-15")
	if late < 5 || early >= late {
		t.Errorf("overdue as of 2022-01-15: %d, as of 2021-06-15: %d; want at least 5, and fewer on the earlier day", late, early)
	}
}
