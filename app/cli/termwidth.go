package cli

import (
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// defaultColumns is the width of a table when the output is no terminal
// and $COLUMNS does not say one.
const defaultColumns = 100

// columns is the width of the terminal w writes to: $COLUMNS when set, else
// the terminal's, else defaultColumns.
func columns(w io.Writer) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if t, ok := w.(*terminalWriter); ok {
		w = t.w
	}
	if f, ok := w.(*os.File); ok {
		if n := terminalColumns(f); n > 0 {
			return n
		}
	}
	return defaultColumns
}

// runeColumns is how many columns a terminal gives r: 2 for the wide and
// full-width characters of CJK, 1 for others.
func runeColumns(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textColumns is how many columns s takes.
func textColumns(s string) int {
	n := 0
	for _, r := range s {
		n += runeColumns(r)
	}
	return n
}

// cutToColumns is s on one line, cut with "…" to take at most n columns.
func cutToColumns(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if textColumns(s) <= n {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		w := runeColumns(r)
		if used+w > n-1 {
			break
		}
		b.WriteRune(r)
		used += w
	}
	return b.String() + "…"
}
