package data

import "strings"

// FindOutcomes returns the reported outcomes of r (the sentences of its
// review chapters) that hold text, folded like the pledge search, in
// reading order; chapter narrows them to one chapter (0: all). They are
// found to be read as context, never counted as pledges.
func (r *Report) FindOutcomes(text string, chapter int) []Pledge {
	needle := strings.ToLower(strings.TrimSpace(text))
	if needle == "" {
		return nil
	}
	var out []Pledge
	for _, o := range r.Outcomes() {
		if (chapter == 0 || o.Chapter == chapter) && strings.Contains(strings.ToLower(o.ID+"\n"+o.Text), needle) {
			out = append(out, o)
		}
	}
	return out
}
