package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize bounds the bytes of a report file of any format.
const MaxFileSize = 64 << 20

// Read reads the bytes of the file called name; the name's suffix chooses
// the format. Every error wraps one of the sentinel errors of doc.go.
func Read(name string, raw []byte) (d *Document, err error) {
	base := filepath.Base(name)
	if len(raw) > MaxFileSize {
		return nil, fmt.Errorf("%s: %w (%d MB, the limit is %d MB)", base, ErrTooLarge, len(raw)>>20, MaxFileSize>>20)
	}
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%s: %w (the reader failed: %v)", base, ErrDamaged, r)
		}
	}()
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "":
		d, err = readText(raw)
	case ".pdf":
		d, err = readPDF(raw)
	case ".html", ".htm", ".xhtml", ".shtml":
		d, err = readHTML(raw)
	case ".docx":
		d, err = readDocx(raw)
	case ".doc", ".wps":
		err = ErrWordDoc
	default:
		err = ErrUnknownFormat
	}
	if err == nil {
		d.Paragraphs = tidy(d.Paragraphs)
		if len(d.Paragraphs) == 0 {
			err = ErrEmpty
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", base, err)
	}
	return d, nil
}

// tidy keeps each paragraph on one line, as Document.Text promises: line
// breaks and control characters inside a paragraph become spaces, and
// empty paragraphs go.
func tidy(ps []Paragraph) []Paragraph {
	out := ps[:0]
	for _, p := range ps {
		if strings.IndexFunc(p.Text, badInLine) >= 0 {
			p.Text = strings.Map(func(r rune) rune {
				if badInLine(r) {
					return ' '
				}
				return r
			}, p.Text)
		}
		t := strings.TrimSpace(p.Text)
		if len(p.BoldRuns) > 0 && t != p.Text {
			cut := utf8.RuneCountInString(p.Text) - utf8.RuneCountInString(strings.TrimLeftFunc(p.Text, unicode.IsSpace))
			p.BoldRuns = boldRuns(p.BoldRuns).within(cut, utf8.RuneCountInString(t)).partial(utf8.RuneCountInString(t))
		}
		p.Text = t
		if p.Text != "" {
			out = append(out, p)
		}
	}
	return out
}

// badInLine is a character that may not stand inside a paragraph's line.
// The tab of a table row stays.
func badInLine(r rune) bool {
	return r != '\t' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\ufffe' || r == '\uffff')
}
