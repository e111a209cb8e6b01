package ingest

import "pledgereview/data"

// boldRuns are the bold stretches of a line in rune offsets, in order and
// merged where they touch.
type boldRuns []data.Span

// add appends [start, end), merging it with the last run when they touch.
func (r boldRuns) add(start, end int) boldRuns {
	if start >= end {
		return r
	}
	if n := len(r); n > 0 && r[n-1].End >= start {
		r[n-1].End = max(r[n-1].End, end)
		return r
	}
	return append(r, data.Span{Start: start, End: end})
}

// within moves the runs to a line trimmed of its first cut runes and now
// n runes long, dropping what fell outside it.
func (r boldRuns) within(cut, n int) boldRuns {
	var out boldRuns
	for _, s := range r {
		out = out.add(max(s.Start-cut, 0), min(s.End-cut, n))
	}
	return out
}

// shift moves the runs by d runes.
func (r boldRuns) shift(d int) boldRuns {
	out := make(boldRuns, 0, len(r))
	for _, s := range r {
		out = append(out, data.Span{Start: s.Start + d, End: s.End + d})
	}
	return out
}

// partial is the runs of a line of n runes when some of it is bold and
// some not; nil when none or all of it is.
func (r boldRuns) partial(n int) []data.Span {
	if len(r) == 0 || len(r) == 1 && r[0].Start == 0 && r[0].End >= n {
		return nil
	}
	return r
}

// runsOf is what of paragraph p, n runes long, is bold.
func runsOf(p Paragraph, n int) boldRuns {
	if p.Bold {
		return boldRuns{{Start: 0, End: n}}
	}
	return p.BoldRuns
}
