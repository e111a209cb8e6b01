package parse

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pledgereview/data/ingest"
)

// TestCorpusVariants perturbs the layout of real reports the parser was
// tuned on — front matter cut off, other numbering, Windows line ends and
// blank lines — and expects the structure of their goldens all the same.
func TestCorpusVariants(t *testing.T) {
	chapterRE := regexp.MustCompile(`(?m)^[\s　]*([一二三])、`)
	headlineRE := regexp.MustCompile(`(?m)^([\s　]*)（([一二三四五六七八九十]+)）`)
	unnumberRE := regexp.MustCompile(`(?m)^([\s　]*)[一二三]、(20\d\d年)`)
	cn := map[string]string{"一": "一", "二": "二", "三": "三"}
	variants := []struct {
		name string
		edit func(string) string
		year int // 0: the golden's
	}{
		{"front matter cut off", func(s string) string {
			return s[strings.Index(s, "各位代表"):]
		}, 0},
		{"第一部分 chapters, (一) headlines, CRLF and blank lines", func(s string) string {
			s = chapterRE.ReplaceAllStringFunc(s, func(m string) string {
				return "第" + cn[chapterRE.FindStringSubmatch(m)[1]] + "部分　"
			})
			s = headlineRE.ReplaceAllString(s, "$1($2)")
			return strings.ReplaceAll(s, "\n", "\r\n\r\n")
		}, 0},
		{"chapters without numbers", func(s string) string {
			return unnumberRE.ReplaceAllString(s, "$1$2")
		}, 0},
	}
	docs := loadCorpus(t)
	for _, d := range docs {
		if d.slug != "gansu" && d.slug != "guangdong" && d.slug != "national-2024" {
			continue
		}
		raw, err := os.ReadFile(d.files[0])
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Read(d.files[0], raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range variants {
			t.Run(d.slug+"/"+v.name, func(t *testing.T) {
				text := v.edit(doc.Text())
				r, err := Parse(text, Options{ID: "v"})
				if err != nil {
					t.Fatal(err)
				}
				checkInvariants(t, text, r)
				checkLossless(t, text, Options{}, r)
				if r.Year != d.g.Year {
					t.Errorf("year %d, want %d", r.Year, d.g.Year)
				}
				var got, want []string
				for _, c := range r.Chapters {
					got = append(got, c.Title+"|"+c.Annex+"|"+strconv.Itoa(len(c.Headlines)))
				}
				for _, c := range d.g.Chapters {
					want = append(want, c.Title+"|"+c.Annex+"|"+strconv.Itoa(c.Headlines))
				}
				diffLines(t, got, want)
				if len(r.Glossary) != d.g.Glossary {
					t.Errorf("%d glossary entries, want %d", len(r.Glossary), d.g.Glossary)
				}
			})
		}
	}
}

// TestCorpusHardWrapped cuts every paragraph of real reports at 36 runes,
// as text copied out of a PDF or an e-mail arrives, and reads it back
// through data/ingest: the structure is the golden's and the sentences
// stay whole.
func TestCorpusHardWrapped(t *testing.T) {
	for _, d := range loadCorpus(t) {
		if d.slug != "gansu" && d.slug != "guangdong" && d.slug != "national-2019" {
			continue
		}
		t.Run(d.slug, func(t *testing.T) {
			raw, err := os.ReadFile(d.files[0])
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ingest.Read(d.files[0], raw)
			if err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for _, p := range doc.Paragraphs {
				rs := []rune(p.Text)
				for ; len(rs) > 36; rs = rs[36:] {
					sb.WriteString(string(rs[:36]) + "\n")
				}
				sb.WriteString(string(rs) + "\n")
			}
			wrapped, err := ingest.Read("wrapped.txt", []byte(sb.String()))
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{ID: "w", SetAside: wrapped.SetAside}
			r, err := Parse(wrapped.Text(), opts)
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, wrapped.Text(), opts, r)
			checkGolden(t, d.g, r)
			ref, err := Parse(doc.Text(), Options{ID: "w"})
			if err != nil {
				t.Fatal(err)
			}
			whole, total, absent, broken := sentencesWhole(doc.Text(), ref, r, wrapped.Text())
			t.Logf("%d of %d sentences whole, %d not in the text", whole, total, absent)
			if 100*whole < 98*total || absent > 0 {
				t.Errorf("%d of %d sentences whole, %d absent; broken:\n%s", whole, total, absent, strings.Join(broken[:min(len(broken), 10)], "\n"))
			}
		})
	}
}
