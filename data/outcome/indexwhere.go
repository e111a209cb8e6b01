package outcome

import "strings"

// indexWhere is where sub first stands in s at a place ok accepts (ok is
// given the byte index), or -1.
func indexWhere(s, sub string, ok func(i int) bool) int {
	for at := 0; ; {
		i := strings.Index(s[at:], sub)
		if i < 0 {
			return -1
		}
		if i += at; ok(i) {
			return i
		}
		at = i + 1
	}
}
