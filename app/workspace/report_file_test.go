package workspace

import (
	"errors"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
	"pledgereview/data/ingest"
)

// htmlPage saves a real report as a web page, its lines as paragraphs,
// the way a news site serves it.
func htmlPage(t *testing.T, txt, title string) string {
	t.Helper()
	raw, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) + "</title></head><body>\n")
	for l := range strings.SplitSeq(string(raw), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	b.WriteString("</body></html>\n")
	path := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(txt), ".txt")+".html")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReadReportFileOfEachKind reads a real report of each kind a user
// imports (text, Word, PDF, a saved web page) as the import dialog does:
// the id from the file name, the structure found, every pledge under it.
func TestReadReportFileOfEachKind(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	for _, c := range []struct {
		kind, path, id, title string
	}{
		{"txt", filepath.Join(corpus, "national", "2019-state-council.txt"), "2019-state-council", ""},
		{"docx", filepath.Join(corpus, "provinces-2025", "2025年广东省政府工作报告.docx"), "guangdong-2025", "2025年广东省政府工作报告"},
		{"pdf", filepath.Join(corpus, "provinces-2025-pdf", "2025年甘肃省政府工作报告.pdf"), "gansu-2025", "2025年甘肃省政府工作报告"},
		{"html", htmlPage(t, filepath.Join(corpus, "national", "2024-state-council.txt"), "政府工作报告（全文）"), "2024-state-council", "政府工作报告"},
	} {
		t.Run(c.kind, func(t *testing.T) {
			dr, err := ReadReportFile(c.path, "")
			if err != nil {
				t.Fatal(err)
			}
			r := dr.Report
			if dr.Doc.Format != c.kind || dr.ID != c.id || r.ID != c.id || r.Title != c.title {
				t.Errorf("read as %s, id %q (report %q), title %q; want %s, %q, %q", dr.Doc.Format, dr.ID, r.ID, r.Title, c.kind, c.id, c.title)
			}
			// the review of last year is reported outcomes, not pledges
			if len(r.Chapters) < 3 || len(r.Pledges()) < 200 || len(r.Pledges())+len(r.Outcomes()) < 300 || len(dr.Lines()) < 50 {
				t.Errorf("%d chapters, %d pledges, %d outcomes, %d lines", len(r.Chapters), len(r.Pledges()), len(r.Outcomes()), len(dr.Lines()))
			}
			if !strings.Contains(r.Source, "各位代表") {
				t.Error("the text lost its opening 各位代表")
			}
			for _, p := range r.Pledges() {
				if !strings.HasPrefix(p.ID, c.id+"/") || p.Text == "" {
					t.Fatalf("pledge %q: %q", p.ID, p.Text)
				}
			}
		})
	}
}

// The id the user types replaces the one from the file name, in the report
// and in every pledge's id.
func TestReportDraftSetID(t *testing.T) {
	path := filepath.Join(datatest.CorpusDir(t), "provinces-2025", "2025年广东省政府工作报告.docx")
	dr, err := ReadReportFile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	n := len(dr.Report.Pledges())
	if err := dr.SetID("gd-2025"); err != nil {
		t.Fatal(err)
	}
	if dr.ID != "gd-2025" || dr.Report.ID != "gd-2025" || len(dr.Report.Pledges()) != n ||
		!strings.HasPrefix(dr.Report.Pledges()[0].ID, "gd-2025/") {
		t.Errorf("after SetID: draft %q, report %q, %d pledges (was %d), first %q",
			dr.ID, dr.Report.ID, len(dr.Report.Pledges()), n, dr.Report.Pledges()[0].ID)
	}
	r, err := ParseReportFile(path, "gd")
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != "gd" || !strings.HasPrefix(r.Pledges()[0].ID, "gd/") {
		t.Errorf("ParseReportFile with an id: report %q, first pledge %q", r.ID, r.Pledges()[0].ID)
	}
}

// A file that is not there, a folder, a damaged Word file or PDF, a text
// file renamed .docx and a file too large each give an error that says so;
// nothing panics.
func TestReadReportFileErrors(t *testing.T) {
	corpus := datatest.CorpusDir(t)
	dir := t.TempDir()
	if _, err := ReadReportFile(filepath.Join(dir, "没有.docx"), ""); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	if _, err := ReadReportFile(dir, ""); !errors.Is(err, ErrNotReportFile) || !strings.Contains(err.Error(), "folder") {
		t.Errorf("a folder: %v", err)
	}
	docx := filepath.Join(corpus, "provinces-2025", "2025年广东省政府工作报告.docx")
	pdf := filepath.Join(corpus, "provinces-2025-pdf", "2025年甘肃省政府工作报告.pdf")
	txt := filepath.Join(corpus, "national", "2024-state-council.txt")
	for name, bad := range map[string][]byte{
		"cut.docx":     half(t, docx),
		"cut.pdf":      half(t, pdf)[:4096],
		"renamed.docx": read(t, txt),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadReportFile(path, ""); !errors.Is(err, ErrNotReportFile) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v, want ErrNotReportFile naming the file", name, err)
		}
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(ingest.MaxFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadReportFile(big, ""); !errors.Is(err, ErrNotReportFile) || !errors.Is(err, ingest.ErrTooLarge) {
		t.Errorf("a file of 64 MB and a byte: %v", err)
	}
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// half is the first half of a file, as a download cut off leaves it.
func half(t *testing.T, path string) []byte {
	b := read(t, path)
	return b[:len(b)/2]
}

func TestIsReportFile(t *testing.T) {
	for name, want := range map[string]bool{
		"2025年广东省政府工作报告.docx": true,
		"REPORT.PDF":          true,
		"page.htm":            true,
		"page.Html":           true,
		"notes.txt":           true,
		"review.pledgereview": false,
		"report.doc":          false,
		"report":              false,
	} {
		if got := IsReportFile(name); got != want {
			t.Errorf("IsReportFile(%q) = %v, want %v", name, got, want)
		}
	}
}
