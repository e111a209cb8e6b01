package share

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Content is what a review file says of the text of its report beyond the
// exact fingerprint: the hash of the normalised text (letters and digits
// only, so no spacing, punctuation or line breaks) and the normalised
// sentences, as hashes that compose, so that a receiver holding the same
// report in another form (the PDF of a Word file, a re-published version)
// can align the two and place records by text.
type Content struct {
	TextHash  string // hex SHA-256 of the normalised text
	Sentences []Sentence
}

// Sentence is one normalised sentence: its hash (see polyHash) and its
// length in runes. A sentence is what lies between 。！？；, their ASCII
// forms and line breaks, normalised; empty ones are left out.
type Sentence struct {
	Hash uint64
	Len  int
}

// isKept reports whether a rune is part of the normalised text.
func isKept(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n':
		return true
	}
	return false
}

// Normalised returns the letters and digits of s, in order.
func Normalised(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isKept(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TextHash is the short hash of a pledge's normalised text that a review
// file carries next to the pledge's id: two pledges with the same letters
// and digits have the same TextHash.
func TextHash(s string) string {
	sum := sha256.Sum256([]byte(Normalised(s)))
	return hex.EncodeToString(sum[:8])
}

// ContentOf reads a report's source text. offsets, when not nil, receives
// for every rune of source the number of normalised runes before it, so
// that a pledge's rune offsets give its place in the normalised text; it
// has one more entry, the normalised length.
func ContentOf(source string) (c Content, offsets []int) {
	h := sha256.New()
	var buf [4]byte
	n := 0
	var cur polyHash
	curLen := 0
	flush := func() {
		if curLen > 0 {
			c.Sentences = append(c.Sentences, Sentence{Hash: cur.sum(), Len: curLen})
		}
		cur, curLen = polyHash{}, 0
	}
	for _, r := range source {
		offsets = append(offsets, n)
		switch {
		case isKept(r):
			h.Write(buf[:utf8.EncodeRune(buf[:], r)])
			cur.add(r)
			curLen++
			n++
		case isSentenceEnd(r):
			flush()
		}
	}
	flush()
	offsets = append(offsets, n)
	c.TextHash = hex.EncodeToString(h.Sum(nil))
	return c, offsets
}

// Len is the length of the normalised text the sentences cover.
func (c Content) Len() int {
	n := 0
	for _, s := range c.Sentences {
		n += s.Len
	}
	return n
}

// polyHash is a polynomial hash of runes modulo the Mersenne prime 2^61-1:
// the hash of a text joined from two parts follows from the parts' hashes
// and lengths (see join), which lets sentences split in one form of a
// report and joined in another be matched without the text itself.
type polyHash struct{ h uint64 }

const (
	polyMod  = 1<<61 - 1
	polyBase = 1_000_003
)

func (p *polyHash) add(r rune) { p.h = addMod(mulMod(p.h, polyBase), uint64(r)+1) }

func (p polyHash) sum() uint64 { return p.h }

// join is the hash of a text a followed by a text b of length bLen runes.
func join(a, b uint64, bLen int) uint64 { return addMod(mulMod(a, powMod(polyBase, bLen)), b) }

func addMod(a, b uint64) uint64 {
	s := a + b
	if s >= polyMod {
		s -= polyMod
	}
	return s
}

func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a*b = hi*2^64 + lo; 2^64 ≡ 8 (mod 2^61-1)
	r := (lo & polyMod) + (lo >> 61) + (hi << 3)
	for r >= polyMod {
		r -= polyMod
	}
	return r
}

func powMod(b uint64, e int) uint64 {
	r := uint64(1)
	for e > 0 {
		if e&1 == 1 {
			r = mulMod(r, b)
		}
		b = mulMod(b, b)
		e >>= 1
	}
	return r
}
