package cli

import (
	"strings"

	"github.com/rivo/uniseg"

	"pledgereview/app/internal/lang"
	"pledgereview/data"
)

// statusWord names a delivery status in the locale's language.
func statusWord(s data.Status) string {
	si := s.Info()
	if lang.Chinese() {
		return si.Zh
	}
	return si.En
}

// summaryLanguage is the language of a merge plan's summary.
func summaryLanguage() string {
	if lang.Chinese() {
		return "zh"
	}
	return "en"
}

// padRight and padLeft fill s with spaces to w columns of a terminal,
// where a Chinese character takes two.
func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-uniseg.StringWidth(s)))
}
func padLeft(s string, w int) string { return strings.Repeat(" ", max(0, w-uniseg.StringWidth(s))) + s }
