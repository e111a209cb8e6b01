package briefing

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dataText is every text of the input that is the report's or the
// reviewers' own: what a pack shows whatever its language.
func dataText(in Input) string {
	var b strings.Builder
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s + "\n")
		}
	}
	r := in.Report
	w(r.ID, r.Title, r.Subtitle, in.Workspace, in.Rubric.ID)
	for _, ch := range r.Chapters {
		w(ch.Title)
		for _, h := range ch.Headlines {
			w(h.Title)
		}
	}
	for _, p := range r.Pledges() {
		w(p.ID, p.Text)
		if p.Deadline != nil {
			w(p.Deadline.Raw, p.Deadline.Due)
		}
		for _, t := range p.Targets {
			w(t.Subject, t.Quote, t.Unit, t.Quantity())
		}
	}
	for _, g := range r.Glossary {
		w(g.Term, g.Text)
	}
	for _, rv := range in.Reviewers {
		w(rv.ID, rv.Name)
	}
	for _, rv := range in.Reviews {
		w(rv.Note, rv.LeadUnit)
		w(rv.Tags...)
		for _, e := range rv.Evidence {
			w(e.Text, e.Link, e.Date)
		}
	}
	for _, u := range in.Progress {
		w(u.Source.Text, u.Source.Link, u.Reason)
	}
	for _, dp := range in.Disputed {
		w(dp.Reasons...)
	}
	return b.String()
}

var (
	hanRun    = regexp.MustCompile(`\p{Han}+`)
	latinWord = regexp.MustCompile(`[A-Za-z]{2,}`)
)

// packText builds a pack in a language and returns its text as pdftotext
// gives it, and the path of the PDF.
func packText(t *testing.T, in Input, opt Options) (string, string) {
	t.Helper()
	needTool(t, "pdftotext")
	pdf, err := Build(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	path := writePack(t, pdf)
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out), path
}

// leftovers are the matches of re in text that are not in the data: the
// pack's own words.
func leftovers(re *regexp.Regexp, text, data string) []string {
	var out []string
	for _, s := range re.FindAllString(text, -1) {
		if !strings.Contains(data, s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// A Chinese pack has no English words of its own, an English pack no
// Chinese ones (the report's text stays Chinese), and a pack in both
// languages has both.
func TestPackLanguage(t *testing.T) {
	in := testInput(t)
	data := dataText(in)
	squeezed := stripSpace(data)
	for _, kind := range []struct {
		name   string
		kind   Kind
		zh, en string // a heading of the pack in each language
	}{
		{"full", KindFull, "方法附录", "Method annex"},
		{"meeting", KindMeeting, "会议简报", "Meeting brief"},
	} {
		t.Run(kind.name, func(t *testing.T) {
			text := map[Language]string{}
			for _, l := range []Language{LangZh, LangEn, LangBoth} {
				var path string
				text[l], path = packText(t, in, Options{Kind: kind.kind, IncludeNotes: true, Language: l})
				look(t, path, kind.name+"-"+l.String())
			}
			// Krippendorff is a name, which the Chinese text keeps too.
			zhText := strings.ReplaceAll(text[LangZh], "Krippendorff", "")
			if left := leftovers(latinWord, zhText, data); len(left) > 0 {
				t.Errorf("English words in the Chinese pack: %q", left)
			}
			// The Chinese pack's own words, found where the report's text is
			// not, must not be in the English pack at all.
			zhWords := leftovers(hanRun, zhText, squeezed)
			if len(zhWords) < 20 {
				t.Fatalf("the Chinese pack has only %d words of its own: %q", len(zhWords), zhWords)
			}
			for _, w := range zhWords {
				if strings.Contains(text[LangEn], w) {
					t.Errorf("the English pack says %q", w)
				}
			}
			if left := leftovers(hanRun, text[LangEn], squeezed); len(left) > 0 {
				t.Errorf("Chinese words in the English pack: %q", left)
			}
			for l, want := range map[Language][]string{LangZh: {kind.zh}, LangEn: {kind.en}, LangBoth: {kind.zh, kind.en}} {
				for _, w := range want {
					if !strings.Contains(text[l], w) {
						t.Errorf("the %s pack lacks %q", l, w)
					}
				}
			}
		})
	}
}

// look renders the second page of a pack at 60 dpi into $PACK_LOOK_DIR,
// when it is set, for a person to look at.
func look(t *testing.T, path, name string) {
	dir := os.Getenv("PACK_LOOK_DIR")
	if dir == "" {
		return
	}
	needTool(t, "pdftoppm")
	out := filepath.Join(dir, name)
	if b, err := exec.Command("pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", path, out).CombinedOutput(); err != nil {
		t.Errorf("pdftoppm: %v %s", err, b)
	}
}

// A language's punctuation: Chinese wherever Chinese is written, ASCII in
// English only.
func TestLanguagePunctuation(t *testing.T) {
	for _, c := range []struct {
		l                   Language
		list, paren, tagged string
	}{
		{LangEn, "王芳, Li", "done (2021-10-15)", "Tags: 5G, infra"},
		{LangZh, "王芳、Li", "done（2021-10-15）", "标签：5G、infra"},
		{LangBoth, "王芳、Li", "done（2021-10-15）", "标签 Tags：5G、infra"},
	} {
		if got := c.l.list([]string{"王芳", "Li"}); got != c.list {
			t.Errorf("%s list = %q, want %q", c.l, got, c.list)
		}
		if got := "done" + c.l.paren("2021-10-15"); got != c.paren {
			t.Errorf("%s paren = %q, want %q", c.l, got, c.paren)
		}
		if got := c.l.labelled("标签", "Tags", c.l.list([]string{"5G", "infra"})); got != c.tagged {
			t.Errorf("%s labelled = %q, want %q", c.l, got, c.tagged)
		}
	}
}
