package parse

// Levels by sequence. Which numbering is the chapter level is decided per
// report: under unnumbered chapters of the genre ("2023年工作回顾",
// "2024年工作安排"), each opening its own series 一、二、…, 一、 is a
// headline and （一） under it a numbered item; a chapter numbered （一）
// with no 一、 keeps its headlines.

// demoteUnderGenre turns 一、 chapters into headlines, and （一）
// headlines into items, when every series of 一、 starts right under an
// unnumbered chapter heading of the genre.
func (b *builder) demoteUnderGenre(body []line, kinds []lineKind) {
	if !b.seriesUnderGenre(body, kinds) {
		return
	}
	inSeries := false
	for i, l := range body {
		if l.make != "" {
			continue
		}
		switch m, _ := lineMarker(b.rs, l.span); {
		case m == noMarker && kinds[i] == kChapter:
			inSeries = false
		case m == chapterMarker && kinds[i] == kChapter:
			kinds[i], inSeries = kHeadline, true
		case m == headlineMarker && kinds[i] == kHeadline && inSeries:
			kinds[i] = kItem
		}
	}
}

// seriesUnderGenre reports whether the body numbers its parts 一、 and
// every 一、 follows an unnumbered genre chapter heading with no other 一、
// between.
func (b *builder) seriesUnderGenre(body []line, kinds []lineKind) bool {
	genre, series := false, 0
	for i, l := range body {
		if l.make != "" {
			continue
		}
		m, _ := lineMarker(b.rs, l.span)
		switch {
		case m == noMarker && kinds[i] == kChapter && reportedYear(string(b.rs[l.start:l.end])) == 0:
			// "首先报告2001年的工作" stands before the numbered chapters,
			// not over them
			genre = true
		case m == chapterMarker && b.rs[l.start] == '一' && !isCNSmall(b.rs[l.start+1]):
			if !genre {
				return false
			}
			genre = false
			series++
		}
	}
	return series > 0
}
