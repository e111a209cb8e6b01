package cli

import (
	"path/filepath"
	"pledgereview/app/internal/packtext"
	"strings"
	"testing"
)

// overdueCounts are the overdue pledges as the full pack's dashboard, its
// exceptions list and the meeting brief count them, as of the day given.
func overdueCounts(t *testing.T, h *harness, asOf string) (dashboard, exceptions, meeting, meetingList int, full, brief string) {
	t.Helper()
	fullPDF, briefPDF := filepath.Join(h.dir, "full-"+asOf+".pdf"), filepath.Join(h.dir, "meeting-"+asOf+".pdf")
	h.ok("brief", "-o", fullPDF, "--lang", "zh", "--as-of", asOf)
	h.ok("brief", "-o", briefPDF, "--lang", "zh", "--kind", "meeting", "--as-of", asOf)
	full, brief = packtext.Layout(t, fullPDF), packtext.Layout(t, briefPDF)
	dashboard, exceptions, meeting, meetingList = packtext.Overdue(t, full, brief)
	return
}

// The full pack's dashboard, its exceptions list and the meeting brief
// agree on what is overdue, and judge it on the review date given, not on
// the day the pack is made.
func TestOverdueIsOneCountOnTheReviewDate(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	// 5G: 3800 of 5000 by the end of 2021 – overdue by its progress.
	h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=3800@2021-09-30")
	// 五一广场 before 国庆 2021, done by the reviewer's word: not overdue.
	h.ok("review", "taiyuan-2021/05.01.00", "--status", "done")

	dash, exc, meet, list, full, brief := overdueCounts(t, h, "2022-01-15")
	if dash < 5 || dash != exc || dash != meet || dash != list {
		t.Errorf("as of 2022-01-15 overdue: dashboard %d, exceptions %d, meeting brief %d and its list %d; want one count", dash, exc, meet, list)
	}
	for _, text := range []string{full, brief} {
		if !strings.Contains(text, "01.01.00") || strings.Contains(text, "05.01.00   国庆节前完成五一广场改造") {
			t.Error("the 5G pledge is not listed overdue, or the done 五一广场 pledge is")
		}
	}
	if !strings.Contains(brief, "截至 2022-01-15") {
		t.Error("the meeting brief does not say the review date it judges on")
	}

	early, exc, meet, list, _, _ := overdueCounts(t, h, "2021-06-15")
	if early >= dash || early != exc || early != meet || early != list {
		t.Errorf("as of 2021-06-15 overdue: dashboard %d, exceptions %d, meeting %d, list %d; want one count below %d", early, exc, meet, list, dash)
	}
	h.fails(2, "not a date", "brief", "-o", filepath.Join(h.dir, "x.pdf"), "--as-of", "15.1.2022")
}

// Without --as-of a pack judges on the workspace's review date, as the
// window's packs do.
func TestPackJudgesOnTheWorkspaceReviewDate(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	h.fails(2, "review date", "schedule", "--review-date", "15.1.2022")
	if out := h.ok("schedule", "--review-date", "2022-01-15"); !strings.Contains(out, "review date\t2022-01-15") {
		t.Errorf("schedule says %q", out)
	}
	path := filepath.Join(h.dir, "meeting.pdf")
	h.ok("brief", "-o", path, "--lang", "zh", "--kind", "meeting")
	if !strings.Contains(packtext.Layout(t, path), "截至 2022-01-15") {
		t.Error("the meeting brief is not judged on the workspace's review date")
	}
}
