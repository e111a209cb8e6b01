package ingest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"pledgereview/data"
)

// TestTextLosesNothing: every non-space character of a text file lands in
// a paragraph or in the set-aside list, once.
func TestTextLosesNothing(t *testing.T) {
	files := corpusFiles(t, "national", ".txt")
	files = append(files, "testdata/guangdong-pdftotext.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := readFile(t, f)
		var got strings.Builder
		for _, p := range d.Paragraphs {
			got.WriteString(p.Text)
		}
		for _, s := range d.SetAside {
			got.WriteString(s.Text)
		}
		if g, w := sortedRunes(got.String()), sortedRunes(string(raw)); g != w {
			t.Errorf("%s: %d non-space runes read, the file holds %d", f, len([]rune(g)), len([]rune(w)))
		}
	}
}

func TestTextNationalShape(t *testing.T) {
	for _, f := range corpusFiles(t, "national", ".txt") {
		d := readFile(t, f)
		if d.Encoding != "utf-8" || d.Format != "txt" {
			t.Errorf("%s: %s %s", f, d.Format, d.Encoding)
		}
		if len(d.SetAside) != 1 || d.SetAside[0].Reason != data.AsideLicence || !strings.HasPrefix(d.SetAside[0].Text, "本作品") || !strings.HasSuffix(d.SetAside[0].Text, "false") {
			t.Errorf("%s: set aside %+v, want the licence footer", f, d.SetAside)
		}
		last := d.Paragraphs[len(d.Paragraphs)-1].Text
		if !strings.HasPrefix(last, "奋斗创造历史") && !strings.HasPrefix(last, "各位代表") && !strings.HasSuffix(last, "！") && !strings.HasSuffix(last, "。") {
			t.Errorf("%s: the body ends with %q", f, last)
		}
		for _, p := range d.Paragraphs {
			if p.Text == "2.5" || strings.HasPrefix(p.Text, "）") {
				t.Errorf("%s: %q stands alone: PM2.5 cut by its subscript", f, p.Text)
			}
		}
	}
}

// TestTextEncodings: GB18030 and UTF-16 copies of a corpus text read back
// as the UTF-8 one does.
func TestTextEncodings(t *testing.T) {
	f := corpusFiles(t, "national", ".txt")[0]
	raw, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(f, raw)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		enc  encoding.Encoding
		name string
	}{
		{simplifiedchinese.GB18030, "gb18030"},
		{simplifiedchinese.GBK, "gb18030"},
		{unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "utf-16le"},
		{unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "utf-16be"},
		{unicode.UTF8BOM, "utf-8"},
	}
	for _, c := range cases {
		b, err := c.enc.NewEncoder().Bytes(raw)
		if err != nil {
			t.Fatalf("%s: %v", c.enc, err)
		}
		got, err := Read("report.txt", b)
		if err != nil {
			t.Fatalf("%s: %v", c.enc, err)
		}
		if got.Encoding != c.name {
			t.Errorf("%s: encoding %q, want %q", c.enc, got.Encoding, c.name)
		}
		if !reflect.DeepEqual(got.Paragraphs, want.Paragraphs) || !reflect.DeepEqual(got.SetAside, want.SetAside) {
			t.Errorf("%s: read differently from the UTF-8 text", c.enc)
		}
	}
}

var latinWordsRE = regexp.MustCompile(`[A-Za-z]+|.`)

// wrapAsPDF lays paragraphs out as text copied out of a printed report:
// lines cut every cols columns wherever they fall (inside numbers too),
// paragraphs indented by two full-width spaces, and a running header and
// a page number "— n —" every 25 lines.
func wrapAsPDF(paragraphs []Paragraph, cols int) string {
	var sb strings.Builder
	line, page := 0, 1
	newline := func() {
		sb.WriteByte('\n')
		if line++; line%25 == 0 {
			fmt.Fprintf(&sb, "\n— %d —\n\f2025年广东省政府工作报告\n", page)
			page++
		}
	}
	for _, p := range paragraphs {
		sb.WriteString("\u3000\u3000")
		w := 4
		// Words of Latin letters are not cut, as no typesetter cuts them.
		for _, word := range latinWordsRE.FindAllString(p.Text, -1) {
			rw := displayWidth(word)
			if w+rw > cols {
				newline()
				w = 0
			}
			sb.WriteString(word)
			w += rw
		}
		newline()
	}
	return sb.String()
}

func TestTextRejoinsWrappedLines(t *testing.T) {
	_, raw := corpusFile(t, "provinces-2025", ".docx", "广东")
	want, err := Read("gd.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, cols := range []int{40, 60, 72} {
		text := wrapAsPDF(want.Paragraphs, cols)
		got, err := Read("gd.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Paragraphs) != len(want.Paragraphs) {
			t.Errorf("%d columns: %d paragraphs, want %d", cols, len(got.Paragraphs), len(want.Paragraphs))
		}
		for i := range min(len(got.Paragraphs), len(want.Paragraphs)) {
			if g, w := got.Paragraphs[i].Text, want.Paragraphs[i].Text; g != w {
				k := 0
				for k < len(g) && k < len(w) && g[k] == w[k] {
					k++
				}
				t.Errorf("%d columns: paragraph %d\n got %q\nwant %q", cols, i, g[max(0, k-30):min(len(g), k+60)], w[max(0, k-30):min(len(w), k+60)])
				break
			}
		}
		pages, headers := 0, 0
		for _, s := range got.SetAside {
			switch s.Reason {
			case data.AsidePageNumber:
				pages++
			case data.AsideHeader:
				headers++
			}
		}
		if pages == 0 || headers != pages {
			t.Errorf("%d columns: %d page numbers and %d running headers set aside: %+v", cols, pages, headers, got.SetAside)
		}
	}
}

