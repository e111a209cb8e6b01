package parse

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/ingest"
)

// golden is the structure of one corpus document, written by reading it.
type golden struct {
	File  string `json:"file"`
	Title string `json:"title"`
	// Proposed is the title the import preview proposes for a report
	// whose file has none; a golden names one or the other.
	Proposed   string `json:"proposed,omitempty"`
	Year       int    `json:"year"`
	Delivered  string `json:"delivered"`
	SourceLine string `json:"source_line"`
	Speaker    string `json:"speaker"`
	Chapters   []struct {
		Title     string `json:"title"`
		Headlines int    `json:"headlines"`
		Annex     string `json:"annex"`
		// Kind "review": the chapter reviews a past period, and none of
		// its sentences is a pledge.
		Kind string `json:"kind"`
	} `json:"chapters"`
	Glossary int `json:"glossary"`
}

// corpusDir is datatest.CorpusDir: the real reports of ../shared/corpus.
func corpusDir(t testing.TB) string { return datatest.CorpusDir(t) }

// corpusDoc is one report of the corpus: its golden and its files, the
// reference file (.docx or .txt) first.
type corpusDoc struct {
	slug  string
	g     golden
	files []string
}

func loadCorpus(t *testing.T) []corpusDoc {
	t.Helper()
	dir := corpusDir(t)
	paths, err := filepath.Glob("testdata/golden/*.json")
	if err != nil || len(paths) != 28 {
		t.Fatalf("goldens: %d files, %v", len(paths), err)
	}
	var docs []corpusDoc
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := corpusDoc{slug: strings.TrimSuffix(filepath.Base(p), ".json")}
		if err := json.Unmarshal(raw, &d.g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, f := range []string{"provinces-2025/" + d.g.File + ".docx", "national/" + d.g.File + ".txt", "cities/" + d.g.File + ".docx", "cities/" + d.g.File + ".txt", "provinces-2026/" + d.g.File + ".txt", "provinces-2025-pdf/" + d.g.File + ".pdf"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
				d.files = append(d.files, filepath.Join(dir, f))
			}
		}
		if len(d.files) == 0 {
			t.Fatalf("%s: no corpus file named %s", d.slug, d.g.File)
		}
		docs = append(docs, d)
	}
	return docs
}

// errNotReadable marks a format data/ingest does not read yet.
var errNotReadable = errors.New("format not read yet")

// importFile reads a corpus file through data/ingest and parses it as the
// application does.
func importFile(t *testing.T, path string) (string, Options, *data.Report, error) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if errors.Is(err, ingest.ErrUnknownFormat) {
		return "", Options{}, nil, errNotReadable
	}
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	text := doc.Text()
	opts := Options{ID: "corpus", SetAside: doc.SetAside, Format: doc.Format, Bold: doc.BoldSpans()}
	r, err := Parse(text, opts)
	return text, opts, r, err
}

// TestCorpusGoldens parses every corpus file and holds it to the structure
// written by reading the document; with -v it prints the coverage table.
func TestCorpusGoldens(t *testing.T) {
	docs := loadCorpus(t)
	table := []string{"| document | format | chapters | headlines | pledges | glossary | sentences whole | not in the file |", "|---|---|---|---|---|---|---|---|"}
	for _, d := range docs {
		var ref *data.Report
		var refText string
		for _, path := range d.files {
			ext := strings.TrimPrefix(filepath.Ext(path), ".")
			t.Run(d.slug+"/"+ext, func(t *testing.T) {
				text, opts, r, err := importFile(t, path)
				if errors.Is(err, errNotReadable) {
					t.Skipf("data/ingest does not read .%s yet", ext)
				}
				if err != nil {
					t.Fatal(err)
				}
				checkInvariants(t, text, r)
				checkLossless(t, text, opts, r)
				checkGolden(t, d.g, r)
				checkTitle(t, d.g, path, r)
				if ref == nil {
					ref, refText = r, text
				} else {
					checkSameValues(t, ref, r)
				}
				whole, total, absent, broken := sentencesWhole(refText, ref, r, text)
				pct := 100 * float64(whole) / float64(total)
				want := 99.0
				if ext == "pdf" {
					want = 98
				}
				if pct < want {
					t.Errorf("%d of %d body sentences (%.1f %%) whole in one pledge, want ≥ %.0f %%; broken:\n%s",
						whole, total, pct, want, strings.Join(broken[:min(len(broken), 10)], "\n"))
				}
				c, h, p := r.Count()
				table = append(table, fmt.Sprintf("| %s | %s | %d | %d | %d | %d | %.1f %% (%d/%d) | %d |", d.slug, ext, c, h, p, len(r.Glossary), pct, whole, total, absent))
			})
		}
	}
	t.Log("coverage of the corpus:\n" + strings.Join(table, "\n"))
}

