package data

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// invisibleRune is a character that shows nothing where a name is printed:
// format characters (zero-width space and joiners, word joiner, byte order
// mark, direction marks) and the other default-ignorable code points that
// fonts draw as nothing (Hangul fillers, variation selectors, tags).
func invisibleRune(r rune) bool {
	switch {
	case unicode.Is(unicode.Cf, r):
		return true
	case r == 0x034F, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5, r == 0x3164, r == 0xFFA0, r == 0x2800:
		return true
	case r >= 0x180B && r <= 0x180F, r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return false
}

// NameSkeleton is what a name looks like, for telling whether two names
// would be taken for one another (Unicode TR39's skeleton, with a compact
// table of the Latin, Cyrillic and Greek look-alikes a name can be made
// of): the cleaned name, decomposed, each confusable letter replaced by
// the one it looks like. "Аlice" with a Cyrillic А and "Alice" have one
// skeleton, as have "张伟" and "张伟" written with a zero-width space.
func NameSkeleton(name string) string {
	d := norm.NFD.String(CleanName(name))
	var b strings.Builder
	for _, r := range d {
		if c, ok := confusable[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	return norm.NFD.String(b.String())
}

// confusable maps a letter to the Latin letter or digit it is drawn like,
// from the TR39 confusables of the scripts names mix most.
var confusable = map[rune]rune{
	// Cyrillic
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
	'Х': 'X', 'У': 'Y', 'Ү': 'Y', 'Ѕ': 'S', 'І': 'l', 'Ј': 'J', 'Ԛ': 'Q', 'Ԝ': 'W', 'Һ': 'h', 'Ӏ': 'l',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'ʏ': 'y', 'ѵ': 'v', 'ɡ': 'g',
	// Greek
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'l', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o', 'ν': 'v', 'α': 'a', 'ι': 'i', 'κ': 'k', 'ρ': 'p',
	'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y',
	// Latin and digits drawn alike
	'I': 'l', '1': 'l', '|': 'l', '0': 'O', 'ı': 'i', 'ℓ': 'l', '〇': 'O',
}

// ShownName is a reviewer's name with what it hides made visible: quoted
// with escapes when it holds invisible characters or letters of another
// script drawn like Latin ones, with the id after it.
func ShownName(rv Reviewer) string {
	name := []rune(norm.NFKC.String(strings.ToValidUTF8(rv.Name, "")))
	if len(name) > MaxNameRunes {
		name = name[:MaxNameRunes]
	}
	shown := string(name)
	for _, r := range name {
		if _, like := confusable[r]; like && r > unicode.MaxASCII || invisibleRune(r) || UnsafeRune(r) {
			shown = strconv.QuoteToASCII(shown)
			break
		}
	}
	return shown + " (" + CleanName(rv.ID) + ")"
}
