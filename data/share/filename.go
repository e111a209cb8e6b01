package share

import (
	"strings"
	"time"
	"unicode"
)

// FileExt ends every review file name.
const FileExt = ".pledgereview.json"

// DefaultFileName returns "<report>-<reviewer>-<date>.pledgereview.json",
// with the date as 2006-01-02 in date's location. Letters and digits of any
// script (so Chinese names stay) are kept; every other run of characters
// becomes "_", since "/\:*?"<>|" and control characters are unsafe on some
// system.
func DefaultFileName(reportID, reviewerName string, date time.Time) string {
	return safeName(reportID, "report") + "-" + safeName(reviewerName, "reviewer") + "-" +
		date.Format("2006-01-02") + FileExt
}

const maxNameRunes = 40

func safeName(s, fallback string) string {
	var b strings.Builder
	n := 0
	under := false
	for _, r := range s {
		if n == maxNameRunes {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' {
			b.WriteRune(r)
			under = false
			n++
			continue
		}
		if !under {
			b.WriteByte('_')
			under = true
			n++
		}
	}
	out := strings.Trim(b.String(), "_.-")
	if out == "" {
		return fallback
	}
	return out
}
