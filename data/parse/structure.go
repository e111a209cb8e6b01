package parse

import (
	"slices"
	"strings"

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
	// pend holds the sentences read under the current heading (ch, hl);
	// they move onto it, in one slice of their size, when another heading
	// starts or the build ends.
	pend []data.Pledge
	// targets is the memory the targets of a pledge are read in.
	targets     targetScratch
	sentence    int // last sentence number used under the current heading
	pledges     int
	started     bool // a chapter or headline has been seen
	preamble    []string
	lastSpeaker bool // the previous front line named the speaker
	openSource  bool // the previous front line was a bare "来源:"
	// clock is what relative deadlines of the current chapter count from.
	clock clock
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
	// a jump far back or ahead (the title after the byline at the end)
	// walks from the nearer end of the text instead
	switch {
	case i < b.curRune-i:
		b.curRune, b.curByte = 0, 0
	case len(b.rs)-i < i-b.curRune:
		b.curRune, b.curByte = len(b.rs), len(b.src)
	}
	for b.curRune > i {
		b.curRune--
		b.curByte -= runeBytes(b.rs[b.curRune])
	}
	for ; b.curRune < i; b.curRune++ {
		b.curByte += runeBytes(b.rs[b.curRune])
	}
	return b.curByte
}

// runeBytes is utf8.RuneLen for the runes of valid text, without its
// checks: the cursor steps over every rune of the report.
func runeBytes(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// build reads the title block and front matter, the body in the shape it
// recognises, then the annexes after the body.
func (b *builder) build(lines []line) {
	lines = b.setAsideTail(lines)
	if len(lines) == 0 {
		return
	}
	lines = b.takeByline(b.takeScraperHeader(lines))
	body := lines
	if isTitle(b.rs, lines[0]) {
		b.rep.Title = joinSpaced(b.text(lines[0].span))
		body = lines[1:]
		if titleBrokenOff(b.rs, lines) {
			b.rep.Title += b.text(lines[1].span)
			body = lines[2:]
		}
	} else if i := genreTitleAt(b.rs, lines); i > 0 {
		b.rep.Title = joinSpaced(b.text(lines[i].span))
		body = slices.Delete(slices.Clone(lines), i, i+1)
	}
	a := annexStart(b.rs, body)
	// a title repeated inside an annex is web-page furniture of the
	// annex's text, not a running header of the report
	body, annexes := b.dropStrayLines(body[:a], b.rep.Title), body[a:]
	if numbered(b.rs, body, b.markers) {
		if b.numberedSubtitle(body) {
			b.rep.Subtitle = b.text(body[0].span)
			body = body[1:]
		}
		b.buildNumbered(body)
	} else {
		heads := plainHeads(b.rs, body)
		if b.rep.Title != "" && plainSubtitle(heads) && body[0].make == "" {
			b.rep.Subtitle = b.text(body[0].span)
			body, heads = body[1:], heads[1:]
		}
		b.buildPlain(body, heads)
	}
	if len(annexes) > 0 {
		b.buildAnnexes(annexes)
	}
	b.flushPledges()
	b.rep.Preamble = strings.Join(b.preamble, "\n")
}

// takeByline moves the closing credit lines ("本报记者 …", "责任编辑：…")
// to the byline and returns the lines before them.
func (b *builder) takeByline(lines []line) []line {
	n := len(lines)
	for n > 1 && lines[n-1].make == "" && isByline(b.rs, lines[n-1].span) {
		n--
	}
	if n == len(lines) {
		return lines
	}
	credits := make([]string, 0, len(lines)-n)
	for _, l := range lines[n:] {
		credits = append(credits, b.text(l.span))
	}
	b.rep.Byline = strings.Join(credits, " ")
	return lines[:n]
}

// genreTitleAt finds the title below the first lines of front matter (the
// delivery line above "政府工作报告"): a short heading naming the genre
// after front matter only; 0 when there is none.
func genreTitleAt(rs []rune, lines []line) int {
	for i, l := range lines[:min(len(lines), frontLines)] {
		switch {
		case l.make != "":
			return 0
		case l.end-l.start <= 30 && headingLike(rs, l.span) &&
			strings.HasSuffix(stripSpaces(string(rs[l.start:l.end])), string(genreName)):
			return i
		case !isFrontLine(rs, l.span):
			return 0
		}
	}
	return 0
}

// titleBrokenOff reports a title broken inside the genre's name, its last
// runes on the next line ("政府工作报" / "告").
func titleBrokenOff(rs []rune, lines []line) bool {
	if len(lines) < 2 || lines[1].make != "" || lines[1].end-lines[1].start > 2 {
		return false
	}
	first := stripSpaces(string(rs[lines[0].start:lines[0].end]))
	rest := string(rs[lines[1].start:lines[1].end])
	return !strings.HasSuffix(first, "报告") && strings.HasSuffix(first+rest, "报告")
}

// numberedSubtitle reports whether the first line of a numbered body,
// under a title, is its subtitle: a heading-like line that is not front
// matter nor the salutation, not numbered and not shaped like a chapter
// heading.
func (b *builder) numberedSubtitle(body []line) bool {
	if b.rep.Title == "" || len(body) == 0 || body[0].make != "" {
		return false
	}
	l := body[0].span
	if !headingLike(b.rs, l) || isFrontLine(b.rs, l) || isSalutation(b.rs, l) {
		return false
	}
	m, _ := lineMarker(b.rs, l)
	return m == noMarker && !chapterShape(b.rs, l)
}

// plainHeads marks the heading lines of a plain body: as the user's
// corrections make them, else the heading-like lines that are not front
// matter.
func plainHeads(rs []rune, body []line) []bool {
	heads := make([]bool, len(body))
	for i, l := range body {
		switch l.make {
		case data.MakeChapter, data.MakeHeadline:
			heads[i] = true
		case data.MakeBody:
		default:
			heads[i] = headingLike(rs, l.span) && !isFrontLine(rs, l.span)
		}
	}
	return heads
}

// isTitle reports whether the first line is the report's title: not a
// numbered heading, not front matter and not the salutation, which is how
// a report copied from its first chapter or its salutation begins.
func isTitle(rs []rune, l line) bool {
	if l.make != "" {
		return false
	}
	if m, _ := lineMarker(rs, l.span); m != noMarker {
		return false
	}
	return !isFrontLine(rs, l.span) && !isSalutation(rs, l.span) && !(chapterShape(rs, l.span) && chapterWords(rs, l.span))
}

// numbered reports whether the body has at least min numbered headings;
// a chapter heading named as the genre names them counts as one.
func numbered(rs []rune, body []line, min int) bool {
	n := 0
	for _, l := range body {
		if m, _ := lineMarker(rs, l.span); m == chapterMarker || m == headlineMarker ||
			m == noMarker && chapterShape(rs, l.span) && chapterWords(rs, l.span) {
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
func (b *builder) buildPlain(body []line, heads []bool) {
	for i, l := range body {
		switch {
		case l.make == data.MakeChapter, l.make == "" && heads[i] && i+1 < len(body) && heads[i+1]:
			b.startChapter(b.text(l.span))
		case heads[i]:
			b.startHeadline(l.span)
		case !b.started:
			b.front(l.span)
		default:
			b.paragraph(l.span)
		}
	}
}

// Kinds of a line of a numbered report.
type lineKind int

const (
	kText     lineKind = iota
	kChapter           // 一、 第一部分, or an unnumbered chapter heading
	kHeadline          // （一）, or a paragraph opening 一是 in a chapter without （一）
	kItem              // 1. （1） ① inside a chapter: a headline only where nothing else is
)

// buildNumbered handles "一、" chapters, "（一）" headlines and "1." items,
// unnumbered chapter headings and "一是…" paragraph openings. Items are
// headlines in a chapter that has no other headline, and plain paragraphs
// (marker left out of the text) otherwise.
func (b *builder) buildNumbered(body []line) {
	kinds, starts := b.classify(body)
	for i, l := range body {
		content := span{starts[i], l.end}
		switch kinds[i] {
		case kChapter:
			if l.make == "" && starts[i] == l.start {
				b.startChapter(b.titleOf(trim(b.rs, l.span)))
				continue
			}
			head, rest := splitHeading(b.rs, content)
			b.startChapter(b.titleOf(head))
			b.paragraph(rest)
		case kHeadline, kItem:
			head, rest := splitHeading(b.rs, content)
			b.startHeadline(head)
			b.paragraph(rest)
		default:
			if !b.started {
				b.front(l.span)
			} else {
				b.paragraph(content)
			}
		}
	}
}

// classify gives each line of a numbered body its kind and where its text
// starts after the numbering.
func (b *builder) classify(body []line) ([]lineKind, []int) {
	kinds, starts, hasChapterMarker := b.markerKinds(body)
	b.unnumberedChapters(body, kinds, hasChapterMarker)
	b.demoteUnderGenre(body, kinds)
	correctedKinds(body, kinds, starts)
	for seg := 0; seg < len(body); {
		end := seg + 1
		for end < len(body) && kinds[end] != kChapter {
			end++
		}
		b.chapterHeadlines(body[seg:end], kinds[seg:end])
		seg = end
	}
	return kinds, starts
}

// markerKinds gives each line the kind its numbering says, where its text
// starts, and whether any line is numbered as a chapter.
func (b *builder) markerKinds(body []line) (kinds []lineKind, starts []int, hasChapterMarker bool) {
	kinds = make([]lineKind, len(body))
	starts = make([]int, len(body))
	for i, l := range body {
		var m marker
		m, starts[i] = lineMarker(b.rs, l.span)
		switch m {
		case chapterMarker:
			kinds[i], hasChapterMarker = kChapter, true
		case headlineMarker:
			kinds[i] = kHeadline
		case itemMarker:
			kinds[i] = kItem
		}
	}
	return kinds, starts, hasChapterMarker
}

// unnumberedChapters marks the unnumbered chapter headings after the front
// matter: a heading-like line standing alone in a report that numbers no
// chapter, or one named as chapters are.
func (b *builder) unnumberedChapters(body []line, kinds []lineKind, hasChapterMarker bool) {
	front := true
	for i, l := range body {
		if kinds[i] != kText {
			front = false
			continue
		}
		if front && (isFrontLine(b.rs, l.span) || isSalutation(b.rs, l.span)) {
			continue
		}
		if chapterShape(b.rs, l.span) && (!hasChapterMarker || chapterWords(b.rs, l.span)) {
			kinds[i], front = kChapter, false
		}
	}
}

// correctedKinds applies the user's corrections: a line made a chapter or
// body text keeps its numbering in its text.
func correctedKinds(body []line, kinds []lineKind, starts []int) {
	for i, l := range body {
		switch l.make {
		case data.MakeChapter:
			kinds[i], starts[i] = kChapter, l.start
		case data.MakeHeadline:
			kinds[i] = kHeadline
		case data.MakeBody:
			kinds[i], starts[i] = kText, l.start
		}
	}
}

// chapterHeadlines settles the headlines of one chapter: "一是" openings
// are headlines where no （一） is; items are headlines where neither is,
// and plain paragraphs otherwise.
func (b *builder) chapterHeadlines(body []line, kinds []lineKind) {
	hasHeadline := slices.Contains(kinds, kHeadline) ||
		b.ordinalHeadlines(body, kinds) || b.leadHeadlines(body, kinds)
	if !hasHeadline {
		return
	}
	for i := range kinds {
		if kinds[i] == kItem && body[i].make != data.MakeHeadline {
			kinds[i] = kText
		}
	}
}

var ordinals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"}

// ordinalHeadlines marks the paragraphs that open "一是…", "二是…" in
// sequence as headlines, when there are at least two of them.
func (b *builder) ordinalHeadlines(body []line, kinds []lineKind) bool {
	var at []int
	for i, l := range body {
		if kinds[i] != kText || l.make != "" || len(at) >= len(ordinals) {
			continue
		}
		if hasPrefix(b.rs[:l.end], l.start, ordinals[len(at)]+"是") {
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return false
	}
	for _, i := range at {
		kinds[i] = kHeadline
	}
	return true
}

// leadHeadlines marks as headlines the paragraphs of a chapter that open
// with a short lead sentence ("大力提振消费。落实…"), when the chapter has
// no other headlines and most of its paragraphs (at least three) open so.
func (b *builder) leadHeadlines(body []line, kinds []lineKind) bool {
	var at []int
	paras := 0
	for i, l := range body {
		if kinds[i] != kText || l.make != "" {
			continue
		}
		paras++
		if leadSentence(b.rs, l.span) {
			at = append(at, i)
		}
	}
	if len(at) < 3 || 10*len(at) < 6*paras {
		return false
	}
	for _, i := range at {
		kinds[i] = kHeadline
	}
	return true
}

// maxLeadRunes bounds a lead sentence; the genre's run to about 12 runes.
const maxLeadRunes = 16

// leadSentence reports a paragraph that opens with a short sentence without
// a pause, followed by more text.
func leadSentence(rs []rune, l span) bool {
	if hasPrefix(rs[:l.end], l.start, "各位") {
		return false // the salutation "各位代表！" between parts
	}
	for i := l.start; i < l.end && i-l.start <= maxLeadRunes; i++ {
		switch r := rs[i]; {
		case r == '，' || r == ',' || r == '；' || r == '：':
			return false
		case isTerminator(r):
			return i-l.start >= 4 && i+1 < l.end
		}
	}
	return false
}

// chapterShape reports a line shaped as an unnumbered chapter heading
// ("2024年工作回顾", "加强政府自身建设"): short, no punctuation that ends
// or divides a sentence, at least four Han characters.
func chapterShape(rs []rune, l span) bool {
	if l.end-l.start > 30 || !headingLike(rs, l) || isSalutation(rs, l) || isFrontLine(rs, l) {
		return false
	}
	han := 0
	for i := l.start; i < l.end; i++ {
		switch r := rs[i]; {
		case r == '，' || r == ',' || r == '：' || r == ':':
			return false
		case r >= 0x4e00 && r <= 0x9fff:
			han++
		}
	}
	return han >= 4
}

// chapterWords reports a heading named as the genre names its chapters.
func chapterWords(rs []rune, l span) bool {
	for i := l.start; i < l.end; i++ {
		for _, w := range genreChapterWords.get(rs[i]) {
			if hasRunes(rs[:l.end], i, w) {
				return true
			}
		}
	}
	return false
}

// genreChapterWords are the words chapterWords looks for, by first rune.
var genreChapterWords = func() *runeTable[[]rune] {
	m := map[rune][][]rune{}
	for _, w := range runesOf("工作回顾", "工作安排", "重点工作", "总体要求", "主要任务", "工作任务", "政府自身建设", "年的工作") {
		m[w[0]] = append(m[w[0]], w)
	}
	return newRuneTable(m)
}()

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
	b.flushPledges()
	b.started = true
	b.rep.Chapters = append(b.rep.Chapters, data.Chapter{
		N: len(b.rep.Chapters) + 1, Title: title,
		Pledges: []data.Pledge{}, Headlines: []data.Headline{},
	})
	b.ch, b.hl, b.sentence = len(b.rep.Chapters)-1, -1, 0
	b.clock = clockOf(b.rep.Year, b.rep.Delivered)
	if y := reviewYear(title); y != 0 {
		b.clock.year = y
	}
}

// reviewYear is X of a chapter "X年工作回顾", whose 年底 and 四季度 are X's.
func reviewYear(title string) int {
	rs := []rune(strings.ReplaceAll(title, " ", ""))
	if y, ok := yearAt(rs, 0); ok && strings.HasPrefix(string(rs[5:]), "工作回顾") {
		return y
	}
	return 0
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
	b.flushPledges()
	n := len(ch.Headlines) + 1
	ch.Headlines = append(ch.Headlines, data.Headline{N: n, Title: b.titleOf(s)})
	b.hl, b.sentence = len(ch.Headlines)-1, 0
	b.pend = append(b.pend, b.pledge(ch.N, n, 0, s, false))
}

// flushPledges moves the sentences read under the current heading onto it.
func (b *builder) flushPledges() {
	if len(b.pend) == 0 {
		return
	}
	ch := &b.rep.Chapters[b.ch]
	if b.hl < 0 {
		ch.Pledges = append(ch.Pledges, b.pend...)
	} else {
		h := &ch.Headlines[b.hl]
		h.Pledges = append(h.Pledges, b.pend...)
	}
	b.pend = b.pend[:0]
}

// paragraph adds the sentences of s under the current headline, or to the
// chapter itself when it has no headline yet. A sentence longer than
// MaxSentenceRunes is added in pieces, each marked truncated, and counted
// in Report.Cut.
func (b *builder) paragraph(s span) {
	splitSentences(b.rs, s, func(sent span, truncated bool) {
		if isBareSalutation(b.rs, sent) {
			b.setAside(b.text(trim(b.rs, sent)), data.AsideSalutation)
			return
		}
		pieces := cutOverlong(b.rs, sent)
		if len(pieces) > 1 {
			b.rep.Cut++
			truncated = true
		}
		for _, p := range pieces {
			b.sentenceOf(p, truncated)
		}
	})
}

// sentenceOf adds the sentence s as the next pledge of the paragraph.
func (b *builder) sentenceOf(s span, truncated bool) {
	ch := b.ensureChapter()
	b.sentence++
	h := 0
	if b.hl >= 0 {
		h = ch.Headlines[b.hl].N
	}
	b.pend = append(b.pend, b.pledge(ch.N, h, b.sentence, s, truncated))
}

// deadline is the pledge's time words and date; a date before the report
// was delivered ("2024年底" in the review of 2024) tells what was done, not
// what is due, so it is no deadline.
func (b *builder) deadline(text []rune) *data.Deadline {
	d := findDeadlineFrom(text, b.clock)
	if d != nil && d.Due != "" && b.rep.Delivered != "" && d.Due < b.rep.Delivered {
		return nil
	}
	return d
}

func (b *builder) pledge(c, h, n int, s span, truncated bool) data.Pledge {
	b.pledges++
	runes, text := b.rs[s.start:s.end], b.text(s)
	p := data.Pledge{
		ID:      pledgeID(b.rep.ID, c, h, n),
		Chapter: c, Headline: h, Sentence: n,
		Text:  text,
		Start: s.start, End: s.end,
		Truncated: truncated,
		Targets:   b.targets.extract(runes, text),
		Deadline:  b.deadline(runes),
	}
	p.Hints = data.Hints{Measurable: len(p.Targets) > 0, TimeBound: p.Deadline != nil}
	return p
}
