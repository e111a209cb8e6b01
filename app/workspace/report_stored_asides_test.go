package workspace

import (
	"path/filepath"
	"reflect"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// TestStoredDraftKeepsTheFilesPiecesAcrossParsers: a report stored by an
// earlier version, whose parser set aside less than today's (no review
// "difficulties" paragraph), still gives back every piece its file's reader
// set aside (page numbers, headers): only what today's parser sets aside is
// taken as the parser's.
func TestStoredDraftKeepsTheFilesPiecesAcrossParsers(t *testing.T) {
	path := filepath.Join(datatest.CorpusDir(t), "provinces-2025-pdf", "2025年广东省政府工作报告.pdf")
	first, err := OpenReportDraft(path, "")
	if err != nil {
		t.Fatal(err)
	}
	older := *first.Report
	older.SetAside = nil
	problems := 0
	for _, a := range first.Report.SetAside {
		if a.Reason == data.AsideProblems {
			problems++
			continue
		}
		older.SetAside = append(older.SetAside, a)
	}
	if problems == 0 || len(older.SetAside) == 0 {
		t.Fatalf("%s: %d pieces of the review's difficulties and %d others set aside; the test needs both", path, problems, len(older.SetAside))
	}
	a := newColleague(t, "王芳")
	if err := a.s.AddReport(&older); err != nil {
		t.Fatal(err)
	}
	again, err := a.s.StoredDraft(older.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first.Report.SetAside, again.Report.SetAside) {
		t.Errorf("the stored report sets aside %d pieces, the file %d", len(again.Report.SetAside), len(first.Report.SetAside))
	}
}
