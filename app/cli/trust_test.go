package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pledgereview/app/briefing"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// hostileName is what a careless or hostile colleague could call
// themselves: a formula, a terminal title sequence, a bell, a bidi override.
const hostileName = "=HYPERLINK(\"http://x\")\x1b]0;pwn\a\u202Eexe.txt"

// cleanHostile is hostileName as every output must show it.
const cleanHostile = "=HYPERLINK(\"http://x\")]0;pwnexe.txt"

func noControls(t *testing.T, where, s string) {
	t.Helper()
	for _, r := range s {
		if r != '\n' && r != '\t' && data.UnsafeRune(r) {
			i := strings.IndexRune(s, r)
			t.Errorf("%s holds %U: …%q…", where, r, s[max(0, i-40):min(len(s), i+40)])
			return
		}
	}
}

// hostileFile is a signed file from a colleague whose program did not clean
// the name or the note: the merge must.
func hostileFile(t *testing.T, h *harness) string {
	t.Helper()
	h.ok("whoami", "--name", "李雷")
	h.ok("review", "taiyuan-2021/01.01.00", "--status", "done", "--note", "已完成")
	s, err := workspace.Open(h.env.Workspace, h.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, err := s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.Exporter.Name, f.Reviewers[0].Name = hostileName, hostileName
	f.Reviews[0].Note = "\x1b[31m红色\x1b[0m\a注\u202E释"
	key, err := workspace.LoadSigningKey(h.env.ConfigDir, s.Me())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := share.Encode(f, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(h.dir, "li.pledgereview.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNamesAndTextsAreCleanedAtEveryBoundary(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	code, out, errs := a.run("whoami", "--name", "\x1b[2J王\a芳\u202E\u2066")
	if code != 0 || !strings.Contains(out, "[2J王芳\n") || !strings.Contains(out, "key\t") {
		t.Fatalf("whoami: exit %d %q %q", code, out, errs)
	}
	noControls(t, "whoami", out)
	file := hostileFile(t, b)

	code, out, errs = a.run("merge", file)
	if code != 0 || !strings.Contains(out, cleanHostile) {
		t.Fatalf("merge: exit %d\n%s\n%s", code, out, errs)
	}
	noControls(t, "merge", out+errs)
	out = a.ok("list", "--reviewed", "yes")
	noControls(t, "list", out)

	s, err := workspace.Open(a.env.Workspace, a.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	reviewers, _ := s.Reviewers()
	reviews, _ := s.Reviews("taiyuan-2021")
	s.Close()
	for _, rv := range reviewers {
		noControls(t, "stored name", rv.Name)
	}
	for _, r := range reviews {
		noControls(t, "stored note", r.Note)
		if r.Note != "" && r.Note != "[31m红色[0m注释" {
			t.Errorf("stored note %q", r.Note)
		}
	}

	// CSV and XLSX: the header holding the name is defused and clean.
	csvPath, xlsxPath, pdfPath := filepath.Join(a.dir, "t.csv"), filepath.Join(a.dir, "t.xlsx"), filepath.Join(a.dir, "p.pdf")
	a.ok("export-table", "-o", csvPath)
	a.ok("export-table", "-o", xlsxPath)
	raw, _ := os.ReadFile(csvPath)
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range rows[0] {
		noControls(t, "CSV header", h)
		if strings.Contains(h, "HYPERLINK") {
			found = true
			if !strings.HasPrefix(h, "'=") {
				t.Errorf("CSV header %q can run as a formula", h)
			}
		}
	}
	if !found {
		t.Error("the colleague's columns are missing from the CSV")
	}
	x, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	header, err := x.GetRows(briefing.SheetPledges.Name(briefing.LangBoth))
	x.Close()
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, h := range header[0] {
		noControls(t, "XLSX header", h)
		if strings.Contains(h, "HYPERLINK") {
			found = true
			if !strings.HasPrefix(h, "'=") {
				t.Errorf("XLSX header %q can run as a formula", h)
			}
		}
	}
	if !found {
		t.Error("the colleague's columns are missing from the XLSX")
	}

	// PDF: the text pdftotext gets back holds the cleaned name.
	a.ok("brief", "-o", pdfPath, "--reviewers", "all")
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", pdfPath, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (make deps-test installs poppler-utils): %v", err)
	}
	noControls(t, "PDF text", strings.ReplaceAll(string(text), "\f", "")) // pdftotext ends each page with a form feed
	if !strings.Contains(string(text), "]0;pwnexe.txt") {
		t.Errorf("the PDF does not name the colleague cleanly")
	}
}

func TestLimitsSayWhy(t *testing.T) {
	h := newHarness(t)
	code, out, errs := h.run("whoami", "--name", strings.Repeat("名", 1<<20/3))
	if code != 0 || !strings.Contains(errs, "cut to 80 characters") || !strings.Contains(out, strings.Repeat("名", data.MaxNameRunes)+"\n") {
		t.Fatalf("a 1 MB name: exit %d, stderr %q", code, errs)
	}
	h.fails(1, "the note is over 20000 characters", "review", "taiyuan-2021/01.01.00", "--note", strings.Repeat("x", 50<<20))
}

func TestMergeUnsignedNeedsTheFlag(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "李雷")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "behind")
	s, err := workspace.Open(b.env.Workspace, b.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.ExportReviewFile("taiyuan-2021", false, time.Now())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// as the first version wrote it: a random id, no signature
	old := "r-0123456789abcdef"
	f.Exporter.ID, f.Reviewers[0].ID = old, old
	for i := range f.Reviews {
		f.Reviews[i].ReviewerID, f.Reviews[i].Updated.Node = old, old
	}
	for i := range f.History {
		f.History[i].ReviewerID, f.History[i].At.Node = old, old
	}
	raw, err := share.EncodeV1(f)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(b.dir, "old.pledgereview.json")
	os.WriteFile(path, raw, 0o644)

	code, out, errs := a.run("merge", path)
	if code != 1 || !strings.Contains(errs, "is unsigned") || !strings.Contains(errs, "--accept-unsigned") {
		t.Fatalf("without the flag: exit %d\n%s\n%s", code, out, errs)
	}
	if out := a.ok("list", "--reviewed", "yes"); strings.Contains(out, "01.01.00") {
		t.Fatalf("a refused unsigned file changed the workspace:\n%s", out)
	}
	out = a.ok("merge", "--accept-unsigned", path)
	if !strings.Contains(out, "1 records written") {
		t.Fatalf("with the flag: %s", out)
	}
}

func TestTerminalWriterKeepsSplitRunes(t *testing.T) {
	var b bytes.Buffer
	w := terminalSafe(&b)
	s := []byte("王\x1b[2J\u202E芳\a\r\n")
	for _, part := range [][]byte{s[:1], s[1:3], s[3:9], s[9:]} {
		if n, err := w.Write(part); err != nil || n != len(part) {
			t.Fatalf("write %q: %d, %v", part, n, err)
		}
	}
	if b.String() != "王[2J芳\n" {
		t.Fatalf("got %q", b.String())
	}
}
