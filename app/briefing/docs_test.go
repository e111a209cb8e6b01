package briefing

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestWriteDocs writes docs/briefing-sample.pdf and its PNGs when
// PLEDGE_WRITE_DOCS=1.
func TestWriteDocs(t *testing.T) {
	if os.Getenv("PLEDGE_WRITE_DOCS") != "1" {
		t.Skip("set PLEDGE_WRITE_DOCS=1 to write docs/briefing-sample.pdf")
	}
	pdf, err := Build(testInput(t), Options{IncludeNotes: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "docs")
	out := filepath.Join(dir, "briefing-sample.pdf")
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
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
