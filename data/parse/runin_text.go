package parse

// Headings inside a paragraph that holds a whole report, found without the
// file's bold: genre chapter headings and numbered heads after the end of
// a sentence, the numbered ones only in sequence (一、 then 二、…), so that
// an enumeration inside a sentence is not taken for a heading.

// longParagraph is the length from which a line may hold a whole report
// or several of its parts; the genre's paragraphs run to about 1,000 runes.
const longParagraph = 1500

// inTextHeadings returns where line l is cut before and after the headings
// run into it.
func inTextHeadings(rs []rune, l span) []int {
	var cuts []int
	var seq series
	for i := l.start + 1; i < l.end; i++ {
		if !afterStop(rs, i) || !hanOrDigit(rs[i]) && rs[i] != '（' && rs[i] != '(' {
			continue
		}
		if e := genreHeadingEnd(rs, i, l.end); e > 0 && (yearStart(rs, i, l.end) || hasSuffix(rs, e, "自身建设")) {
			cuts = append(cuts, i, e)
			seq = series{}
			continue
		}
		if seq.next(rs, i, l.end) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// series is the last numeral of each numbering met in a paragraph.
type series [itemMarker + 1]int

// next reports whether a numbered heading that goes on its series starts
// at i: 一、 after a 。 (it restarts the （一） under it), or （一）; 一 always
// starts a series, any other number only after the one before it.
func (s *series) next(rs []rune, i, end int) bool {
	m, n := numberedAt(rs, i, end)
	if m != chapterMarker && m != headlineMarker || m == chapterMarker && !isTerminator(rs[i-1]) {
		return false
	}
	if n != 1 && n != s[m]+1 {
		return false
	}
	s[m] = n
	if m == chapterMarker {
		s[headlineMarker] = 0
	}
	return true
}

// numberedAt reads the numbering at rs[i:end]: its kind and its number.
func numberedAt(rs []rune, i, end int) (marker, int) {
	m, _ := lineMarker(rs, span{i, end})
	if m == noMarker {
		return noMarker, 0
	}
	j := i
	for j < end && !isCNSmall(rs[j]) {
		j++
	}
	k := j
	for k < end && isCNSmall(rs[k]) {
		k++
	}
	v, ok := parseCN(rs[j:k])
	if !ok {
		return noMarker, 0
	}
	return m, int(v)
}

// leadCuts returns where a piece of a paragraph cut at its headings is cut
// again, before each short lead sentence ("旗帜鲜明讲政治。坚持…"), the way
// a report that keeps its paragraphs opens them: the builder then reads
// them as it reads paragraphs.
func leadCuts(rs []rune, p span) []int {
	var cuts []int
	for i := p.start + 1; i < p.end; i++ {
		if isTerminator(rs[i-1]) && !isTerminator(rs[i]) && !isCloser(rs[i]) && leadSentence(rs, span{i, p.end}) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}
