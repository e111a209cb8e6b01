package data

import "strings"

// GlossaryFor returns the glossary entries whose term occurs in text, in
// glossary order. A term is matched with and without the quotation marks
// it is often written in ("“两新”" or 两新).
func (r *Report) GlossaryFor(text string) []GlossaryEntry {
	var out []GlossaryEntry
	for _, g := range r.Glossary {
		term := strings.TrimSpace(g.Term)
		bare := strings.Trim(term, quoteMarks)
		if bare == "" {
			continue
		}
		if strings.Contains(text, term) || strings.Contains(text, bare) {
			out = append(out, g)
		}
	}
	return out
}

const quoteMarks = "“”‘’\"'「」『』《》 　"
