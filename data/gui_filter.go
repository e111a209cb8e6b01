package data

import "strings"

// FilterWithin is Filter over a subset of rows: it returns the rows of
// within (row indexes in reading order) that pass f. The window narrows the
// previous result with it when the search text grows by a keystroke.
func (ix *Index) FilterWithin(f Filter, within []int) []int {
	needle := strings.ToLower(strings.TrimSpace(f.Text))
	var statuses map[Status]bool
	if len(f.Statuses) > 0 {
		statuses = make(map[Status]bool, len(f.Statuses))
		for _, s := range f.Statuses {
			statuses[s] = true
		}
	}
	out := make([]int, 0, len(within))
	for _, i := range within {
		if i >= 0 && i < len(ix.Rows) && f.matches(&ix.Rows[i], needle, statuses) {
			out = append(out, i)
		}
	}
	return out
}
