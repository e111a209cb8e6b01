//go:build docs

// The pictures of the packs in docs/ are written by these tests, which
// run only when asked for:
//
//	go test -tags docs -run 'TestWrite' ./app/briefing/
package briefing

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWriteDocs writes docs/briefing-sample.pdf and its PNGs.
func TestWriteDocs(t *testing.T) {
	pdf, err := Build(testInput(t), Options{IncludeNotes: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "docs")
	out := filepath.Join(dir, "briefing-sample.pdf")
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	needTool(t, "pdftoppm")
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pageOf := func(marker string) string {
		for i, pg := range strings.Split(string(text), "\f") {
			if strings.Contains(pg, marker) {
				return strconv.Itoa(i + 1)
			}
		}
		t.Fatalf("no page holds %q", marker)
		return ""
	}
	pages := map[string]string{"cover": "1", "dashboard": pageOf("各章落实状态"), "chapter": pageOf("第 1 章 Chapter 1")}
	for name, page := range pages {
		tmp := filepath.Join(t.TempDir(), name)
		cmd := exec.Command("pdftoppm", "-png", "-r", "60", "-f", page, "-l", page, "-singlefile", out, tmp)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, b)
		}
		b, err := os.ReadFile(tmp + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "briefing-"+name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteMeetingDocs writes docs/meeting-brief.png, the first page of the
// seed's meeting brief.
func TestWriteMeetingDocs(t *testing.T) {
	path, _ := buildMeeting(t)
	needTool(t, "pdftoppm")
	tmp := filepath.Join(t.TempDir(), "page")
	if b, err := exec.Command("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, tmp).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, b)
	}
	b, err := os.ReadFile(tmp + ".png")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "..", "docs", "meeting-brief.png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
