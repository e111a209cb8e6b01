package parse

import (
	"fmt"
	"slices"
	"strings"
)

// Front matter of the genre, met before the first chapter: the 来源 line,
// the delivery line ("——2025年1月14日在…上"), the speaker ("广东省省长
// 王伟中") and the salutation 各位代表 that opens the preamble.

// isSourceLine reports the newspaper credit "来源：北京日报".
func isSourceLine(rs []rune, l span) bool {
	return l.end-l.start <= 40 && hasPrefix(rs[:l.end], l.start, "来源")
}

// isPaperName reports the name of a newspaper on the line after a bare
// "来源:": a few Han characters, "四川日报".
func isPaperName(rs []rune, l span) bool {
	if l.end-l.start > 12 {
		return false
	}
	for i := l.start; i < l.end; i++ {
		if rs[i] < 0x4e00 || rs[i] > 0x9fff {
			return false
		}
	}
	return true
}

// deliveryDate reads the date of a delivery line: optional dashes or an
// opening bracket, then "2025年1月14日" (or "二〇二五年一月十四日") and,
// somewhere after it, 在…会议 or 在…上. It returns the date as YYYY-MM-DD
// and whether the line is one.
func deliveryDate(rs []rune, l span) (string, bool) {
	if l.end-l.start > 80 {
		return "", false
	}
	i := l.start
	for i < l.end && isDeliveryLead(rs[i]) {
		i++
	}
	y, m, d, i := dateAt(rs, i, l.end)
	if !isDate(y, m, d) || !saysWhere(string(rs[i:l.end])) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// frontLines bounds the lines read as front matter before the first
// chapter: title, source, delivery, speaker, salutation and the web
// page's furniture.
const frontLines = 24

// joinBrokenDelivery joins a delivery line broken after 在 ("——2026年1月
// 26日在广东省第十四届" / "人民代表大会第五次会议上") into one line,
// before the salutation.
func joinBrokenDelivery(rs []rune, lines []line) []line {
	for i := 0; i+1 < len(lines) && i < frontLines; i++ {
		cur, next := lines[i], lines[i+1]
		if cur.make != "" || next.make != "" || next.end-next.start > 40 {
			continue
		}
		if _, ok := deliveryDate(rs, cur.span); ok || isSalutation(rs, cur.span) {
			return lines // a delivery line whole, or the front matter ends
		}
		joined := line{span: span{cur.start, next.end}}
		if _, ok := deliveryDate(rs, joined.span); ok && strings.Contains(string(rs[cur.start:cur.end]), "在") {
			return slices.Concat(lines[:i], []line{joined}, lines[i+2:])
		}
	}
	return lines
}

// isDeliveryLead tells the dashes, brackets and spaces before the date of
// a delivery line.
func isDeliveryLead(r rune) bool {
	switch r {
	case '—', '-', '－', '─', '（', '(':
		return true
	}
	return isSpace(r)
}

func isDate(y, m, d int) bool { return y != 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// saysWhere tells whether the words after the date name where the report
// was delivered: 在…会议 or 在…上.
func saysWhere(rest string) bool {
	return strings.Contains(rest, "在") && (strings.Contains(rest, "会议") || strings.Contains(rest, "上"))
}

// dateAt reads a date written in Arabic digits or in Chinese numerals.
func dateAt(rs []rune, i, end int) (y, m, d, next int) {
	if y, ok := yearAt(rs[:end], i); ok {
		m, j := smallNumber(rs, i+5, end, '月')
		d, j := smallNumber(rs, j, end, '日')
		return y, m, d, j
	}
	j := i
	for ; j < end && j-i < 4; j++ {
		k := cnDigit(rs[j])
		if k < 0 || k > 9 {
			return 0, 0, 0, i
		}
		y = y*10 + k
	}
	if j >= end || rs[j] != '年' || y < 1900 {
		return 0, 0, 0, i
	}
	m, j = cnSmall(rs, j+1, end, '月')
	d, j = cnSmall(rs, j, end, '日')
	return y, m, d, j
}

// smallNumber reads one or two ASCII digits at i followed by unit.
func smallNumber(rs []rune, i, end int, unit rune) (int, int) {
	n, j := 0, i
	for j < end && j-i < 2 && isASCIIDigit(rs[j]) {
		n = n*10 + int(rs[j]-'0')
		j++
	}
	if j == i || j >= end || rs[j] != unit {
		return 0, i
	}
	return n, j + 1
}

// cnSmall reads a Chinese number below 40 ("十四", "二十三") followed by unit.
func cnSmall(rs []rune, i, end int, unit rune) (int, int) {
	j := i
	for j < end && j-i < 4 && rs[j] != unit {
		j++
	}
	if j >= end || j == i || rs[j] != unit {
		return 0, i
	}
	v, ok := parseCN(rs[i:j])
	if !ok || v < 1 || v > 31 {
		return 0, i
	}
	return int(v), j + 1
}

var speakerTitles = []string{"省长", "市长", "主席", "总理", "区长", "州长", "县长", "盟长"}

// isSpeaker reports the line naming who delivers the report: short, no
// sentence punctuation, an office and no 报告.
func isSpeaker(rs []rune, l span) bool {
	if l.end-l.start > 30 || !hasOfficeRune(rs, l) {
		return false
	}
	s := string(rs[l.start:l.end])
	if strings.ContainsAny(s, "。！？，：:") || strings.Contains(s, "报告") {
		return false
	}
	for _, t := range speakerTitles {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// hasOfficeRune is a quick test for the last rune of an office (长 席 理).
func hasOfficeRune(rs []rune, l span) bool {
	for i := l.start; i < l.end; i++ {
		if rs[i] == '长' || rs[i] == '席' || rs[i] == '理' {
			return true
		}
	}
	return false
}

// isPersonName reports a line of two to four Han characters, spaces aside:
// the name on its own line after "国务院总理".
func isPersonName(rs []rune, l span) bool {
	n := 0
	for i := l.start; i < l.end; i++ {
		switch {
		case isSpace(rs[i]):
		case rs[i] >= 0x4e00 && rs[i] <= 0x9fff:
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}

// isSalutation reports the salutation that opens the preamble: "各位代表：",
// "各位主任、委员：" and the like.
func isSalutation(rs []rune, l span) bool {
	return hasPrefix(rs[:l.end], l.start, "各位代表") || salutationEnd(rs, l.start, l.end) > 0
}

// maxSalutationRunes bounds the names a salutation addresses
// ("各位主任、委员", "各位代表、各位委员").
const maxSalutationRunes = 14

// salutationEnd returns where a salutation "各位…" that starts at i ends,
// after its mark (：！，), or 0 when none starts there.
func salutationEnd(rs []rune, i, end int) int {
	if i+1 >= end || rs[i] != '各' || rs[i+1] != '位' {
		return 0
	}
	for k := i + 2; k < end && k-i <= maxSalutationRunes; k++ {
		switch r := rs[k]; {
		case strings.ContainsRune("！!：:，,", r):
			if rs[k-1] == '们' {
				return 0 // "各位代表们！" opens a sentence of the body
			}
			return k + 1
		case r != '、' && (r < 0x4e00 || r > 0x9fff):
			return 0
		}
	}
	return 0
}

// isBareSalutation reports a sentence that is only the salutation,
// "各位代表！" (or with ：，, or no mark), as the body has between its parts.
func isBareSalutation(rs []rune, s span) bool {
	s = trim(rs, s)
	if s.end-s.start == 4 && hasPrefix(rs[:s.end], s.start, "各位代表") {
		return true
	}
	return salutationEnd(rs, s.start, s.end) == s.end
}

// isFrontLine reports a line of front matter other than the salutation.
func isFrontLine(rs []rune, l span) bool {
	if isSourceLine(rs, l) || isSpeaker(rs, l) {
		return true
	}
	_, ok := deliveryDate(rs, l)
	return ok
}

// front files a line met before the first chapter: front matter, or the
// preamble. It reports false when the line is none of the front matter.
func (b *builder) front(l span) {
	r := b.rep
	openSource := b.openSource
	b.openSource = false
	switch d, ok := deliveryDate(b.rs, l); {
	case len(b.preamble) > 0:
		b.preamble = append(b.preamble, b.text(l))
	case b.takeWebFurniture(l):
	case openSource && isPaperName(b.rs, l):
		r.SourceLine += " " + b.text(l)
	case isSourceLine(b.rs, l) && r.SourceLine == "":
		r.SourceLine = b.text(l)
		b.openSource = strings.HasSuffix(r.SourceLine, ":") || strings.HasSuffix(r.SourceLine, "：")
	case ok && r.Delivery == "":
		r.Delivery, r.Delivered = strings.ReplaceAll(b.text(l), "\n", ""), d
	case isSpeaker(b.rs, l) && r.Speaker == "":
		r.Speaker = b.text(l)
		b.lastSpeaker = true
		return
	case b.lastSpeaker && isPersonName(b.rs, l):
		r.Speaker += " " + b.text(l)
	default:
		b.preamble = append(b.preamble, b.text(l))
	}
	b.lastSpeaker = false
}