// TestTextFromPDF reads what pdftotext gives for the 广东 PDF (a real
// copy out of a PDF: lines cut at the width, no indents, spaces around
// numbers, bare page numbers, form feeds) and finds the Word file's
// sentences whole and its numbers unchanged. Paragraph breaks cannot all
// be told from such a text; where unsure the reader breaks between two
// sentences, which keeps both whole.
func TestTextFromPDF(t *testing.T) {
	_, raw := corpusFile(t, "provinces-2025", ".docx", "广东")
	want, err := Read("gd.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	got := readFile(t, "testdata/guangdong-pdftotext.txt")
	var paragraphs []string
	for _, p := range got.Paragraphs {
		paragraphs = append(paragraphs, comparable(p.Text))
	}
	whole, all := 0, 0
	for _, p := range want.Paragraphs {
		for _, s := range sentenceRE.FindAllString(p.Text, -1) {
			c := comparable(s)
			if c == "" {
				continue
			}
			all++
			if slices.ContainsFunc(paragraphs, func(p string) bool { return strings.Contains(p, c) }) {
				whole++
			} else {
				t.Logf("not whole: %s", s)
			}
		}
	}
	t.Logf("%d of %d Word sentences whole in one paragraph; %d paragraphs for the Word file's %d", whole, all, len(got.Paragraphs), len(want.Paragraphs))
	for i, s := range got.SetAside {
		if s.Reason != data.AsidePageNumber || s.Text != fmt.Sprint(i+1) {
			t.Errorf("set aside %d: %+v, want page number %d", i, s, i+1)
		}
	}
	if len(got.SetAside) != 56 {
		t.Errorf("%d page numbers set aside, the PDF has 56 pages", len(got.SetAside))
	}
	if whole*100 < all*99 {
		t.Errorf("%d of %d Word sentences whole, want ≥ 99%%", whole, all)
	}
	wantNumbers := map[string]bool{}
	for _, n := range numberRE.FindAllString(want.Text(), -1) {
		wantNumbers[n] = true
	}
	for _, n := range numberRE.FindAllString(got.Text(), -1) {
		if !wantNumbers[n] {
			t.Errorf("the text gives the number %s, the Word file never does", n)
		}
	}
}

// sentenceRE cuts a paragraph into sentences.
var sentenceRE = regexp.MustCompile(`[^。！？；]+[。！？；]?`)

// sortedRunes is the non-space runes of s in order of their value: the
// same multiset of characters gives the same string wherever they moved.
func sortedRunes(s string) string {
	r := []rune(nonSpace(s))
	slices.Sort(r)
	return string(r)
}

// TestTextUTF16WithoutBOM: UTF-16 copies of each national report with no
// byte-order mark (as `iconv -t utf-16le` writes them) read back as the
// UTF-8 original does; bytes with NULs that are no UTF-16 text are refused.
func TestTextUTF16WithoutBOM(t *testing.T) {
	for _, f := range corpusFiles(t, "national", ".txt") {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Read(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			enc  encoding.Encoding
			name string
		}{
			{unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"},
			{unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"},
		} {
			b, err := c.enc.NewEncoder().Bytes(raw)
			if err != nil {
				t.Fatal(err)
			}
			if b[0] == 0xFF || b[0] == 0xFE {
				t.Fatalf("%s: the copy starts with a byte-order mark", c.name)
			}
			for _, name := range []string{"report.txt", "report.html"} {
				got, err := Read(name, b)
				if err != nil {
					t.Fatalf("%s %s %s: %v", f, c.name, name, err)
				}
				if got.Encoding != c.name {
					t.Errorf("%s %s: encoding %q, want %q", f, name, got.Encoding, c.name)
				}
				if name == "report.txt" && (!reflect.DeepEqual(got.Paragraphs, want.Paragraphs) || !reflect.DeepEqual(got.SetAside, want.SetAside)) {
					t.Errorf("%s %s: read differently from the UTF-8 text; first paragraph %q", f, c.name, got.Paragraphs[0].Text)
				}
			}
		}
	}
	noise := make([]byte, 4096)
	rand.NewChaCha8([32]byte{7}).Read(noise)
	for i := 0; i < len(noise); i += 16 {
		noise[i] = 0 // NULs at even offsets only: a BE guess, which fails
	}
	for _, b := range [][]byte{noise, append([]byte("政府工作报告\n"), 0, 0, 0, 0)} {
		_, err := Read("report.txt", b)
		if !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), "not a text file") {
			t.Errorf("%d bytes with NULs: got %v, want ErrNotText", len(b), err)
		}
	}
}
