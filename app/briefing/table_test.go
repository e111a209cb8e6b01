package briefing

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pledgereview/data"
)

// tableInput is the seed with hostile text in one note.
func tableInput(t *testing.T) Input {
	in := testInput(t)
	in.Reviews = append(in.Reviews, data.Review{
		PledgeID: in.Report.Pledges()[0].ID, ReviewerID: "r-guest", Status: data.Behind,
		Scores: map[string]int{"specific": 1}, Note: "=HYPERLINK(\"http://x\")\x00\a 😀", Flag: true,
		Tags: []string{"=cmd|' /C calc'!A0", "数字"},
		Evidence: []data.Evidence{
			{Text: "-2+3 市统计局公报", Link: "https://tjj.taiyuan.gov.cn/x", Date: "2021-06-30"},
			{Text: "新闻发布会", Date: "2021-07-02"},
		},
	})
	return in
}

func wantCells(t *testing.T, in Input, csvSafe bool) [][]string {
	t.Helper()
	tb, err := pledgeTable(in, LangBoth)
	if err != nil {
		t.Fatal(err)
	}
	out := [][]string{tb.header}
	for _, r := range tb.rows {
		out = append(out, tb.cells(r, csvSafe))
	}
	return out
}

func trimRow(r []string) []string {
	for len(r) > 0 && r[len(r)-1] == "" {
		r = r[:len(r)-1]
	}
	return r
}

func TestWriteXLSX(t *testing.T) {
	in := tableInput(t)
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := f.GetRows(SheetPledges.Name(LangBoth))
	if err != nil {
		t.Fatal(err)
	}
	want := wantCells(t, in, false)
	if len(got) != len(in.Report.Pledges())+1 || len(got) != len(want) {
		t.Fatalf("%d rows, want %d pledges + header", len(got), len(in.Report.Pledges()))
	}
	for i := range want {
		if !slices.Equal(trimRow(got[i]), trimRow(want[i])) {
			t.Fatalf("row %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
	// Four reviewers (three named, one only seen in the reviews): eight
	// pledge columns, then per reviewer five scores and six fields.
	if n := len(want[0]); n != 8+4*(5+6) {
		t.Errorf("%d columns", n)
	}
	if !strings.Contains(want[0][8], "李敏") || got[1][0] != in.Report.Pledges()[0].ID {
		t.Errorf("header %q, first id %q", want[0][8], got[1][0])
	}
	noteCell, _ := excelize.CoordinatesToCellName(len(want[0]), 2)
	formula, err := f.GetCellFormula(SheetPledges.Name(LangBoth), noteCell)
	if err != nil || formula != "" {
		t.Errorf("a note became a formula: %q %v", formula, err)
	}
	rub, err := f.GetRows(SheetRubric.Name(LangBoth))
	if err != nil {
		t.Fatal(err)
	}
	if len(rub) != 1+len(in.Rubric.Criteria)*(data.MaxScore+1) || rub[1][6] != in.Rubric.Criteria[0].Levels[0].Zh {
		t.Errorf("rubric sheet: %d rows, first %q", len(rub), rub[1])
	}
}

func TestWriteCSV(t *testing.T) {
	in := tableInput(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatal("CSV does not start with a UTF-8 byte-order mark")
	}
	got, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := wantCells(t, in, true)
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("row %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
	note := got[1][len(got[1])-1]
	if note != "'=HYPERLINK(\"http://x\") 😀" {
		t.Errorf("hostile note written as %q", note)
	}
}

// The progress sheet has one row per update with plain numbers a pivot
// table can sum, and the pledge's suggestion.
func TestWriteXLSXProgressSheet(t *testing.T) {
	in := testInput(t)
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetProgress.Name(LangBoth))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(in.Progress)+1 || rows[0][0] != "编号 ID" {
		t.Fatalf("%d rows for %d updates", len(rows), len(in.Progress))
	}
	u := in.Progress[0]
	if rows[1][0] != u.PledgeID || rows[1][7] != u.AsOf || rows[1][9] != "李敏" {
		t.Errorf("first row %q for update %+v", rows[1], u)
	}
	raw, err := f.GetCellValue(SheetProgress.Name(LangBoth), "G2", excelize.Options{RawCellValue: true})
	if err != nil || raw != strconv.FormatFloat(u.Value, 'f', -1, 64) {
		t.Errorf("value cell %q %v, want the number %v", raw, err, u.Value)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		seen[r[len(r)-1]] = true
	}
	if !seen["滞后于序时进度 behind schedule"] {
		t.Errorf("no row carries a behind-schedule suggestion: %v", seen)
	}
}

// The evidence (text, link and date, an item a line) and the tags (joined)
// of every review are in the spreadsheet, and the CSV defuses them like the
// other cells.
func TestTableEvidenceAndTags(t *testing.T) {
	in := tableInput(t)
	const (
		evidence = "-2+3 市统计局公报（https://tjj.taiyuan.gov.cn/x，2021-06-30）\n新闻发布会（2021-07-02）"
		tags     = "=cmd|' /C calc'!A0、数字"
	)
	var xl, cs bytes.Buffer
	if err := WriteXLSX(&xl, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&cs, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&xl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet, err := f.GetRows(SheetPledges.Name(LangBoth))
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(cs.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		rows       [][]string
		ev, tagged string
	}{
		{"XLSX", sheet, evidence, tags},
		{"CSV", records, "'" + evidence, "'" + tags},
	} {
		ev := slices.Index(c.rows[0], "r-guest · 证据 Evidence")
		tg := slices.Index(c.rows[0], "r-guest · 标签 Tags")
		if ev < 0 || tg < 0 {
			t.Fatalf("%s: no evidence or tags column for r-guest in %q", c.name, c.rows[0])
		}
		if got := c.rows[1][ev]; got != c.ev {
			t.Errorf("%s evidence:\n got %q\nwant %q", c.name, got, c.ev)
		}
		if got := c.rows[1][tg]; got != c.tagged {
			t.Errorf("%s tags: got %q, want %q", c.name, got, c.tagged)
		}
	}
	for col := 1; col <= len(sheet[0]); col++ {
		cell, _ := excelize.CoordinatesToCellName(col, 2)
		if formula, _ := f.GetCellFormula(SheetPledges.Name(LangBoth), cell); formula != "" {
			t.Errorf("%s became a formula: %q", cell, formula)
		}
	}
}

func TestTableFileRefusesOtherNames(t *testing.T) {
	in := tableInput(t)
	if _, err := TableFile("表.ods", in, LangBoth); err == nil || !strings.Contains(err.Error(), ".xlsx or .csv") {
		t.Errorf("a table named .ods: %v", err)
	}
	raw, err := TableFile("表.CSV", in, LangZh)
	if err != nil || !strings.Contains(string(raw), "承诺") {
		t.Errorf("a table named .CSV: %v, %.80q", err, raw)
	}
}
