package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"pledgereview/data"
	"pledgereview/resources"
)

// comparable is a paragraph's text for comparing a PDF with its Word
// file: no spaces, no punctuation, no format characters. LibreOffice hangs
// a paragraph's last 。or ， beyond the right margin and leaves it out of
// the text layer (pdftotext does not see it either), and the PDF holds no
// zero-width joiners: the words and numbers must match, the marks cannot.
func comparable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

var numberRE = regexp.MustCompile(`\d+(?:\.\d+)?`)

// TestPDFMatchesDocx reads each province's PDF (LibreOffice's print of the
// .docx beside it) and finds the Word file's paragraphs again: lines cut at
// the page width joined back, page numbers set aside, no number changed.
func TestPDFMatchesDocx(t *testing.T) {
	for _, pdf := range corpusFiles(t, "provinces-2025-pdf", ".pdf") {
		prov := province(pdf)
		docxName, _ := corpusFile(t, "provinces-2025", ".docx", prov)
		want := readFile(t, docxName)
		got := readFile(t, pdf)
		if got.Format != "pdf" || got.Pages < 10 {
			t.Errorf("%s: format %q, %d pages", prov, got.Format, got.Pages)
		}
		have := map[string]bool{}
		var gotText strings.Builder
		for _, p := range got.Paragraphs {
			have[comparable(p.Text)] = true
			gotText.WriteString(p.Text + "\n")
		}
		found := 0
		var missing []string
		for _, p := range want.Paragraphs {
			if have[comparable(p.Text)] {
				found++
			} else {
				missing = append(missing, p.Text)
			}
		}
		share := float64(found) / float64(len(want.Paragraphs))
		t.Logf("%s: %d of %d Word paragraphs found whole in the PDF (%.1f%%); %d PDF paragraphs; %d set aside", prov, found, len(want.Paragraphs), 100*share, len(got.Paragraphs), len(got.SetAside))
		if share < 0.98 {
			for _, m := range missing {
				t.Logf("  missing: %.60s", m)
				for _, p := range got.Paragraphs {
					if strings.HasPrefix(comparable(p.Text), string([]rune(comparable(m))[:8])) {
						a, b := []rune(comparable(m)), []rune(comparable(p.Text))
						i := 0
						for i < len(a) && i < len(b) && a[i] == b[i] {
							i++
						}
						t.Logf("  at %d/%d: word %q pdf %q", i, len(a), string(a[i:min(len(a), i+20)]), string(b[i:min(len(b), i+20)]))
					}
				}
			}
			t.Errorf("%s: %.1f%% of the Word paragraphs found, want ≥ 98%%", prov, 100*share)
		}
		wantNumbers := map[string]bool{}
		for _, n := range numberRE.FindAllString(want.Text(), -1) {
			wantNumbers[n] = true
		}
		for _, n := range numberRE.FindAllString(gotText.String(), -1) {
			if !wantNumbers[n] {
				t.Errorf("%s: the PDF gives the number %s, the Word file never does", prov, n)
			}
		}
		if len(want.SetAside) > 0 && got.Pages != len(got.SetAside) {
			t.Errorf("%s: %d pages but %d page numbers set aside", prov, got.Pages, len(got.SetAside))
		}
		for _, s := range got.SetAside {
			if s.Reason != data.AsidePageNumber || s.Page == 0 {
				t.Errorf("%s: set aside %+v, want page numbers only", prov, s)
			}
		}
	}
}

func TestPDFRefusals(t *testing.T) {
	name, good := corpusFile(t, "provinces-2025-pdf", ".pdf", "西藏")
	var locked bytes.Buffer
	api.DisableConfigDir()
	if err := api.Encrypt(bytes.NewReader(good), &locked, model.NewAESConfiguration("secret", "owner", 256)); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		raw   []byte
		want  error
		words string
	}{
		{"scanned", imageOnlyPDF(t), ErrScannedPDF, "run OCR on it first"},
		{"encrypted", locked.Bytes(), ErrEncryptedPDF, "password-protected"},
		{"truncated", good[:len(good)*2/3], ErrDamaged, "cut short"},
		{"garbage", []byte("%PDF-1.7\n" + strings.Repeat("garbage ", 100) + "\n%%EOF\n"), ErrDamaged, "damaged"},
		{"not a pdf", []byte("<html>not a pdf</html>"), ErrDamaged, "no PDF header"},
	}
	for _, c := range cases {
		d, err := Read(name, c.raw)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.words) {
			t.Errorf("%s: got %v (%v), want %v with %q", c.name, err, d, c.want, c.words)
		}
	}
}

