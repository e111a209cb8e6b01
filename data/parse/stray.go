package parse

import (
	"strings"

	"pledgereview/data"
)

// Stray lines: what a scraper or a printed page left in the text that is
// no part of the report. They are set aside with the reason, never lost.

// scraperKeys open the "key：value" lines a scraper writes above the text
// ("标题：二0二二年政府工作报告", "年份：2022").
var scraperKeys = []string{"标题：", "标题:", "年份：", "年份:", "日期：", "链接：", "网址：", "URL:"}

// takeScraperHeader sets aside the scraper's lines at the top of the
// text (its keys and its rule of ====), and a web page's furniture above
// the title, and returns the lines after them.
func (b *builder) takeScraperHeader(lines []line) []line {
	n := 0
	for n < len(lines) && lines[n].make == "" && b.scraperLine(lines[n].span) {
		n++
	}
	if n == 0 || n == len(lines) {
		return lines
	}
	for _, l := range lines[:n] {
		b.setAside(b.text(l.span), data.AsideNavigation)
	}
	return lines[n:]
}

func (b *builder) scraperLine(l span) bool {
	if l.end-l.start > 60 {
		return false
	}
	for _, k := range scraperKeys {
		if hasPrefix(b.rs[:l.end], l.start, k) {
			return true
		}
	}
	return ruleLine(b.rs, l) || webFurniture(b.rs, l)
}

// ruleLine reports a line of five or more = - * _ ─ and nothing else.
func ruleLine(rs []rune, l span) bool {
	if l.end-l.start < 5 {
		return false
	}
	for i := l.start; i < l.end; i++ {
		if !strings.ContainsRune("=-*_─—", rs[i]) {
			return false
		}
	}
	return true
}

// dropStrayLines sets aside, after the first line, a running header in the
// middle of the text ("政 府 工 作 报 告", the title again) and a page
// number printed as a line ("— 5 —").
func (b *builder) dropStrayLines(lines []line, title string) []line {
	out := make([]line, 0, len(lines))
	for i, l := range lines {
		switch {
		case i == 0 || l.make != "":
		case pageNumberLine(b.rs, l.span):
			b.setAside(b.text(l.span), data.AsideFooter)
			continue
		case l.end-l.start <= 40 && b.runningHeader(l.span, title):
			b.setAside(b.text(l.span), data.AsideHeader)
			continue
		}
		out = append(out, l)
	}
	return out
}

// genreName is how a running header names the report.
var genreName = []rune("政府工作报告")

// runningHeader reports a line that repeats the genre's name, spaces aside,
// or the title when it is the genre's ("2024年政府工作报告").
func (b *builder) runningHeader(l span, title string) bool {
	var buf [40]rune
	s := buf[:0]
	for i := l.start; i < l.end; i++ {
		if !isSpace(b.rs[i]) {
			s = append(s, b.rs[i])
		}
	}
	if len(s) < len(genreName) || !equalRunes(s[len(s)-len(genreName):], genreName) {
		return false
	}
	return len(s) == len(genreName) || string(s) == stripSpaces(title)
}

// pageNumberLine reports "— 5 —", "-12-", "第3页": a page number alone.
func pageNumberLine(rs []rune, l span) bool {
	if l.end-l.start > 12 {
		return false
	}
	digits := 0
	for i := l.start; i < l.end; i++ {
		switch r := rs[i]; {
		case isDigit(r):
			digits++
		case isSpace(r), strings.ContainsRune("—-－–第页", r):
		default:
			return false
		}
	}
	return digits > 0 && digits <= 4
}

// stripSpaces is s without white space: a letter-spaced title
// "政 府 工 作 报 告" reads "政府工作报告".
func stripSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// joinSpaced joins a title whose letters are spaced apart, and leaves any
// other title as it is ("2025年 政府工作报告" keeps its space).
func joinSpaced(s string) string {
	rs := []rune(s)
	if len(rs) < 5 {
		return s
	}
	for i := 1; i < len(rs); i += 2 {
		if !isSpace(rs[i]) || isSpace(rs[i-1]) {
			return s
		}
	}
	return stripSpaces(s)
}
