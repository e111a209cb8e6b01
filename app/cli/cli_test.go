package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"pledgereview/data/store"
	"strings"
	"testing"

	"pledgereview/data"
)

type harness struct {
	t   *testing.T
	env Env
	dir string
}

func newHarness(t *testing.T) *harness {
	dir := t.TempDir()
	return &harness{t: t, dir: dir, env: Env{Workspace: filepath.Join(dir, "ws.pledgereview"), ConfigDir: filepath.Join(dir, "config")}}
}

// run runs a sub-command and returns its exit status, stdout and stderr.
func (h *harness) run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	env := h.env
	env.Stdout, env.Stderr = &out, &errb
	code := Run(env, args[0], args[1:])
	return code, out.String(), errb.String()
}

func (h *harness) ok(args ...string) string {
	h.t.Helper()
	code, out, errs := h.run(args...)
	if code != 0 {
		h.t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	return out
}

func (h *harness) fails(want int, msg string, args ...string) {
	h.t.Helper()
	code, _, errs := h.run(args...)
	if code != want || !strings.Contains(errs, msg) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		h.t.Fatalf("%v: exit %d, stderr %q; want exit %d and one line with %q", args, code, errs, want, msg)
	}
}

func seedPath(t *testing.T) string {
	p, err := filepath.Abs("../../seeds/taiyuan-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParsePrintsStructuredReport(t *testing.T) {
	h := newHarness(t)
	out := h.ok("parse", seedPath(t))
	var r struct {
		ID, Title   string
		Year        int
		Fingerprint string
		Chapters    []struct {
			N         int
			Headlines []struct {
				Pledges []map[string]any
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	pledges := 0
	for _, c := range r.Chapters {
		for _, hl := range c.Headlines {
			pledges += len(hl.Pledges)
			for _, p := range hl.Pledges {
				for _, k := range []string{"id", "text", "start", "end", "truncated", "targets", "deadline", "hints"} {
					if _, ok := p[k]; !ok {
						t.Fatalf("pledge JSON lacks %q: %v", k, p)
					}
				}
			}
		}
	}
	if r.ID != "taiyuan-2021" || r.Year != 2021 || len(r.Chapters) != 10 || pledges != 171 || len(r.Fingerprint) != 64 {
		t.Fatalf("parse: id %s year %d chapters %d pledges %d", r.ID, r.Year, len(r.Chapters), pledges)
	}
	if _, err := os.Stat(h.env.Workspace); err == nil {
		t.Fatal("parse created a workspace")
	}
}

func TestReviewThenList(t *testing.T) {
	setLocale(t, "zh_CN.UTF-8")
	h := newHarness(t)
	h.ok("whoami", "--name", "王芳")
	if out := h.ok("whoami"); !strings.Contains(out, "王芳") {
		t.Fatalf("whoami = %q", out)
	}
	h.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=3", "--score", "时限明确=0", "--status", "推进中", "--flag", "--note", "需要核实进度", "--lead-unit", "市工信局", "--tag", "数字", "--tag", "基建")
	out := h.ok("list", "--json", "--flagged", "yes")
	var rows []struct {
		ID     string
		Review data.Review
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].ID != "taiyuan-2021/01.01.00" {
		t.Fatalf("flagged list = %+v", rows)
	}
	rv := rows[0].Review
	if rv.Scores["specific"] != 3 || rv.Scores["time_bound"] != 0 || len(rv.Scores) != 2 || rv.Status != data.InProgress ||
		rv.Note != "需要核实进度" || rv.LeadUnit != "市工信局" || len(rv.Tags) != 2 {
		t.Fatalf("review = %+v", rv)
	}
	// A later review changes only what it names.
	h.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=-", "--flag=false")
	out = h.ok("list", "--filter", "5G基站", "--reviewed", "yes")
	if !strings.Contains(out, "taiyuan-2021/01.01.00") || !strings.Contains(out, "推进中") || strings.Contains(out, "⚑") {
		t.Fatalf("list after second review = %q", out)
	}
	if out := h.ok("list", "--status", "done"); out != "" {
		t.Fatalf("nothing is done yet, list printed %q", out)
	}
	if n := strings.Count(h.ok("list", "--has-target", "yes", "--chapter", "1"), "\n"); n == 0 || n >= 20 {
		t.Fatalf("chapter 1 pledges with a target: %d", n)
	}
}

func TestImportReport(t *testing.T) {
	h := newHarness(t)
	other := filepath.Join(h.dir, "Jinzhong 2021.txt")
	os.WriteFile(other, []byte("晋中2021年政府工作报告\n\n一、加快转型发展。\n（一）建设新基建。年底建成5G基站3000座。\n二、改善民生。\n新增就业5万人以上。\n"), 0o644)
	out := h.ok("import-report", other)
	if !strings.Contains(out, "jinzhong-2021") {
		t.Fatalf("import-report = %q", out)
	}
	h.fails(1, "already", "import-report", other)
	if out := h.ok("list", "--report", "jinzhong-2021"); !strings.Contains(out, "5G基站3000座") {
		t.Fatalf("imported report list = %q", out)
	}
}

// A corrected version of the seed (a sentence inserted) is imported again:
// the plan says where the reviews go, and the review follows its sentence.
func TestImportReportAgain(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.02", "--status", "in_progress")
	seed, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	fixed := filepath.Join(h.dir, "taiyuan-2021.txt")
	os.WriteFile(fixed, []byte(strings.Replace(string(seed), "围绕实现高水平", "新增一句话说明今年的重点任务。围绕实现高水平", 1)), 0o644)
	out := h.ok("import-report", "--again", "--dry-run", "--id", "taiyuan-2021", fixed)
	if !strings.Contains(out, "1 moved (found by text)") && !strings.Contains(out, "1 条按文字移动") {
		t.Fatalf("import-report --again --dry-run = %q", out)
	}
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	if done := h.ok("import-report", "--again", "--id", "taiyuan-2021", fixed); !strings.Contains(done, "done: reviews kept 0, moved 1, kept unplaced 0,") {
		t.Errorf("import-report --again = %q, want the counts without \"1 reviews\"", done)
	}
	if out := h.ok("list", "--reviewed", "yes"); !strings.Contains(out, "taiyuan-2021/01.01.03") || strings.Contains(out, "taiyuan-2021/01.01.02") {
		t.Fatalf("after the import the review is not on its sentence: %q", out)
	}
}

func TestBadInputOneLineAndNonZero(t *testing.T) {
	h := newHarness(t)
	bin := filepath.Join(h.dir, "gbk.txt")
	os.WriteFile(bin, []byte{0xb1, 0xa8, 0xb8, 0xe6, 0xff, 0xfe}, 0o644)
	h.fails(1, "file does not exist", "parse", filepath.Join(h.dir, "missing.txt"))
	h.fails(1, "no pledges found", "parse", bin) // read as GB18030: text, but no report in it
	h.fails(1, "No pledges were found", "import-report", bin)
	doc := filepath.Join(h.dir, "old.doc")
	os.WriteFile(doc, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, 0o644)
	h.fails(1, "save it as .docx", "parse", doc)
	h.fails(2, "give one", "parse")
	h.fails(1, "taiyuan-2021/99.01.01", "review", "taiyuan-2021/99.01.01", "--note", "x")
	h.fails(2, "out of range", "review", "taiyuan-2021/01.01.00", "--score", "specific=7")
	h.fails(2, "unknown criterion", "review", "taiyuan-2021/01.01.00", "--score", "beauty=1")
	h.fails(2, "unknown status", "review", "taiyuan-2021/01.01.00", "--status", "sleeping")
	h.fails(2, "unknown command", "frobnicate")

	st, err := store.Open(h.env.Workspace, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h.fails(1, "open in another window", "list")
}

func TestBriefAndExportTable(t *testing.T) {
	h := newHarness(t)
	h.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--flag", "--note", "已建成3000座")
	pdf := filepath.Join(h.dir, "pack.pdf")
	h.ok("brief", "-o", pdf, "--scope", "flagged", "--paper", "letter")
	raw, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(raw, []byte("%PDF-")) {
		t.Fatalf("brief wrote no PDF: %v", err)
	}
	h.fails(1, "nothing to export", "brief", "-o", pdf, "--scope", "chapter:99")
	if after, _ := os.ReadFile(pdf); !bytes.Equal(after, raw) {
		t.Fatal("a failed export replaced a good file")
	}
	h.fails(2, "--scope", "brief", "-o", pdf, "--scope", "some")
	h.fails(2, "-o", "brief")
	h.fails(1, "cannot create a file", "brief", "-o", filepath.Join(h.dir, "no", "such", "dir.pdf"))
	for _, name := range []string{"t.xlsx", "t.csv"} {
		h.ok("export-table", "-o", filepath.Join(h.dir, name))
	}
	csv, _ := os.ReadFile(filepath.Join(h.dir, "t.csv"))
	if !bytes.HasPrefix(csv, []byte("\xef\xbb\xbf")) || !bytes.Contains(csv, []byte("年底5G基站达到5000座以上")) {
		t.Fatal("CSV lacks the BOM or the pledge text")
	}
	h.fails(1, ".xlsx or .csv", "export-table", "-o", filepath.Join(h.dir, "t.txt"))
}

func TestExportReviewMergeAgreement(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "李雷")
	a.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=0", "--status", "done")
	b.ok("review", "taiyuan-2021/01.01.00", "--score", "specific=4", "--status", "behind")
	file := filepath.Join(b.dir, "li.pledgereview.json")
	b.ok("export-review", "-o", file)
	if out := a.ok("merge", "--dry-run", file); !strings.Contains(out, "records added: 1") {
		t.Fatalf("dry run = %q", out)
	}
	if out := a.ok("agreement"); !strings.Contains(out, "disputed pledges: 0") {
		t.Fatalf("a dry run changed the workspace: %q", out)
	}
	a.ok("merge", file)
	out := a.ok("agreement", "--json")
	var ag struct {
		Disputes []data.Dispute `json:"disputes"`
	}
	if err := json.Unmarshal([]byte(out), &ag); err != nil || len(ag.Disputes) != 1 || ag.Disputes[0].PledgeID != "taiyuan-2021/01.01.00" {
		t.Fatalf("agreement --json = %s (%v)", out, err)
	}
	junk := filepath.Join(a.dir, "junk.json")
	os.WriteFile(junk, []byte(`{"format":"pledge-review/9"}`), 0o644)
	code, _, errs := a.run("merge", junk)
	if code != 1 || !strings.Contains(errs, "newer version") {
		t.Fatalf("merge of a newer format: exit %d, %q", code, errs)
	}
}

func TestNamedWorkspaceIsNotCreatedByMistake(t *testing.T) {
	h := newHarness(t)
	h.env.Explicit = true
	h.fails(1, "there is no workspace at", "list")
	h.fails(1, "there is no workspace at", "review", "taiyuan-2021/01.01.00", "--flag")
	if _, err := os.Stat(h.env.Workspace); err == nil {
		t.Fatal("a mistyped workspace name created a file")
	}
	h.ok("whoami", "--name", "王芳")
	h.ok("list")
}

func TestListRefusesBadRanges(t *testing.T) {
	h := newHarness(t)
	h.fails(2, "YYYY-MM-DD", "list", "--deadline-before", "2021-6-1")
	h.fails(2, "YYYY-MM-DD", "list", "--deadline-before", "garbage")
	h.fails(2, "between 0 and 4", "list", "--score", "5-9")
	if n := strings.Count(h.ok("list", "--deadline-before", "2021-06-01"), "\n"); n != 2 {
		t.Fatalf("pledges due before June: %d, want 2 (“五一”前, 5月)", n)
	}
}

func TestSameReportTextTwiceIsRefused(t *testing.T) {
	h := newHarness(t)
	h.fails(1, "already in the workspace as taiyuan-2021", "import-report", "--id", "copy", seedPath(t))
	h.fails(1, "already in the workspace as taiyuan-2021", "import-report", seedPath(t))
}
