package parse

import (
	"sort"

	"pledgereview/data"
)

// Run-in headings. A city report may come as one Word paragraph, or with
// each heading run into the text after it ("一、2021年工作回顾2021年是…",
// "（一）着力保持经济平稳健康运行突出抓好项目建设。…"). The lines Parse
// reads are cut where such a heading ends, so that the structure is found
// as in a report written a heading to a line. Cutting a line only splits
// its span: no character is added or lost.

// sourceLines are the lines Parse reads: the non-blank lines of the text,
// each cut at the run-in headings it holds. bold are the stretches a Word
// file set in bold (data.Report.Bold), sorted.
func sourceLines(rs []rune, bold []data.Span) []span {
	lines := splitLines(rs)
	out := make([]span, 0, len(lines))
	b := 0
	for _, l := range lines {
		for b < len(bold) && bold[b].End <= l.start {
			b++
		}
		var in []data.Span
		for k := b; k < len(bold) && bold[k].Start < l.end; k++ {
			in = append(in, bold[k])
		}
		out = appendRunIn(rs, l, in, out)
	}
	return out
}

// appendRunIn appends line l to out, cut at its run-in headings: where the
// file's bold runs in a paragraph holding several parts of the report (a
// bold lead sentence opening a paragraph of its own is only a lead), else
// at the headings found in its words.
func appendRunIn(rs []rune, l span, bold []data.Span, out []span) []span {
	if len(bold) > 0 && (l.end-l.start >= longParagraph || boldHeads(rs, l, bold) >= 2) {
		return appendLeads(rs, out, appendPieces(rs, nil, boldCuts(rs, l, bold), l))
	}
	var cuts []int
	if l.end-l.start >= longParagraph {
		cuts = inTextHeadings(rs, l)
	}
	if len(cuts) == 0 {
		if c := runInEnd(rs, l); c > 0 {
			return appendPieces(rs, out, []int{c}, l)
		}
		return append(out, l)
	}
	var pieces []span
	for _, p := range appendPieces(rs, nil, cuts, l) {
		if c := runInEnd(rs, p); c > 0 {
			pieces = appendPieces(rs, pieces, []int{c}, p)
			continue
		}
		pieces = append(pieces, p)
	}
	return appendLeads(rs, out, pieces)
}

// appendLeads appends the pieces of a line cut at its headings, each long
// one cut again before its lead sentences.
func appendLeads(rs []rune, out, pieces []span) []span {
	for _, p := range pieces {
		out = appendPieces(rs, out, leadCuts(rs, p), p)
	}
	return out
}

// appendPieces appends the trimmed, non-empty pieces of l cut at cuts.
func appendPieces(rs []rune, out []span, cuts []int, l span) []span {
	sort.Ints(cuts)
	start := l.start
	for _, c := range append(cuts, l.end) {
		if c <= start || c > l.end {
			continue
		}
		if p := trim(rs, span{start, c}); !p.empty() {
			out = append(out, p)
		}
		start = c
	}
	return out
}

// boldHeads counts the bold runs that start a sentence inside line l: a
// paragraph with two or more holds several parts of the report.
func boldHeads(rs []rune, l span, bold []data.Span) int {
	n := 0
	for _, s := range bold {
		if s.Start > l.start && s.Start < l.end && afterStop(rs, s.Start) {
			n++
		}
	}
	return n
}

// boldCuts are the places a line is cut at by its bold runs that start a
// sentence: where each starts, where it ends unless a sentence ends there
// (the builder cuts a heading at its 。 itself, and a bold lead sentence
// stays with its paragraph), and before a numbered heading inside one
// after a 。 or ：("2023年，我们主要做了以下工作：（一）千方百计稳增长…。").
// Bold words inside a sentence cut nothing.
func boldCuts(rs []rune, l span, bold []data.Span) []int {
	var cuts []int
	for _, s := range bold {
		start, end := max(s.Start, l.start), min(s.End, l.end)
		if start > l.start && !afterStop(rs, start) {
			continue
		}
		cuts = append(cuts, start)
		if end < l.end && !isTerminator(rs[end]) && !isCloser(rs[end]) && (!afterStop(rs, end) || rs[end-1] == '：' || rs[end-1] == ':') {
			cuts = append(cuts, end)
		}
		for i := start + 1; i < end; i++ {
			if afterStop(rs, i) && markerAt(rs, i, l.end) != noMarker {
				cuts = append(cuts, i)
			}
		}
	}
	return cuts
}

// afterStop reports whether rs[i] follows the end of a sentence or a colon.
func afterStop(rs []rune, i int) bool {
	if i == 0 {
		return true
	}
	r := rs[i-1]
	return isTerminator(r) || r == '：' || r == ':' || isCloser(r) && i > 1 && isTerminator(rs[i-2])
}

// markerAt is the kind of numbering at rs[i:end].
func markerAt(rs []rune, i, end int) marker {
	m, _ := lineMarker(rs, span{i, end})
	return m
}
