package data

import "testing"

// isCleanRunes reads each rune as ranging over the string does: the same
// answer for any bytes, Chinese text taken three bytes at a time.
func FuzzIsCleanRunes(f *testing.F) {
	for _, s := range []string{"第1项承诺要在年底前完成。", "\u202e倒写", "\xed\xa0\x80", "\xe3\x80", "\ue000\ufeff\uffff", "a\x7fb", "\u3164\u061c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		for _, r := range s {
			if r != '\n' && r != '\t' && UnsafeRune(r) {
				want = false
			}
		}
		if got := isCleanRunes(s); got != want {
			t.Fatalf("isCleanRunes(%q) = %v, ranging over its runes: %v", s, got, want)
		}
	})
}
