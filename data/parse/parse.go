package parse

import (
	"errors"
	"fmt"
	"math/bits"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pledgereview/data"
)

// Options controls Parse.
type Options struct {
	// ID is the report id, a slug such as "taiyuan-2021"; required.
	// IDFromFileName derives one from a file name.
	ID string
	// SetAside and Format come from data/ingest and are kept on the report.
	SetAside []data.SetAside
	Format   string
	// Corrections are the user's structure changes from the import preview.
	Corrections []data.Correction
	// Bold are the stretches of text a Word file set in bold inside a
	// longer paragraph (ingest.Document.BoldSpans): run-in headings. They
	// are kept on the report.
	Bold []data.Span
}

// Errors returned by Parse; test with errors.Is.
var (
	ErrNoID        = errors.New("report id is empty")
	ErrBadID       = errors.New("report id must not contain '/', spaces or control characters")
	ErrInvalidUTF8 = errors.New("text is not valid UTF-8")
	ErrNoPledges   = errors.New("no pledges found")
	// ErrTooManyPledges is a text of more sentences than MaxPledges: no
	// report, or a file made to exhaust the machine that imports it.
	ErrTooManyPledges = errors.New("far more pledges than any report holds")
)

// MaxPledges bounds the pledges of a report: a provincial report holds
// one to two thousand sentences, and 1 MB of report text (the parse
// benchmark) some 30,000; 270,000 would take a gigabyte to parse.
const MaxPledges = 50_000

// isSentenceEnd is a rune that may end a pledge: Parse refuses a text of
// more than MaxPledges of them before anything is built.
func isSentenceEnd(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '；' || r == '\n'
}

// runesOfText is text in runes and the number of its sentence ends, or
// false when text is not valid UTF-8: one pass over the text where
// utf8.ValidString, a conversion and a count would make three.
func runesOfText(text string) (rs []rune, ends int, ok bool) {
	rs = make([]rune, runeCount(text))
	k := 0
	for i := 0; i < len(text); k++ {
		c := text[i]
		var r rune
		var size int
		switch {
		case c < utf8.RuneSelf:
			r, size = rune(c), 1
		case c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
			// the three bytes of a Chinese character, decoded in line
			r, size = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				return nil, 0, false // overlong, or a surrogate
			}
		default:
			if r, size = utf8.DecodeRuneInString(text[i:]); size < 2 {
				return nil, 0, false
			}
		}
		rs[k] = r
		if isSentenceEnd(r) {
			ends++
		}
		i += size
	}
	return rs, ends, true
}

// Parse reads the text of a report. Offsets in the result are rune offsets
// into text, which is kept unchanged in Report.Source.
func Parse(text string, opts Options) (*data.Report, error) {
	if opts.ID == "" {
		return nil, ErrNoID
	}
	if strings.ContainsFunc(opts.ID, func(r rune) bool {
		return r == '/' || unicode.IsSpace(r) || unicode.IsControl(r)
	}) {
		return nil, fmt.Errorf("report id %q: %w", opts.ID, ErrBadID)
	}
	rs, ends, ok := runesOfText(text)
	if !ok {
		return nil, fmt.Errorf("report %s: %w", opts.ID, ErrInvalidUTF8)
	}
	if ends > MaxPledges {
		return nil, fmt.Errorf("report %s: %w (the limit is %d)", opts.ID, ErrTooManyPledges, MaxPledges)
	}
	structural, kinds := splitKindCorrections(opts.Corrections)
	spans := sourceLines(rs, opts.Bold)
	lines := joinBrokenDelivery(rs, applyCorrections(rs, spans, structural))
	marks := kindMarks(rs, spans, kinds)
	year, yearFrom := reportYear(rs, lines)
	// A report with a single numbered chapter reads as the plain shape
	// first; when that finds nothing, one marker is enough.
	fingerprint := Fingerprint(text)
	for _, markers := range []int{2, 1} {
		rep := &data.Report{
			ID:          opts.ID,
			Year:        year,
			Fingerprint: fingerprint,
			Source:      text,
			Chapters:    []data.Chapter{},
			SetAside:    append([]data.SetAside(nil), opts.SetAside...),
			Format:      opts.Format,
			Corrections: opts.Corrections,
			Bold:        opts.Bold,
			YearFrom:    yearFrom,
		}
		b := &builder{src: text, rs: rs, rep: rep, ch: -1, hl: -1, markers: markers}
		b.build(lines)
		if b.pledges > 0 {
			setAsideClosing(lines, marks, rep)
			classifyOutcomes(rs, lines, marks, rep)
			return rep, nil
		}
	}
	return nil, fmt.Errorf("report %s: %w", opts.ID, ErrNoPledges)
}

// IDFromFileName derives a report id from a file name:
// "…/taiyuan-2021.txt" gives "taiyuan-2021", "2025年广东省政府工作报告.pdf"
// gives "guangdong-2025" (a place named in Chinese comes first, in pinyin).
// The id is lower case and made of [a-z0-9-] only; "report" when nothing
// usable is left.
func IDFromFileName(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	base := path.Base(name)
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	place, base := placeOf(base)
	id := slug(place + " " + base)
	if id == "" {
		return "report"
	}
	return id
}

// slug keeps the runs of [a-z0-9] of s, lower-cased, joined by dashes.
func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(r)
		default:
			dash = true
		}
	}
	return sb.String()
}

// runeCount is the number of runes of valid UTF-8 text: its bytes that are
// not continuation bytes (10xxxxxx), counted eight at a time.
func runeCount(text string) int {
	const lows = 0x0101010101010101
	cont, i := 0, 0
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		cont += bits.OnesCount64(x >> 7 &^ (x >> 6) & lows)
	}
	for ; i < len(text); i++ {
		if text[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(text) - cont
}

// pledgeID is data.PledgeID without fmt, which dominates a large parse;
// the tests hold the two equal.
func pledgeID(report string, c, h, s int) string {
	var sb strings.Builder
	sb.Grow(len(report) + 9)
	sb.WriteString(report)
	var num [20]byte
	for i, n := range [3]int{c, h, s} {
		if i == 0 {
			sb.WriteByte('/')
		} else {
			sb.WriteByte('.')
		}
		if n >= 0 && n < 10 {
			sb.WriteByte('0')
		}
		sb.Write(strconv.AppendInt(num[:0], int64(n), 10))
	}
	return sb.String()
}
