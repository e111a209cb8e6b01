package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestParseReadsAnySuffixCase(t *testing.T) {
	h := newHarness(t)
	seed, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	upper := filepath.Join(h.dir, "TAIYUAN-2021.TXT")
	if err := os.WriteFile(upper, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	var r struct {
		ID   string
		Year int
	}
	if err := json.Unmarshal([]byte(h.ok("parse", upper)), &r); err != nil {
		t.Fatal(err)
	}
	if r.ID != "taiyuan-2021" || r.Year != 2021 {
		t.Errorf("parse %s: id %q year %d", upper, r.ID, r.Year)
	}

	rtf := filepath.Join(h.dir, "report.rtf")
	os.WriteFile(rtf, []byte(`{\rtf1 太原}`), 0o644)
	h.fails(1, "cannot be read", "parse", rtf)
	h.fails(1, "cannot be read", "import-report", rtf)
}

func TestParseJSONCarriesFrontMatterAnnexesGlossaryAndSetAside(t *testing.T) {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		dir = filepath.Dir(dir)
	}
	src := filepath.Join(dir, "..", "shared", "corpus", "provinces-2025", "2025年广东省政府工作报告.docx")
	if _, err := os.Stat(src); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	h := newHarness(t)
	var r struct {
		Year      int    `json:"year"`
		Delivered string `json:"delivered"`
		Format    string `json:"format"`
		Chapters  []struct {
			Title string `json:"title"`
			Annex string `json:"annex"`
		} `json:"chapters"`
		Glossary []struct{ Term, Text string }   `json:"glossary"`
		SetAside []struct{ Text, Reason string } `json:"set_aside"`
	}
	if err := json.Unmarshal([]byte(h.ok("parse", "--id", "guangdong-2025", src)), &r); err != nil {
		t.Fatal(err)
	}
	annexes := 0
	for _, c := range r.Chapters {
		if c.Annex == "projects" {
			annexes++
		}
	}
	if r.Year != 2025 || r.Delivered != "2025-01-15" || r.Format != "docx" || annexes != 1 ||
		len(r.Glossary) == 0 || len(r.SetAside) == 0 {
		t.Errorf("parse JSON: year %d, delivered %q, format %q, %d annexes, %d glossary terms, %d set aside",
			r.Year, r.Delivered, r.Format, annexes, len(r.Glossary), len(r.SetAside))
	}
}
