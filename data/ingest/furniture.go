package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// pageNumberRE matches the page numbers of Chinese documents: "— 1 —",
// "- 1 -", "第 1 页", "第1页 共56页", "1/56", a bare number.
var pageNumberRE = regexp.MustCompile(`^(?:[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$`)

// isPageNumber reports whether a line is a page number and nothing else.
func isPageNumber(s string) bool {
	return pageNumberRE.MatchString(strings.TrimSpace(s))
}

// licenceStart finds the licence footer that Wikisource appends to a text
// ("本作品是中华人民共和国的法律、法规…属于公有领域。… Public domain"): the
// last line that opens such a notice, with the notice's words after it.
func licenceStart(lines []textLine) int {
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-60; i-- {
		t := lines[i].text
		if !strings.HasPrefix(t, "本作品") && !strings.HasPrefix(t, "此作品") && !strings.HasPrefix(t, "本文") {
			continue
		}
		var tail strings.Builder
		for _, l := range lines[i:] {
			tail.WriteString(l.text)
		}
		s := tail.String()
		if strings.Contains(s, "公有领域") || strings.Contains(s, "Public domain") || strings.Contains(s, "著作权法") || strings.Contains(s, "知识共享") {
			return i
		}
	}
	return -1
}

// setAsideLicence moves a licence footer at the end of a text to SetAside.
func setAsideLicence(lines []textLine, d *Document) []textLine {
	i := licenceStart(lines)
	if i < 0 {
		return lines
	}
	var texts []string
	for _, l := range lines[i:] {
		texts = append(texts, l.text)
	}
	d.SetAside = append(d.SetAside, data.SetAside{Text: strings.Join(texts, "\n"), Reason: data.AsideLicence})
	return lines[:i]
}

// setAsideTextFurniture moves the page furniture of a text copied out of
// a PDF to SetAside: page numbers ("— 1 —", "第 1 页"; bare numbers only
// when they count up like pages do) and the running headers or footers
// that repeat beside them.
func setAsideTextFurniture(lines []textLine, d *Document) []textLine {
	page := pageNumberLines(lines)
	header := runningHeaderLines(lines, page)
	var out []textLine
	for i, l := range lines {
		switch {
		case page[i]:
			d.SetAside = append(d.SetAside, data.SetAside{Text: l.text, Reason: data.AsidePageNumber})
		case header[i]:
			d.SetAside = append(d.SetAside, data.SetAside{Text: l.text, Reason: data.AsideHeader})
		default:
			if i > 0 && (page[i-1] || header[i-1]) {
				// The blank lines around a page break do not end a
				// paragraph: the line widths decide (rejoinLines).
				l.afterBlank = false
			}
			out = append(out, l)
		}
	}
	return out
}

// pageNumberLines marks the lines that are page numbers.
func pageNumberLines(lines []textLine) []bool {
	page := make([]bool, len(lines))
	var bare []int
	for i, l := range lines {
		switch {
		case isBareNumber(l.text):
			bare = append(bare, i)
		case isPageNumber(l.text):
			page[i] = true
		}
	}
	if barePageNumbers(lines, bare) {
		for _, i := range bare {
			page[i] = true
		}
	}
	return page
}

// barePageNumbers tells whether the bare numbers at the lines bare are
// page numbers: they count up and stand a page apart, not numbering a
// short list.
func barePageNumbers(lines []textLine, bare []int) bool {
	if len(bare) < 2 || (bare[len(bare)-1]-bare[0])/(len(bare)-1) < 10 {
		return false
	}
	last, rising := -1, 0
	for _, i := range bare {
		n := atoiSafe(lines[i].text)
		if n > last {
			rising++
		}
		last = n
	}
	return rising*10 >= len(bare)*9
}

// runningHeaderLines marks the running headers and footers: short lines,
// the same text (numbers masked) three times or more, each within two
// lines of a page number.
func runningHeaderLines(lines []textLine, page []bool) []bool {
	counts := map[string]int{}
	for i, l := range lines {
		if !page[i] && utf8.RuneCountInString(l.text) <= 40 && nearPageNumber(page, i) {
			counts[furnitureKey(l.text)]++
		}
	}
	header := make([]bool, len(lines))
	for i, l := range lines {
		if !page[i] && counts[furnitureKey(l.text)] >= 3 && nearPageNumber(page, i) {
			header[i] = true
		}
	}
	return header
}

// nearPageNumber tells whether line i is within two lines of a page number.
func nearPageNumber(page []bool, i int) bool {
	for j := max(0, i-2); j <= min(len(page)-1, i+2); j++ {
		if page[j] {
			return true
		}
	}
	return false
}

func atoiSafe(s string) int {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if n > 1e6 {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}
