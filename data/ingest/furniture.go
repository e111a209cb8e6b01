package ingest

import (
	"regexp"
	"strings"
)

// pageNumberRE matches the page numbers of Chinese documents: "— 1 —",
// "- 1 -", "第 1 页", "第1页 共56页", "1/56", a bare number.
var pageNumberRE = regexp.MustCompile(`^(?:[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$`)

// isPageNumber reports whether a line is a page number and nothing else.
func isPageNumber(s string) bool {
	return pageNumberRE.MatchString(strings.TrimSpace(s))
}
