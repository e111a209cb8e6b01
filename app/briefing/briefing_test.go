package briefing

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"

	"pledgereview/data"
)

// seedPack builds the pack of the seed once for the tool-based tests.
var seedPack = sync.OnceValues(func() ([]byte, error) {
	return Build(testInput(nil), Options{IncludeNotes: true})
})

func writePack(t *testing.T, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pack.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Fatalf("%s is missing: make deps-test installs it (poppler-utils)", name)
	}
}

func seedPath(t *testing.T) (string, Input) {
	t.Helper()
	pdf, err := seedPack()
	if err != nil {
		t.Fatal(err)
	}
	return writePack(t, pdf), testInput(t)
}

var footerRE = regexp.MustCompile(`^第 \d+ 页 / 共 \d+ 页$`)

// pdfText extracts the text with pdftotext, drops the running header and
// footer lines, and removes all white space, so wrapped lines join up.
func pdfText(t *testing.T, path, title string) string {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var b strings.Builder
	title = oneLine(title)
	for ln := range strings.SplitSeq(strings.ReplaceAll(string(out), "\f", "\n"), "\n") {
		ln = strings.TrimSpace(ln)
		cut, short := strings.CutSuffix(ln, "…") // a header shortened to fit
		if ln == title || (short && strings.HasPrefix(title, cut)) || ln == "评审简报 Briefing pack" || footerRE.MatchString(ln) {
			continue
		}
		b.WriteString(ln)
	}
	return stripSpace(b.String())
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '\r' {
			return -1
		}
		return r
	}, s)
}

func TestPackTextExtracts(t *testing.T) {
	path, in := seedPath(t)
	text := pdfText(t, path, in.Report.Title)
	n := 0
	for _, p := range in.Report.Pledges() {
		n++
		want := stripSpace(sanitize(p.Text))
		if !strings.Contains(text, want) {
			t.Errorf("pledge %s: text not found in pdftotext output: %q", p.ID, p.Text)
		}
		if !strings.Contains(text, p.ID) {
			t.Errorf("pledge %s: id not found", p.ID)
		}
	}
	if n < 100 {
		t.Fatalf("seed has only %d pledges", n)
	}
	for _, s := range []string{"评审简报/Briefingpack", "目录Contents", "概览Dashboard", "例外清单Exceptions", "方法附录Methodannex", in.Workspace} {
		if !strings.Contains(text, stripSpace(s)) {
			t.Errorf("%q not found", s)
		}
	}
	// Every rubric level and every status definition is in the annex.
	for _, c := range in.Rubric.Criteria {
		for _, l := range c.Levels {
			if !strings.Contains(text, stripSpace(l.Zh)) {
				t.Errorf("rubric level %q missing", l.Zh)
			}
		}
	}
	for _, s := range data.Statuses {
		if !strings.Contains(text, stripSpace(s.DefZh)) {
			t.Errorf("status definition %q missing", s.DefZh)
		}
	}
}

func TestPackFontEmbeddedSubset(t *testing.T) {
	path, _ := seedPath(t)
	needTool(t, "pdffonts")
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 3 {
		t.Fatalf("want exactly one font, pdffonts says:\n%s", out)
	}
	f := strings.Fields(lines[2])
	// name type... encoding emb sub uni object ID
	if !strings.HasSuffix(f[0], "+MicroHei") || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
		t.Errorf("font not embedded as a subset with a ToUnicode map:\n%s", out)
	}
}

func TestPackOutline(t *testing.T) {
	pdf, err := seedPack()
	if err != nil {
		t.Fatal(err)
	}
	in := testInput(t)
	bms, err := api.Bookmarks(bytes.NewReader(pdf), nil)
	if err != nil {
		t.Fatal(err)
	}
	top := map[string]pdfcpu.Bookmark{}
	for _, b := range bms {
		top[b.Title] = b
	}
	for _, s := range []string{"目录 Contents", "概览 Dashboard", "例外清单 Exceptions", "方法附录 Method annex"} {
		if _, ok := top[s]; !ok {
			t.Errorf("outline lacks %q", s)
		}
	}
	last := 0
	for _, ch := range in.Report.Chapters {
		b, ok := top[(&model{}).chapterLabel(&ch)]
		if !ok {
			t.Errorf("outline lacks chapter %q", (&model{}).chapterLabel(&ch))
			continue
		}
		if b.PageFrom <= last {
			t.Errorf("chapter %d on page %d, after page %d", ch.N, b.PageFrom, last)
		}
		last = b.PageFrom
		kids := map[string]bool{}
		for _, k := range b.Kids {
			kids[k.Title] = true
		}
		for _, h := range ch.Headlines {
			if !kids[headlineLabel(&ch, &h)] {
				t.Errorf("outline lacks headline %q under chapter %d", headlineLabel(&ch, &h), ch.N)
			}
		}
	}
}

