package ingest

import (
	"strings"
	"unicode"
	"unicode/utf16"
)

// decodeUTF16NoBOM reads a text that holds NUL bytes as UTF-16 without a
// byte-order mark. The NULs of UTF-16 are mostly the high bytes of ASCII
// characters and line breaks: at odd offsets in little-endian, even ones
// in big-endian (一 U+4E00 and the full-width space U+3000 put some on the
// other side). The side with more NULs is tried first; a decoding is kept
// only when every character is an assigned, non-control one, which the
// wrong byte order (a line break read as U+0A00) and binary data are not.
func decodeUTF16NoBOM(raw []byte) (string, string, bool) {
	odd, even := 0, 0
	for i, b := range raw {
		if b == 0 {
			if i%2 == 1 {
				odd++
			} else {
				even++
			}
		}
	}
	order := []bool{true, false} // little-endian first
	if even > odd {
		order = []bool{false, true}
	}
	for _, little := range order {
		if s, ok := utf16Text(raw, little); ok {
			if little {
				return s, "utf-16le", true
			}
			return s, "utf-16be", true
		}
	}
	return "", "", false
}

// utf16Text decodes raw as UTF-16 in one byte order, refusing unpaired
// surrogates, controls other than white space, and unassigned code points.
// An odd last byte is dropped, as with a byte-order mark.
func utf16Text(raw []byte, little bool) (string, bool) {
	units := make([]uint16, len(raw)/2)
	for i := range units {
		lo, hi := raw[2*i], raw[2*i+1]
		if !little {
			lo, hi = hi, lo
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	var sb strings.Builder
	for i := 0; i < len(units); i++ {
		r := rune(units[i])
		if utf16.IsSurrogate(r) {
			if i+1 >= len(units) {
				return "", false
			}
			r = utf16.DecodeRune(r, rune(units[i+1]))
			if r == unicode.ReplacementChar {
				return "", false
			}
			i++
		}
		if !textRune(r) {
			return "", false
		}
		sb.WriteRune(r)
	}
	return sb.String(), true
}

// textRune is a character a text file may hold: white space, or an
// assigned character that is no control (private-use ones included, as
// old GB fonts mapped characters there).
func textRune(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs, unicode.Co, unicode.Cf)
}
