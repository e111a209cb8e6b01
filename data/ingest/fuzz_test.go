package ingest

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// FuzzRead feeds any bytes to the .docx, .html and .txt readers: they
// return a document of one-line paragraphs or a sentinel error, never
// panic.
func FuzzRead(f *testing.F) {
	gb, _ := simplifiedchinese.GB18030.NewEncoder().String("一、总体要求\n\u3000\u3000全年新增就业1\n200万人左右。\n— 1 —\n")
	f.Add([]byte(gb))
	f.Add([]byte("\xff\xfe" + "a\x00b\x00"))
	f.Add([]byte(`<html><body><div class="TRS_Editor"><p>（一）加快<br>建设。</p><table><tr><td>1</td></tr></table></div></body></html>`))
	f.Add(makeDocx(f, map[string]string{"word/document.xml": docHead + `<w:p><w:r><w:t>一、</w:t><w:br/><w:t>总体</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` + docTail}))
	sentinels := []error{ErrUnknownFormat, ErrTooLarge, ErrEmpty, ErrNotText, ErrWordDoc, ErrDamaged, ErrZipBomb, ErrTooMuchText}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, name := range []string{"r.docx", "r.html", "r.txt"} {
			d, err := Read(name, raw)
			if err != nil {
				known := false
				for _, s := range sentinels {
					known = known || errors.Is(err, s)
				}
				if !known || d != nil {
					t.Fatalf("%s: %v (document %v)", name, err, d)
				}
				continue
			}
			if len(d.Paragraphs) == 0 {
				t.Fatalf("%s: no paragraphs and no error", name)
			}
			for _, p := range d.Paragraphs {
				if p.Text == "" || strings.ContainsAny(p.Text, "\n\r") {
					t.Fatalf("%s: paragraph %q is not one line", name, p.Text)
				}
			}
		}
	})
}
