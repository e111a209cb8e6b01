package parse

import (
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// builder assembles the report while the lines are read in order.
type builder struct {
	src string
	rs  []rune
	// curRune and curByte are a cursor from rune to byte offsets in src;
	// texts are cut in reading order, so it moves by short steps.
	curRune, curByte int
	rep              *data.Report
	ch, hl           int // current chapter and headline index, -1 when none
	sentence         int // last sentence number used under the current heading
	pledges          int
	started          bool // a chapter or headline has been seen
	preamble         []string
	// markers is how many numbered headings make the numbered shape: 2, so
	// that a stray "一、" in prose does not switch it, or 1 on a second try.
	markers int
}

// text cuts s from the source without copying.
func (b *builder) text(s span) string {
	start := b.byteAt(s.start)
	return b.src[start:b.byteAt(s.end)]
}

func (b *builder) byteAt(i int) int {
	for b.curRune > i {
		b.curRune--
		b.curByte -= utf8.RuneLen(b.rs[b.curRune])
	}
	for ; b.curRune < i; b.curRune++ {
		b.curByte += utf8.RuneLen(b.rs[b.curRune])
	}
	return b.curByte
}

// build reads the title block, then the body in the shape it recognises.
func (b *builder) build(lines []span) {
	if len(lines) == 0 {
		return
	}
	b.rep.Title = b.text(lines[0])
	if len(lines) > 1 && isByline(b.rs, lines[len(lines)-1]) {
		b.rep.Byline = b.text(lines[len(lines)-1])
		lines = lines[:len(lines)-1]
	}
	body := lines[1:]
	if numbered(b.rs, body, b.markers) {
		if len(body) > 0 && headingLike(b.rs, body[0]) {
			if m, _ := lineMarker(b.rs, body[0]); m == noMarker {
				b.rep.Subtitle = b.text(body[0])
				body = body[1:]
			}
		}
		b.buildNumbered(body)
	} else {
		heads := make([]bool, len(body))
		for i, l := range body {
			heads[i] = headingLike(b.rs, l)
		}
		if plainSubtitle(heads) {
			b.rep.Subtitle = b.text(body[0])
			body, heads = body[1:], heads[1:]
		}
		b.buildPlain(body, heads)
	}
	b.rep.Preamble = strings.Join(b.preamble, "\n")
}

// numbered reports whether the body has at least min numbered headings.
func numbered(rs []rune, body []span, min int) bool {
	n := 0
	for _, l := range body {
		if m, _ := lineMarker(rs, l); m == chapterMarker || m == headlineMarker {
			if n++; n == min {
				return true
			}
		}
	}
	return false
}

// plainSubtitle decides whether the line after the title is a subtitle. In
// the plain shape a heading followed by a heading is a chapter; so the line
// is a subtitle unless it heads a headline, which is the case when the next
// line is heading-like and the one after that is not.
func plainSubtitle(heads []bool) bool {
	switch {
	case len(heads) == 0 || !heads[0]:
		return false
	case len(heads) == 1 || !heads[1]:
		return true
	default:
		return len(heads) > 2 && heads[2]
	}
}

// buildPlain handles the unnumbered shape: a heading-like line followed by
// another heading-like line is a chapter heading, one followed by text is a
// headline; text before the first heading is the preamble.
func (b *builder) buildPlain(body []span, heads []bool) {
	for i, l := range body {
		switch {
		case heads[i] && i+1 < len(body) && heads[i+1]:
			b.startChapter(b.text(l))
		case heads[i]:
			b.startHeadline(l)
		case !b.started:
			b.preamble = append(b.preamble, b.text(l))
		default:
			b.paragraph(l)
		}
	}
}

// buildNumbered handles "一、" chapters, "（一）" headlines and "1." items.
// Items are headlines in a chapter that has no "（一）" headline, and plain
// paragraphs (marker left out of the text) otherwise.
func (b *builder) buildNumbered(body []span) {
	marks := make([]marker, len(body))
	starts := make([]int, len(body))
	itemHeads := make([]bool, len(body))
	seg, segHas := 0, false
	flush := func(to int) {
		for j := seg; j < to; j++ {
			itemHeads[j] = !segHas
		}
	}
	for i, l := range body {
		marks[i], starts[i] = lineMarker(b.rs, l)
		switch marks[i] {
		case chapterMarker:
			flush(i)
			seg, segHas = i, false
		case headlineMarker:
			segHas = true
		}
	}
	flush(len(body))

	for i, l := range body {
		content := span{starts[i], l.end}
		switch m := marks[i]; {
		case m == chapterMarker:
			head, rest := splitHeading(b.rs, content)
			b.startChapter(b.titleOf(head))
			b.paragraph(rest)
		case m == headlineMarker, m == itemMarker && itemHeads[i]:
			head, rest := splitHeading(b.rs, content)
			b.startHeadline(head)
			b.paragraph(rest)
		case !b.started:
			b.preamble = append(b.preamble, b.text(l))
		default:
			b.paragraph(content)
		}
	}
}

// splitHeading cuts a numbered heading line after its first sentence: the
// heading may end in 。 and be followed by ordinary text on the same line.
func splitHeading(rs []rune, s span) (head, rest span) {
	for i := s.start; i < s.end; i++ {
		if isTerminator(rs[i]) {
			j := i + 1
			for j < s.end && (isTerminator(rs[j]) || isCloser(rs[j])) {
				j++
			}
			return trim(rs, span{s.start, j}), trim(rs, span{j, s.end})
		}
	}
	return trim(rs, s), span{s.end, s.end}
}

// titleOf is a heading's text without its final sentence punctuation.
func (b *builder) titleOf(s span) string {
	e := s.end
	for e > s.start && isTerminator(b.rs[e-1]) {
		e--
	}
	return b.text(span{s.start, e})
}

func (b *builder) startChapter(title string) {
	b.started = true
	b.rep.Chapters = append(b.rep.Chapters, data.Chapter{
		N: len(b.rep.Chapters) + 1, Title: title,
		Pledges: []data.Pledge{}, Headlines: []data.Headline{},
	})
	b.ch, b.hl, b.sentence = len(b.rep.Chapters)-1, -1, 0
}

// ensureChapter opens an untitled chapter for headlines or sentences that
// come before any chapter heading.
func (b *builder) ensureChapter() *data.Chapter {
	if b.ch < 0 {
		b.startChapter("")
	}
	return &b.rep.Chapters[b.ch]
}

func (b *builder) startHeadline(s span) {
	if s.empty() {
		return
	}
	b.started = true
	ch := b.ensureChapter()
	n := len(ch.Headlines) + 1
	ch.Headlines = append(ch.Headlines, data.Headline{
		N: n, Title: b.titleOf(s),
		Pledges: []data.Pledge{b.pledge(ch.N, n, 0, s, false)},
	})
	b.hl, b.sentence = len(ch.Headlines)-1, 0
}

// paragraph adds the sentences of s under the current headline, or to the
// chapter itself when it has no headline yet.
func (b *builder) paragraph(s span) {
	splitSentences(b.rs, s, func(sent span, truncated bool) {
		ch := b.ensureChapter()
		b.sentence++
		if b.hl < 0 {
			ch.Pledges = append(ch.Pledges, b.pledge(ch.N, 0, b.sentence, sent, truncated))
			return
		}
		h := &ch.Headlines[b.hl]
		h.Pledges = append(h.Pledges, b.pledge(ch.N, h.N, b.sentence, sent, truncated))
	})
}

func (b *builder) pledge(c, h, n int, s span, truncated bool) data.Pledge {
	b.pledges++
	text := b.rs[s.start:s.end]
	p := data.Pledge{
		ID:      pledgeID(b.rep.ID, c, h, n),
		Chapter: c, Headline: h, Sentence: n,
		Text:  b.text(s),
		Start: s.start, End: s.end,
		Truncated: truncated,
		Targets:   extractTargets(text),
		Deadline:  findDeadline(text, b.rep.Year),
	}
	p.Hints = data.Hints{Measurable: len(p.Targets) > 0, TimeBound: p.Deadline != nil}
	return p
}
