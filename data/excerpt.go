package data

// excerptContext is how many runes before the first difference an excerpt
// keeps at least, so that the change reads in its context.
const excerptContext = 8

// DiffExcerpts shortens two versions of a text to at most width runes each
// (plus "…" where text is left out), cut around where they first differ
// rather than at a fixed prefix: two long texts that differ only near
// their end never read the same. Texts within width are returned whole.
func DiffExcerpts(old, new string, width int) (string, string) {
	a, b := []rune(old), []rune(new)
	if len(a) <= width && len(b) <= width {
		return old, new
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	// keep some text before the difference, and fill the width when the
	// texts end soon after it
	start := max(0, min(p-min(excerptContext, width/2), max(len(a), len(b))-width))
	return excerpt(a, start, width), excerpt(b, start, width)
}

// excerpt is width runes of r from start, with "…" where r goes on.
func excerpt(r []rune, start, width int) string {
	start = min(start, len(r))
	end := min(len(r), start+width)
	s := string(r[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return s
}