func checkGolden(t *testing.T, g golden, r *data.Report) {
	t.Helper()
	// A PDF's text layer has no spaces: "广东省省长王伟中".
	same := func(a, b string) bool { return stripSpace(a) == stripSpace(b) }
	if !same(r.Title, g.Title) || r.Year != g.Year || r.Delivered != g.Delivered || !same(r.SourceLine, g.SourceLine) || !same(r.Speaker, g.Speaker) {
		t.Errorf("front matter = title %q year %d delivered %q source %q speaker %q, want %q %d %q %q %q",
			r.Title, r.Year, r.Delivered, r.SourceLine, r.Speaker, g.Title, g.Year, g.Delivered, g.SourceLine, g.Speaker)
	}
	if len(r.Chapters) != len(g.Chapters) {
		t.Errorf("%d chapters, want %d", len(r.Chapters), len(g.Chapters))
	}
	exact := 0
	for i, c := range r.Chapters {
		if i >= len(g.Chapters) {
			t.Errorf("extra chapter %q", c.Title)
			continue
		}
		w := g.Chapters[i]
		if !same(c.Title, w.Title) || c.Annex != w.Annex {
			t.Errorf("chapter %d = %q (annex %q), want %q (annex %q)", i+1, c.Title, c.Annex, w.Title, w.Annex)
		}
		if c.Kind != w.Kind {
			t.Errorf("chapter %d %q is kind %q, want %q", i+1, c.Title, c.Kind, w.Kind)
		}
		if n := chapterPledges(c); w.Kind == data.KindReview && n > 0 {
			t.Errorf("chapter %d %q reviews a past period, yet %d of its sentences are counted as pledges", i+1, c.Title, n)
		}
		if len(c.Headlines) == w.Headlines {
			exact++
		} else {
			t.Logf("chapter %d %q: %d headlines, golden %d", i+1, c.Title, len(c.Headlines), w.Headlines)
		}
	}
	if len(g.Chapters) > 0 && float64(exact) < 0.9*float64(len(g.Chapters)) {
		t.Errorf("headline counts exact in %d of %d chapters, want ≥ 90 %%", exact, len(g.Chapters))
	}
	if len(r.Glossary) != g.Glossary {
		t.Errorf("%d glossary entries, want %d", len(r.Glossary), g.Glossary)
	}
	for _, p := range r.Pledges() {
		for _, e := range r.Glossary {
			if p.Start >= e.Start && p.Start < e.End {
				t.Errorf("pledge %s lies in the glossary", p.ID)
			}
		}
	}
}

// checkTitle holds the report to its golden title, and, when its file has
// none or one that names only the genre (政府工作报告), to the title the
// import preview proposes, as the app proposes it
// (the id from the file name).
func checkTitle(t *testing.T, g golden, path string, r *data.Report) {
	t.Helper()
	if bare := g.Title == "" || genericTitle(g.Title); bare == (g.Proposed == "") {
		t.Fatalf("golden %s names a title %q and a proposed title %q: a proposal goes with no title or the genre's name alone, and only then", g.File, g.Title, g.Proposed)
	}
	named := *r
	named.ID = IDFromFileName(path)
	if got := ProposedTitle(path, &named); got != g.Proposed {
		t.Errorf("proposed title %q, want %q", got, g.Proposed)
	}
}

