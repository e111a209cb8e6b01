package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize bounds the bytes of a report file of any format.
const MaxFileSize = 64 << 20

// MaxTextSize bounds the text of a report, in bytes of UTF-8: the longest
// real report holds about 100,000 characters (300 KB); 4 MB is ten times
// that, and keeps a crafted file's parse within seconds and memory.
const MaxTextSize = 4 << 20

// Read reads the bytes of the file called name; the name's suffix chooses
// the format. Every error wraps one of the sentinel errors of doc.go.
func Read(name string, raw []byte) (*Document, error) {
	return ReadContext(context.Background(), name, raw)
}

// ReadContext is Read that stops, with ErrCanceled, when ctx is done.
func ReadContext(ctx context.Context, name string, raw []byte) (d *Document, err error) {
	base := filepath.Base(name)
	if ctx.Err() != nil {
		return nil, fmt.Errorf("%s: %w", base, ErrCanceled)
	}
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
		d, err = readPDF(ctx, raw)
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
		err = checkTextSize(d)
	}
	if err == nil {
		setAsidePageJumps(d)
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

// checkTextSize refuses a document whose text, set-aside text included,
// is past MaxTextSize.
func checkTextSize(d *Document) error {
	n := 0
	for _, p := range d.Paragraphs {
		n += len(p.Text)
	}
	for _, a := range d.SetAside {
		n += len(a.Text)
	}
	return textSizeErr(n)
}

func textSizeErr(n int) error {
	if n <= MaxTextSize {
		return nil
	}
	return fmt.Errorf("%w (%.1f MB of text, the limit is %d MB)", ErrTooMuchText, float64(n)/(1<<20), MaxTextSize>>20)
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