func TestPackValidates(t *testing.T) {
	pdf, err := seedPack()
	if err != nil {
		t.Fatal(err)
	}
	if err := api.Validate(bytes.NewReader(pdf), nil); err != nil {
		t.Fatalf("pdfcpu: %v", err)
	}
	path := writePack(t, pdf)
	if err := api.ValidateFile(path, nil); err != nil {
		t.Fatalf("pdfcpu file: %v", err)
	}
}

func TestPackMetadataAndPages(t *testing.T) {
	path, in := seedPath(t)
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	info := string(out)
	for _, want := range []string{"Title:           " + in.Report.Title, "Author:          李敏", "Subject:         评审简报", "CreationDate:    Sat Nov 20 09:00:00 2021", "A4"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	pages := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	text, _ := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if pages == nil || !strings.Contains(string(text), "共 "+pages[1]+" 页") {
		t.Errorf("footer does not give the page count %v", pages)
	}
}

// TestPlanKeepsHeaderWithText checks the pagination itself: every pledge
// block's header is on the page of its text, and nothing leaves the body.
func TestPlanKeepsHeaderWithText(t *testing.T) {
	in := testInput(t)
	// A very long pledge must continue over pages with its header on the
	// first one.
	in.Report.Chapters[0].Pledges = append(in.Report.Chapters[0].Pledges, data.Pledge{
		ID: "taiyuan-2021/01.00.99", Chapter: 1, Sentence: 99, Text: strings.Repeat("长文本测试，", 1700),
	})
	for _, paper := range []string{PaperA4, PaperLetter} {
		m, err := newModel(in, Options{IncludeNotes: true, Paper: paper})
		if err != nil {
			t.Fatal(err)
		}
		d, err := newDoc(m)
		if err != nil {
			t.Fatal(err)
		}
		d.plan()
		d.paginate()
		headers := 0
		for i, r := range d.rows {
			if r.placedY+r.h > d.bottom+0.01 && r.h < d.bottom-d.top {
				t.Errorf("%s: row %d overflows the page: y %.1f h %.1f", paper, i, r.placedY, r.h)
			}
			if !r.pledge {
				continue
			}
			headers++
			if next := d.rows[i+1]; next.placedPage != r.placedPage {
				t.Errorf("%s: block header on page %d, its text on page %d", paper, r.placedPage, next.placedPage)
			}
		}
		if headers != len(m.pledges) {
			t.Errorf("%s: %d block headers for %d pledges", paper, headers, len(m.pledges))
		}
		if err := d.render(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBuildOptions(t *testing.T) {
	in := testInput(t)
	flaggedN := 0
	for _, p := range in.Report.Pledges() {
		for _, r := range in.Reviews {
			if r.PledgeID == p.ID && r.Flag {
				flaggedN++
				break
			}
		}
	}
	tests := []struct {
		name string
		in   func(Input) Input
		opt  Options
		err  error
	}{
		{"letter, me only, no notes", nil, Options{Paper: PaperLetter, Reviewers: ReviewersMe}, nil},
		{"flagged", nil, Options{Scope: Scope{Kind: ScopeFlagged}}, nil},
		{"chapter 3", nil, Options{Scope: Scope{Kind: ScopeChapter, Chapter: 3}}, nil},
		{"current filter", nil, Options{Scope: Scope{Kind: ScopeIDs, IDs: []string{"taiyuan-2021/01.01.00", "taiyuan-2021/02.01.01"}}}, nil},
		{"empty filter", nil, Options{Scope: Scope{Kind: ScopeIDs}}, ErrEmptyScope},
		{"no such chapter", nil, Options{Scope: Scope{Kind: ScopeChapter, Chapter: 99}}, ErrEmptyScope},
		{"no sharing, no reviews", func(in Input) Input {
			in.Agreement, in.Disputed, in.Reviews = nil, nil, nil
			return in
		}, Options{}, nil},
		{"many reviewers", func(in Input) Input {
			in.Reviewers = append(in.Reviewers, data.Reviewer{ID: "r-4", Name: "赵四"}, data.Reviewer{ID: "r-5", Name: "钱五"})
			in.Reviews = testReviews(in.Report, in.Reviewers)
			return in
		}, Options{IncludeNotes: true}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInput(t)
			if tt.in != nil {
				in = tt.in(in)
			}
			var calls, lastDone, lastTotal int
			tt.opt.Progress = func(done, total int) { calls++; lastDone, lastTotal = done, total }
			pdf, err := Build(in, tt.opt)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatal("not a PDF")
			}
			if err := api.Validate(bytes.NewReader(pdf), nil); err != nil {
				t.Fatalf("pdfcpu: %v", err)
			}
			if calls == 0 || lastDone != lastTotal {
				t.Errorf("progress: %d calls, last %d/%d", calls, lastDone, lastTotal)
			}
			if tt.opt.Scope.Kind == ScopeFlagged && lastTotal != flaggedN {
				t.Errorf("flagged scope has %d pledges, want %d", lastTotal, flaggedN)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build(Input{}, Options{}); err == nil {
		t.Error("no report: want an error")
	}
	if _, err := Build(testInput(t), Options{Paper: "a3"}); err == nil {
		t.Error("paper a3: want an error")
	}
	// A panic during the build (here from the caller's callback, as one from
	// the library would) comes back as an error.
	_, err := Build(testInput(t), Options{Progress: func(int, int) { panic("boom") }})
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panic: err = %v", err)
	}
}

// TestBuildConcurrent builds two packs at once (run with -race).
func TestBuildConcurrent(t *testing.T) {
	in := testInput(t)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Go(func() { _, errs[i] = Build(in, Options{Scope: Scope{Kind: ScopeChapter, Chapter: i + 1}}) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestHostilePackText builds a pack from hostile text and checks with
// pdftotext that every printable BMP character of it is in the PDF.
func TestHostilePackText(t *testing.T) {
	s := "😀年底\x00𠀀5G\a基站\u200b（《“「【" + strings.Repeat("1234567890", 30) + "」，。\r\n！end 𝄞" + strings.Repeat("长文本", 400)
	pdf, err := Build(hostileInput(s), Options{IncludeNotes: true})
	if err != nil {
		t.Fatal(err)
	}
	path := writePack(t, pdf)
	text := pdfText(t, path, oneLine(s))
	// keptRunes leaves out U+FFFD, which stands in for the non-BMP runes.
	if want := stripSpace(keptRunes(s)); !strings.Contains(strings.ReplaceAll(text, "\uFFFD", ""), want) {
		t.Errorf("pdftotext lost characters of the hostile pledge")
	}
	if !strings.Contains(text, "\uFFFD") {
		t.Errorf("non-BMP runes not shown as U+FFFD")
	}
	if err := api.Validate(bytes.NewReader(pdf), nil); err != nil {
		t.Fatalf("pdfcpu: %v", err)
	}
}

// The seed's contents fits on one page: no entry is left alone on the next.
func TestContentsOnOnePage(t *testing.T) {
	path, _ := seedPath(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-f", "3", "-l", "3", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if page3 := string(out); strings.Contains(page3, "目录") || strings.Contains(page3, "方法附录 Method annex") || !strings.Contains(page3, "概览 Dashboard") {
		t.Fatalf("page 3 is not the dashboard:\n%s", page3)
	}
}

// A chapter or headline heading is never left at the foot of a page without
// the first block under it.
func TestHeadingsStayWithTheirFirstBlock(t *testing.T) {
	for _, n := range []int{300, 1000} {
		in := testInput(t)
		in.Report = bigReport(t, n)
		in.Reviews = testReviews(in.Report, testReviewers)
		for _, paper := range []string{PaperA4, PaperLetter} {
			m, err := newModel(in, Options{IncludeNotes: true, Paper: paper})
			if err != nil {
				t.Fatal(err)
			}
			d, err := newDoc(m)
			if err != nil {
				t.Fatal(err)
			}
			d.plan()
			d.paginate()
			for i, r := range d.rows {
				if r.page == nil {
					continue
				}
				for _, next := range d.rows[i+1:] {
					if next.page != nil {
						break // another heading or section comes first
					}
					if next.pledge {
						if next.placedPage != r.placedPage {
							t.Errorf("%d pledges, %s: a heading on page %d, its first block on page %d", n, paper, r.placedPage, next.placedPage)
						}
						break
					}
				}
			}
		}
	}
}