// imageOnlyPDF is a scan as a copier makes it: pages that are pictures,
// with no text layer.
func imageOnlyPDF(t *testing.T) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 200, 280))
	for y := 40; y < 240; y += 12 {
		for x := 20; x < 180; x++ {
			img.SetGray(x, y, color.Gray{})
		}
	}
	var png_ bytes.Buffer
	if err := png.Encode(&png_, img); err != nil {
		t.Fatal(err)
	}
	f := fpdf.New("P", "mm", "A4", "")
	f.RegisterImageOptionsReader("scan", fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png_.Bytes()))
	for range 2 {
		f.AddPage()
		f.ImageOptions("scan", 0, 0, 210, 297, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestPDFConcurrentReaders: callers on several goroutines share the one
// engine and each gets its own document's text.
func TestPDFConcurrentReaders(t *testing.T) {
	files := corpusFiles(t, "provinces-2025-pdf", ".pdf")[:4]
	want := make([]string, len(files))
	for i, f := range files {
		want[i] = readFile(t, f).Text()
	}
	var wg sync.WaitGroup
	got := make([]string, len(files))
	errs := make([]error, len(files))
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			raw, err := os.ReadFile(f)
			if err != nil {
				errs[i] = err
				return
			}
			d, err := Read(f, raw)
			if err != nil {
				errs[i] = err
				return
			}
			got[i] = d.Text()
		}()
	}
	wg.Wait()
	for i := range files {
		if errs[i] != nil || got[i] != want[i] {
			t.Errorf("%s read at the same time as others: %v, same text %v", province(files[i]), errs[i], got[i] == want[i])
		}
	}
}

// TestScannedPDFHasNoText checks the scanned test file with poppler, when
// it is installed: no font, no text: what a copier's scan gives.
func TestScannedPDFHasNoText(t *testing.T) {
	if _, err := exec.LookPath("pdffonts"); err != nil {
		t.Fatal("pdffonts is missing: make deps-test installs it (poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "scan.pdf")
	if err := os.WriteFile(path, imageOnlyPDF(t), 0o600); err != nil {
		t.Fatal(err)
	}
	fonts, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(strings.TrimSpace(string(fonts)), "\n"); lines != 1 {
		t.Errorf("pdffonts lists fonts:\n%s", fonts)
	}
	text, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(text)) != "" {
		t.Errorf("pdftotext finds text %q", text)
	}
}

// officialPrint lays paragraphs out as a government print shop does:
// A4, a running header on every page, "— n —" at the foot, paragraphs
// with a two-character first-line indent, lines cut at the margin rune by
// rune (numbers too).
func officialPrint(t *testing.T, paragraphs []Paragraph) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("wqy", "", resources.FontTTF)
	f.SetMargins(28, 30, 26)
	f.SetAutoPageBreak(false, 0)
	const size, lineH = 14.0, 9.0
	page := 0
	y := 300.0
	newPage := func() {
		f.AddPage()
		page++
		f.SetFont("wqy", "", 9)
		f.SetXY(28, 14)
		f.CellFormat(156, 5, "2025年广东省政府工作报告", "B", 0, "C", false, 0, "")
		f.SetXY(28, 280)
		f.CellFormat(156, 5, fmt.Sprintf("— %d —", page), "", 0, "C", false, 0, "")
		f.SetFont("wqy", "", size)
		y = 30
	}
	line := func(x float64, s string) {
		if y+lineH > 272 {
			newPage()
		}
		f.SetXY(x, y)
		f.CellFormat(0, lineH, s, "", 0, "L", false, 0, "")
		y += lineH
	}
	newPage()
	width := 210.0 - 28 - 26
	indent := f.GetStringWidth("　　")
	for _, p := range paragraphs {
		x, avail := 28+indent, width-indent
		var cur strings.Builder
		for _, r := range p.Text {
			if f.GetStringWidth(cur.String()+string(r)) > avail {
				line(x, cur.String())
				cur.Reset()
				x, avail = 28, width
			}
			cur.WriteRune(r)
		}
		line(x, cur.String())
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestPDFOfficialPrint reads a PDF laid out like an official print (made
// here from the 广东 Word text): running headers and "— n —" page numbers
// set aside on every page, paragraphs found whole, numbers cut at a line's
// end joined back.
func TestPDFOfficialPrint(t *testing.T) {
	_, raw := corpusFile(t, "provinces-2025", ".docx", "广东")
	want, err := Read("gd.docx", raw)
	if err != nil {
		t.Fatal(err)
	}
	// The heading lines of the genre are short, so they print as a line
	// of their own anyway; the body is what the layout must rebuild.
	pdf := officialPrint(t, want.Paragraphs)
	got, err := Read("official.pdf", pdf)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, p := range got.Paragraphs {
		have[comparable(p.Text)] = true
	}
	found := 0
	for _, p := range want.Paragraphs {
		if have[comparable(p.Text)] {
			found++
		} else {
			t.Logf("missing: %.40s", p.Text)
		}
	}
	if found*100 < len(want.Paragraphs)*98 {
		t.Errorf("%d of %d paragraphs found whole", found, len(want.Paragraphs))
	}
	headers, numbers := 0, 0
	for _, s := range got.SetAside {
		switch {
		case s.Reason == data.AsideHeader && s.Text == "2025年广东省政府工作报告":
			headers++
		case s.Reason == data.AsidePageNumber && nonSpace(s.Text) == fmt.Sprintf("—%d—", s.Page):
			numbers++
		default:
			t.Errorf("set aside %+v", s)
		}
	}
	if headers != got.Pages || numbers != got.Pages {
		t.Errorf("%d pages, %d running headers and %d page numbers set aside", got.Pages, headers, numbers)
	}
}
