package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

func TestMergeTwoFilesAtOnceAndARefusedOne(t *testing.T) {
	a, b, c := newHarness(t), newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "李雷")
	c.ok("whoami", "--name", "张伟")
	a.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=0", "--status", "done")
	b.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--status", "behind")
	c.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=2", "--status", "behind")
	c.ok("review", "taiyuan-2021/01.01.01", "--flag")
	fb := filepath.Join(b.dir, "li.pledgereview.json")
	fc := filepath.Join(c.dir, "zhang.pledgereview.json")
	b.ok("export-review", "-o", fb)
	c.ok("export-review", "-o", fc)
	raw, err := os.ReadFile(fb)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(b.dir, "damaged.pledgereview.json")
	os.WriteFile(damaged, raw[:len(raw)/2], 0o644)

	code, out, errs := a.run("merge", "--dry-run", fb, damaged, fc)
	if code != 1 || strings.Count(out, "Merge plan:") != 2 || !strings.Contains(out, "records added: 2") ||
		!strings.Contains(errs, "refused: damaged.pledgereview.json is damaged or was edited by hand") || strings.Contains(out, "merged") {
		t.Fatalf("dry run: exit %d\n%s\n%s", code, out, errs)
	}
	if out := a.ok("agreement"); !strings.Contains(out, "disputed pledges: 0") {
		t.Fatalf("a dry run changed the workspace: %q", out)
	}

	code, out, errs = a.run("merge", fb, damaged, fc)
	if code != 1 || !strings.Contains(errs, "refused: damaged.pledgereview.json is damaged or was edited by hand") || !strings.Contains(errs, "1 of 3 files refused") {
		t.Fatalf("merge: exit %d, stderr %q", code, errs)
	}
	if strings.Count(out, "merged ") != 1 || !strings.Contains(out, "merged 2 of 3 files: 3 records written, 3 history entries, 2 reviewers added") {
		t.Fatalf("merge printed %q", out)
	}
	if out := a.ok("agreement"); !strings.Contains(out, "disputed pledges: 1") {
		t.Fatalf("after the merge: %q", out)
	}
	// Merging the same files again writes nothing and makes no backup.
	out = a.ok("merge", fb, fc)
	if !strings.Contains(out, "merged 2 of 2 files: 0 records written, 0 history entries, 0 reviewers added; nothing to write") {
		t.Fatalf("second merge printed %q", out)
	}
}

// TestExportReviewTakesTheReportIReviewed: with no --report, export-review
// writes the one report that holds my reviews (not an empty file of the
// seed), and asks me to choose when my reviews are on several.
func TestExportReviewTakesTheReportIReviewed(t *testing.T) {
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	report := filepath.Join(datatest.CorpusDir(t), "national", "2024-state-council.txt")
	h.ok("import-report", "--id", "national-2024", report)
	h.ok("review", "national-2024/03.01.00", "--status", "done") // 01: the review of 2023, no pledges
	out := h.ok("export-review", "-o", filepath.Join(h.dir, "mine.json"))
	if !strings.Contains(out, "reviews: 1") {
		t.Fatalf("export-review printed %q, want the one review of national-2024", out)
	}
	raw, _ := os.ReadFile(filepath.Join(h.dir, "mine.json"))
	if !strings.Contains(string(raw), `"national-2024"`) {
		t.Fatal("the file is not for the report I reviewed")
	}
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	h.fails(2, "national-2024 (1), taiyuan-2021 (1)", "export-review", "-o", filepath.Join(h.dir, "which.json"))
	h.ok("export-review", "--report", "taiyuan-2021", "-o", filepath.Join(h.dir, "seed.json"))
}

// export-review by a reviewer without a name writes nothing and says how to
// set the name, as the window asks the name before it exports.
func TestExportReviewWantsAName(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "done")
	file := filepath.Join(h.dir, "mine.json")
	h.fails(1, "set your name first, so colleagues see who reviewed: pledgereview whoami --name NAME; nothing was written", "export-review", "-o", file)
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("a file was written without a name: %v", err)
	}
	entries, _ := os.ReadDir(h.dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".pledgereview.json") {
			t.Fatalf("a default-named file was written: %s", e.Name())
		}
	}
	h.ok("whoami", "--name", "王芳")
	if out := h.ok("export-review", "-o", file); !strings.Contains(out, "reviews: 1") {
		t.Fatalf("with a name, export-review printed %q", out)
	}
	if raw, _ := os.ReadFile(file); !strings.Contains(string(raw), "王芳") {
		t.Fatal("the file does not carry the reviewer's name")
	}
}
