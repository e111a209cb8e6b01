package data

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits on what a reviewer writes, in characters (runes). They are far
// above anything a real review holds and keep a careless or hostile file
// from making every later command slow.
const (
	MaxNameRunes     = 80
	MaxTagRunes      = 40
	MaxTags          = 30
	MaxLeadUnitRunes = 200
	MaxNoteRunes     = 20_000
	MaxEvidence      = 30
	MaxEvidenceRunes = 4_000 // text, link and date of one piece of evidence together
)

// UnsafeRune reports the characters no stored text keeps: control characters
// (ESC, BEL, C1 …; tab and newline are handled by the callers), the
// bidirectional overrides and isolates that make a terminal or a PDF show
// text in another order than it is stored, and the non-characters.
func UnsafeRune(r rune) bool {
	switch {
	case r == utf8.RuneError, r == '\uFFFE', r == '\uFFFF':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069',
		r == '\u200E', r == '\u200F', r == '\u061C':
		return true
	}
	return unicode.IsControl(r)
}

// CleanName returns a display name fit to show anywhere: in Unicode's
// compatibility form (NFKC: full-width letters become letters), unsafe and
// invisible characters removed (zero-width spaces, joiners, fillers), every
// run of white space (newlines included) made one space, trimmed, and cut
// to MaxNameRunes.
func CleanName(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, ""))
	var b strings.Builder
	n := 0
	space := false
	for _, r := range s {
		if n == MaxNameRunes {
			break
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if UnsafeRune(r) || invisibleRune(r) {
			continue
		}
		if space {
			if n+1 == MaxNameRunes {
				break // no space at the end
			}
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// CleanText returns free text (a note, evidence) with unsafe characters
// removed; tabs and line breaks stay, "\r\n" becomes "\n". It does not cut.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if UnsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

// isClean is the fast path of CleanText: most text has nothing to clean.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 {
			if c >= 0x80 {
				return isCleanRunes(s[i:])
			}
			return false
		}
	}
	return true
}

func isCleanRunes(s string) bool {
	for i := 0; i < len(s); {
		if n := safeCJK(s[i:]); n > 0 { // most of a Chinese text
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '\n' && r != '\t' && UnsafeRune(r) {
			return false
		}
		i += n
	}
	return true
}

// safeCJK is 3 when s starts with a rune from U+3000 to U+D7FF or from
// U+E000 to U+EFFF (the CJK blocks among them), none of them unsafe,
// validly encoded; else 0.
func safeCJK(s string) int {
	if len(s) < 3 || s[0] < 0xe3 || s[0] > 0xee || s[1]&0xc0 != 0x80 || s[2]&0xc0 != 0x80 {
		return 0
	}
	if s[0] == 0xed && s[1] >= 0xa0 { // a surrogate: not valid UTF-8
		return 0
	}
	return 3
}

// CleanLine is CleanText for a one-line field (tag, lead unit): line
// breaks and tabs become spaces and the ends are trimmed.
func CleanLine(s string) string {
	s = CleanText(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// ErrTooLong refuses text over one of the limits above.
var ErrTooLong = errors.New("text over the length limit")

// CleanReviewText removes unsafe characters from every text of r in place.
func (r *Review) CleanReviewText() {
	r.LeadUnit = CleanLine(r.LeadUnit)
	r.Note = CleanText(r.Note)
	for i, t := range r.Tags {
		if c := CleanLine(t); c != t {
			r.Tags[i] = c
		}
	}
	for i := range r.Evidence {
		e := &r.Evidence[i]
		e.Text, e.Link, e.Date = CleanText(e.Text), CleanLine(e.Link), CleanLine(e.Date)
	}
}

// HasUnsafeText reports whether CleanReviewText would change r.
func (r *Review) HasUnsafeText() bool {
	if !isClean(r.Note) || !isClean(r.LeadUnit) || strings.ContainsAny(r.LeadUnit, "\n\t") {
		return true
	}
	for _, t := range r.Tags {
		if !isClean(t) || strings.ContainsAny(t, "\n\t") {
			return true
		}
	}
	for _, e := range r.Evidence {
		if !isClean(e.Text) || !isClean(e.Link) || !isClean(e.Date) {
			return true
		}
	}
	return false
}

// checkLengths refuses a review whose texts are over the limits.
func (r *Review) checkLengths() error {
	over := func(what string, s string, max int) error {
		if len(s) > max && utf8.RuneCountInString(s) > max {
			return fmt.Errorf("%w: %s is over %d characters", ErrTooLong, what, max)
		}
		return nil
	}
	if err := over("the note", r.Note, MaxNoteRunes); err != nil {
		return err
	}
	if err := over("the lead unit", r.LeadUnit, MaxLeadUnitRunes); err != nil {
		return err
	}
	if len(r.Tags) > MaxTags {
		return fmt.Errorf("%w: over %d tags", ErrTooLong, MaxTags)
	}
	for _, t := range r.Tags {
		if err := over("a tag", t, MaxTagRunes); err != nil {
			return err
		}
	}
	if len(r.Evidence) > MaxEvidence {
		return fmt.Errorf("%w: over %d pieces of evidence", ErrTooLong, MaxEvidence)
	}
	for _, e := range r.Evidence {
		if err := over("a piece of evidence", e.Text+e.Link+e.Date, MaxEvidenceRunes); err != nil {
			return err
		}
	}
	return nil
}
