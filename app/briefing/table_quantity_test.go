package briefing

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestCSVWritesQuantitiesAndKeepsNumbers checks that the CSV writes a
// large target as the report does (10000户 as 1万户) while its value stays
// a plain number in a column of its own.
func TestCSVWritesQuantitiesAndKeepsNumbers(t *testing.T) {
	in := testInput(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, in, LangBoth); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	ti, vi, ui := col["目标 Targets"], col["目标数值 Value"], col["单位 Unit"]
	if vi == 0 || ui == 0 {
		t.Fatalf("no value or unit column in %q", rows[0])
	}
	found := false
	for _, r := range rows[1:] {
		if r[vi] == "10000" && r[ui] == "户" {
			found = true
			if !strings.Contains(r[ti], "1万户") {
				t.Errorf("%s: targets written %q", r[0], r[ti])
			}
		}
	}
	if !found {
		t.Error("no row keeps the value 10000 户 as a number")
	}
}
