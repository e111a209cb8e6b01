package briefing

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pledgereview/data"
	"pledgereview/data/outcome"
)

// provincePairs are the corpus's provinces, 2025 → 2026.
var provincePairs = []struct{ name, from, to string }{
	{"北京", "2025年北京市政府工作报告", "2026年北京政府工作报告"},
	{"上海", "2025年上海市政府工作报告", "2026年上海政府工作报告"},
	{"江苏", "2025年江苏省政府工作报告", "2026年江苏政府工作报告"},
	{"河南", "2025年河南省政府工作报告", "2026年河南政府工作报告"},
	{"广东", "2025年广东省政府工作报告", "2026年广东政府工作报告"},
	{"四川", "2025年四川省政府工作报告", "2026年四川政府工作报告"},
	{"甘肃", "2025年甘肃省政府工作报告", "2026年甘肃政府工作报告"},
	{"西藏", "2025年西藏政府工作报告", "2026年西藏政府工作报告"},
}

// outcomeInput is the input of a province's 2025 pack with what its 2026
// report says of each pledge, as the workspace builds it.
func outcomeInput(t *testing.T, from, to string) Input {
	t.Helper()
	a := corpusReport(t, "provinces-2025/"+from+".docx", "p-2025")
	b := corpusReport(t, "provinces-2026/"+to+".txt", "p-2026")
	in := Input{Report: a, Rubric: data.DefaultRubric(), Reviewers: testReviewers[:1], Me: testReviewers[0].ID,
		Workspace: "p", Generated: testDate, Later: b.ID, Outcomes: []data.OutcomeRow{}}
	for _, k := range outcome.Links(a, b) {
		row := data.OutcomeRow{PledgeID: k.Pledge.ID, Verdict: k.Verdict, Arithmetic: k.Arithmetic, CarriedOver: k.CarriedOver}
		if k.Best != nil {
			row.Outcome, row.Source = k.Best.Outcome.Text, outcome.Source(b, k.Best.Outcome)
		}
		in.Outcomes = append(in.Outcomes, row)
	}
	return in
}

// TestMeetingBriefOutcomesFitFourPages: with the block "上年承诺兑现", the
// meeting brief of every corpus province still fits on four pages, and
// the block gives the counts.
func TestMeetingBriefOutcomesFitFourPages(t *testing.T) {
	needTool(t, "pdftotext")
	for _, pp := range provincePairs {
		t.Run(pp.name, func(t *testing.T) {
			in := outcomeInput(t, pp.from, pp.to)
			pdf, err := Build(in, Options{Kind: KindMeeting, IncludeNotes: true})
			if err != nil {
				t.Fatal(err)
			}
			path := writePack(t, pdf)
			if n := pdfPages(t, path); n > 4 {
				t.Errorf("meeting brief has %d pages, want at most 4", n)
			}
			raw, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			text := stripSpace(string(raw))
			for _, want := range []string{"上年承诺兑现", "达到", "未提及", "再次列入"} {
				if !strings.Contains(text, want) {
					t.Errorf("meeting brief lacks %q", want)
				}
			}
		})
	}
}

// TestFullPackAndSheetShowOutcomes: the full pack says, under a pledge, its
// verdict with the arithmetic and the outcome's source; the spreadsheet has
// an Outcomes sheet with a row per pledge.
func TestFullPackAndSheetShowOutcomes(t *testing.T) {
	in := outcomeInput(t, "2025年北京市政府工作报告", "2026年北京政府工作报告")
	var met data.OutcomeRow
	for _, o := range in.Outcomes {
		if o.Verdict == outcome.Met && o.Arithmetic != "" && met.PledgeID == "" {
			met = o
		}
	}
	if met.PledgeID == "" {
		t.Fatal("no met pledge with arithmetic")
	}
	pdf, err := Build(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, writePack(t, pdf), in.Report.Title)
	if !strings.Contains(text, stripSpace("上年兑现Outcome")) && !strings.Contains(text, "上年兑现") {
		t.Error("the full pack has no outcome field")
	}
	if !strings.Contains(text, stripSpace(met.Arithmetic)) {
		t.Errorf("the full pack lacks the arithmetic %q", met.Arithmetic)
	}
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, in, LangZh); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(SheetOutcomes.Name(LangZh))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(in.Outcomes)+1 || rows[0][2] != "兑现" {
		t.Fatalf("Outcomes sheet: %d rows, header %v", len(rows), rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		found = found || r[0] == met.PledgeID && r[2] == "达到" && r[3] == met.Arithmetic
	}
	if !found {
		t.Errorf("no row for %s", met.PledgeID)
	}
}
