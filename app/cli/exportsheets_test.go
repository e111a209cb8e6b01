package cli

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A spreadsheet's sheet names and its progress sheet speak the language of
// the export: all Chinese in a Chinese export, all English in an English one.
func TestSpreadsheetSheetsSpeakTheExportLanguage(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--progress", "1=3800@2021-09-30")
	for _, c := range []struct {
		lang          string
		sheets        []string
		header, state string
	}{
		{"zh", []string{"承诺", "评分标准", "进度"}, "编号", "逾期未完成"},
		{"en", []string{"Pledges", "Rubric", "Progress"}, "ID", "overdue"},
	} {
		path := filepath.Join(h.dir, "表-"+c.lang+".xlsx")
		h.ok("export-table", "-o", path, "--lang", c.lang, "--as-of", "2022-01-15")
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.GetSheetList(); !slices.Equal(got, c.sheets) {
			t.Errorf("--lang %s: sheets %q, want %q", c.lang, got, c.sheets)
		}
		rows, err := f.GetRows(c.sheets[2])
		f.Close()
		if err != nil || len(rows) < 2 {
			t.Fatalf("--lang %s: progress sheet %q (%v)", c.lang, rows, err)
		}
		if rows[0][0] != c.header || rows[1][len(rows[1])-1] != c.state {
			t.Errorf("--lang %s: progress header %q, suggestion %q; want %q and %q", c.lang, rows[0][0], rows[1][len(rows[1])-1], c.header, c.state)
		}
	}
}
