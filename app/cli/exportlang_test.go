package cli

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// langReview is a review whose tags, evidence and status show the
// punctuation and the words of the language of an export.
func langReview(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t)
	h.ok("whoami", "--name", "Wang")
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "in_progress", "--flag",
		"--tag", "5G", "--tag", "infra", "--evidence", "Budget report||2021-10-15")
	return h
}

// sheetCells maps the header of the pledge sheet to the cells of the row
// of pledge id.
func sheetCells(t *testing.T, rows [][]string, id string) map[string]string {
	t.Helper()
	for _, row := range rows[1:] {
		if len(row) > 0 && row[0] == id {
			out := map[string]string{}
			for i, h := range rows[0] {
				if i < len(row) {
					out[h] = row[i]
				}
			}
			return out
		}
	}
	t.Fatalf("no row for %s", id)
	return nil
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(raw), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func readXLSX(t *testing.T, path string) [][]string {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows(x.GetSheetName(0)) // the pledge sheet, named in the export's language
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// export-table --lang writes the sheet's own words and punctuation in the
// language chosen, as brief does: no Chinese status or "、" in English.
func TestExportTableLanguage(t *testing.T) {
	h := langReview(t)
	for _, c := range []struct {
		lang string
		want map[string]string
	}{
		{"en", map[string]string{"Wang · Status": "in progress", "Wang · Flag": "yes", "Wang · Tags": "5G, infra", "Wang · Evidence": "Budget report (2021-10-15)"}},
		{"zh", map[string]string{"Wang · 状态": "推进中", "Wang · 标记": "是", "Wang · 标签": "5G、infra", "Wang · 证据": "Budget report（2021-10-15）"}},
		{"both", map[string]string{"Wang · 状态 Status": "推进中 in progress", "Wang · 标签 Tags": "5G、infra"}},
	} {
		for _, ext := range []string{".csv", ".xlsx"} {
			path := filepath.Join(h.dir, c.lang+ext)
			h.ok("export-table", "--lang", c.lang, "-o", path)
			rows := readCSV
			if ext == ".xlsx" {
				rows = readXLSX
			}
			got := sheetCells(t, rows(t, path), "taiyuan-2021/01.01.00")
			for col, want := range c.want {
				if got[col] != want {
					t.Errorf("%s%s: column %q = %q, want %q", c.lang, ext, col, got[col], want)
				}
			}
		}
	}
	if rows := readCSV(t, filepath.Join(h.dir, "en.csv")); rows[0][0] != "ID" || rows[0][7] != "Deadline" {
		t.Errorf("English header starts %q", rows[0][:8])
	}
	h.fails(2, "--lang is zh, en or both", "export-table", "-o", filepath.Join(h.dir, "x.csv"), "--lang", "fr")
}

// The pack writes tags and evidence with the punctuation of its language.
func TestBriefPunctuationFollowsTheLanguage(t *testing.T) {
	needPdftotext(t)
	h := langReview(t)
	for _, c := range []struct {
		lang      string
		want, not []string
	}{
		{"en", []string{"Tags: 5G, infra", "Budget report (2021-10-15)"}, []string{"5G、infra", "（2021-10-15）"}},
		{"zh", []string{"标签：5G、infra", "Budget report（2021-10-15）"}, []string{"标签: 5G", "5G, infra", " (2021-10-15)"}},
	} {
		pdf := filepath.Join(h.dir, c.lang+".pdf")
		h.ok("brief", "-o", pdf, "--lang", c.lang)
		raw, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		out := string(raw)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("--lang %s: the pack lacks %q", c.lang, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("--lang %s: the pack says %q", c.lang, w)
			}
		}
	}
}
