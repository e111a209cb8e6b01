package workspace

import (
	"strings"
	"unicode/utf8"

	"pledgereview/data"
	"pledgereview/data/ingest"
)

// draftOfReport makes the draft of a stored report: the document it was
// read from is its source, one paragraph a line, with its bold stretches
// and what was set aside, so that parsing it again with its corrections
// gives the report again.
func draftOfReport(r *data.Report) (*ReportDraft, error) {
	// what the file's reader set aside comes first, what the parser set
	// aside after it: the draft's document keeps only the former, for
	// parsing to add the latter again (see asidesOfFile)
	doc := &ingest.Document{Format: r.Format}
	bold := append([]data.Span(nil), r.Bold...) // shortened as it is used
	at := 0
	for _, line := range strings.Split(r.Source, "\n") {
		n := utf8.RuneCountInString(line)
		p := ingest.Paragraph{Text: line}
		for len(bold) > 0 && bold[0].Start < at+n {
			b := bold[0]
			p.BoldRuns = append(p.BoldRuns, data.Span{Start: max(b.Start, at) - at, End: min(b.End, at+n) - at})
			if b.End > at+n { // a stretch over a line end goes on on the next line
				bold[0].Start = at + n + 1
				break
			}
			bold = bold[1:]
		}
		doc.Paragraphs = append(doc.Paragraphs, p)
		at += n + 1
	}
	dr := &ReportDraft{Path: r.ID + "." + r.Format, ID: r.ID, Doc: doc, text: r.Source}
	if err := dr.Correct(r.Corrections); err != nil {
		return nil, err
	}
	dr.asidesOfFile(r.SetAside)
	dr.keepTitle(r.Title, true)
	return dr, nil
}

// asidesOfFile gives the draft, parsed without them, the pieces its file's
// reader set aside: stored holds them, then the pieces the parser of its
// day set aside. Today's parser may set aside more or less than that one
// (a review's difficulties paragraph), so its pieces are taken out of
// stored one for one, from the end, where the parser put them; what is
// left is the reader's.
func (dr *ReportDraft) asidesOfFile(stored []data.SetAside) {
	var own []data.SetAside
	if dr.Unstructured == nil {
		own = dr.Report.SetAside
	}
	left := map[data.SetAside]int{}
	for _, a := range own {
		left[a]++
	}
	keep := make([]bool, len(stored))
	n := 0
	for i := len(stored) - 1; i >= 0; i-- {
		if left[stored[i]] > 0 {
			left[stored[i]]--
			continue
		}
		keep[i] = true
		n++
	}
	file := make([]data.SetAside, 0, n)
	for i, a := range stored {
		if keep[i] {
			file = append(file, a)
		}
	}
	dr.Doc.SetAside = file
	dr.Report.SetAside = append(append([]data.SetAside(nil), file...), own...)
}

// keepTitle gives the draft's report the title of the stored report it
// stands for: always (always), or when its text has none of its own; and
// keeps it through later corrections.
func (dr *ReportDraft) keepTitle(title string, always bool) {
	if title == "" || !always && dr.Report.Title != "" {
		return
	}
	dr.kept = title
	dr.Report.Title = title
}

// WithCorrections is the corrections cs with more added: a line holds one
// correction, the newest.
func WithCorrections(cs, more []data.Correction) []data.Correction {
	newer := map[int]bool{}
	for _, c := range more {
		newer[c.Line] = true
	}
	out := []data.Correction{}
	for _, c := range cs {
		if !newer[c.Line] {
			out = append(out, c)
		}
	}
	return append(out, more...)
}

// ChapterLine is the line that heads chapter ch of r (the line that is
// its title, else the first that holds it, after the previous chapter's),
// -1 when none does.
func ChapterLine(r *data.Report, lines []DraftLine, ch int) int {
	from := 0
	for i := 0; i <= ch && i < len(r.Chapters); i++ {
		at := headingLine(lines[from:], strings.TrimSpace(r.Chapters[i].Title))
		if i == ch {
			if at < 0 {
				return -1
			}
			return from + at
		}
		if at >= 0 {
			from += at + 1
		}
	}
	return -1
}

func headingLine(lines []DraftLine, title string) int {
	if title == "" {
		return -1
	}
	for j, l := range lines {
		if strings.TrimSpace(l.Text) == title {
			return j
		}
	}
	for j, l := range lines {
		if strings.Contains(l.Text, title) {
			return j
		}
	}
	return -1
}
