// Package packtext reads an exported briefing pack as its reader sees it,
// through pdftotext's layout, for the tests of the CLI and the window that
// check one count across the pack's parts.
package packtext

import (
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Layout is the text of a PDF as pdftotext lays it out.
func Layout(t testing.TB, pdf string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return string(out)
}

// FigureAbove is the field-th number (-1: the last) on the line above the
// first line holding every label: a figure box of a dashboard.
func FigureAbove(t testing.TB, text string, field int, labels ...string) int {
	t.Helper()
	lines := strings.Split(text, "\n")
	for i, ln := range lines {
		all := true
		for _, l := range labels {
			all = all && strings.Contains(ln, l)
		}
		if !all {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if f := strings.Fields(lines[j]); len(f) > field {
				if field < 0 {
					field = len(f) - 1
				}
				n, err := strconv.Atoi(f[field])
				if err != nil {
					t.Fatalf("figure above %q: %q", labels, lines[j])
				}
				return n
			}
		}
	}
	t.Fatalf("no line with %q in\n%s", labels, text)
	return 0
}

// CountIn is N of the heading "title（N）".
func CountIn(t testing.TB, text, title string) int {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(title) + `（(\d+)）`).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no %q（N） in the pack", title)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// Overdue are the overdue pledges as a Chinese full pack's dashboard and
// exceptions list, and a Chinese meeting brief's figures and list, count
// them.
func Overdue(t testing.TB, full, brief string) (dashboard, exceptions, meeting, meetingList int) {
	t.Helper()
	dashboard = FigureAbove(t, full, -1, "已标记", "逾期未完成") // pledges, reviewed / total, flagged, overdue
	exceptions = CountIn(t, full, "滞后或逾期未完成")
	meeting = FigureAbove(t, brief, 2, "符合序时", "滞后", "逾期") // on schedule, behind, overdue, …
	meetingList = CountIn(t, brief, "滞后与逾期")
	return dashboard, exceptions, meeting, meetingList
}
