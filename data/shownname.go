package data

import (
	"path/filepath"
	"strconv"
	"unicode"
)

// ShownFileName is the base name of path as the user is shown it: as it
// is when every character of it is visible, else quoted with Go escapes,
// so that a name holding a line break, a control or a direction mark
// cannot add lines or turn text around in what is printed.
func ShownFileName(path string) string {
	name := filepath.Base(path)
	for _, r := range name {
		if !unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar {
			return strconv.QuoteToGraphic(name)
		}
	}
	return name
}