// checkSameValues holds a second import of a report (its PDF) to the values
// of the first (its .docx): every value and unit it finds, the first found.
func checkSameValues(t *testing.T, ref, r *data.Report) {
	t.Helper()
	have := map[string]int{}
	for _, p := range ref.Pledges() {
		for _, tg := range p.Targets {
			have[fmt.Sprint(tg.Value, tg.Unit)]++
		}
	}
	for _, p := range r.Pledges() {
		for _, tg := range p.Targets {
			if have[fmt.Sprint(tg.Value, tg.Unit)] == 0 {
				t.Errorf("%s: value %v %s (%q) not in the reference import", p.ID, tg.Value, tg.Unit, tg.Quote)
			}
		}
	}
}

// markerRE is the numbering a line of the genre opens with.
var markerRE = regexp.MustCompile(`^(第[一二三四五六七八九十]+(部分|章)|[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[.．、]|[①-⑳])`)

// sentencesWhole counts the body sentences of the reference text (its
// lines as Lines cuts them, from the first to the last pledge of the body,
// numbering left out,
// each cut after 。！？ and closing quotes) and how many of them lie whole
// within one pledge of r, white space aside. A sentence that is not in
// text at all (a PDF converter dropped a character of it) cannot be whole
// and is counted apart, as absent.
func sentencesWhole(refText string, ref, r *data.Report, text string) (whole, total, absent int, broken []string) {
	first, last := -1, -1
	for _, c := range ref.Chapters {
		if c.Annex != data.AnnexNone {
			continue
		}
		for _, p := range chapterSentences(c) {
			if first < 0 || p.Start < first {
				first = p.Start
			}
			if p.End > last {
				last = p.End
			}
		}
	}
	var sb strings.Builder
	for _, p := range allSentences(r) {
		sb.WriteString(stripSpace(p.Text))
		sb.WriteByte(0)
	}
	// the review's closing problems are set aside sentence by sentence
	for _, a := range r.SetAside {
		if a.Reason == data.AsideProblems {
			sb.WriteString(stripSpace(a.Text))
			sb.WriteByte(0)
		}
	}
	all, in := sb.String(), stripSpace(text)
	// The reference text is read in the lines Parse reads: a heading run
	// into its text ("2021年工作回顾2021年是…") ends a sentence.
	var lines []string
	for _, l := range Lines(refText, ref.Bold) {
		if l.End > first && l.Start < last {
			lines = append(lines, l.Text)
		}
	}
	for _, ln := range lines {
		ln = markerRE.ReplaceAllString(strings.TrimFunc(ln, unicode.IsSpace), "")
		for _, s := range cutSentences(ln) {
			// "各位代表！" is set aside, not a pledge (TestCorpusSalutations)
			if sr := []rune(s); isBareSalutation(sr, span{0, len(sr)}) {
				continue
			}
			if !strings.Contains(in, stripSpace(s)) {
				absent++
				continue
			}
			total++
			if strings.Contains(all, stripSpace(s)) {
				whole++
			} else {
				broken = append(broken, s)
			}
		}
	}
	return whole, total, absent, broken
}

// chapterSentences is every sentence of c, pledges and reported outcomes,
// in reading order.
func chapterSentences(c data.Chapter) []data.Pledge {
	out := append(append([]data.Pledge{}, c.Pledges...), c.Outcomes...)
	for _, h := range c.Headlines {
		out = append(append(out, h.Pledges...), h.Outcomes...)
	}
	slices.SortFunc(out, func(a, b data.Pledge) int { return a.Start - b.Start })
	return out
}

// chapterPledges counts the pledges of c.
func chapterPledges(c data.Chapter) int {
	n := len(c.Pledges)
	for _, h := range c.Headlines {
		n += len(h.Pledges)
	}
	return n
}

// allSentences is every sentence of r, pledges and reported outcomes.
func allSentences(r *data.Report) []data.Pledge {
	var out []data.Pledge
	for _, c := range r.Chapters {
		out = append(out, chapterSentences(c)...)
	}
	return out
}

// cutSentences returns the sentences of a line that end in 。！？.
func cutSentences(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		if !strings.ContainsRune("。！？!?", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("。！？!?”’）)」』", rs[j]) {
			j++
		}
		if sent := strings.TrimFunc(string(rs[start:j]), unicode.IsSpace); strings.IndexFunc(sent, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, sent)
		}
		start, i = j, j-1
	}
	return out
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}
