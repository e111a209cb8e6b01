package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text file into a string, naming the
// encoding it found: a byte-order mark first (UTF-8, UTF-16 LE or BE),
// then UTF-16 without a mark (NUL bytes, which no UTF-8 or GB18030 text
// holds), then valid UTF-8, else GB18030 (which holds GBK and GB2312).
// Only bytes with NULs that are no UTF-16 text are refused (ErrNotText).
func decodeText(raw []byte) (string, string, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return string(raw[3:]), "utf-8", nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.IndexByte(raw, 0) >= 0:
		s, name, ok := decodeUTF16NoBOM(raw)
		if !ok {
			return "", "", ErrNotText
		}
		return s, name, nil
	case utf8.Valid(raw):
		return string(raw), "utf-8", nil
	default:
		enc, name = simplifiedchinese.GB18030, "gb18030"
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		// The decoders replace what they cannot read; an error here is
		// only an odd byte at the end of UTF-16.
		out, _ = enc.NewDecoder().Bytes(raw[:len(raw)&^1])
	}
	return string(out), name, nil
}

// textLine is one line of a plain text, before lines are joined.
type textLine struct {
	text       string
	indented   bool // starts with spaces or 全角 spaces
	lead       int  // the columns of that indent
	afterBlank bool // a blank line stands before it
}

// width is the columns the line takes, its indent included.
func (l textLine) width() int { return l.lead + displayWidth(l.text) }

// splitLines cuts a text at its line breaks (\n, \r\n, \r, U+2028/9).
func splitLines(s string) []textLine {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n").Replace(s)
	var out []textLine
	blank := false
	for _, l := range strings.Split(s, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			blank = true
			continue
		}
		rest := strings.TrimLeft(l, " \t\u3000\u00a0\f")
		lead := l[:len(l)-len(rest)]
		out = append(out, textLine{text: t, indented: strings.Trim(lead, "\f") != "", lead: leadWidth(lead), afterBlank: blank})
		blank = false
	}
	return out
}

func readText(raw []byte) (*Document, error) {
	s, enc, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	// refused before it is cut into lines: that would cost many times its size
	if err := textSizeErr(len(s)); err != nil {
		return nil, err
	}
	s = strings.TrimPrefix(s, "\ufeff")
	d := &Document{Format: "txt", Encoding: enc}
	lines := splitLines(s)
	lines = setAsideLicence(lines, d)
	lines = setAsideTextFurniture(lines, d)
	d.Paragraphs = rejoinLines(lines, true)
	return d, nil
}

// leadWidth counts the columns of a line's indent: a full-width space is
// two, a tab four.
func leadWidth(s string) int {
	w := 0
	for _, r := range s {
		switch r {
		case '\u3000':
			w += 2
		case '\t':
			w += 4
		case '\f':
		default:
			w++
		}
	}
	return w
}
