package data

import (
	"encoding/json"
	"strings"
)

// FilterCache keeps the last results of the filter so that a keystroke in
// the search field filters only what the shorter text found (typing), or
// finds the result again (deleting). Reviews change what some filters
// select, so a save clears it.
type FilterCache struct {
	entries []cachedFilter
}

type cachedFilter struct {
	rest   string // the filter without its text
	needle string // the text as the index matches it
	rows   []int
}

const maxCachedFilters = 16

// Clear forgets every result; call it when a review changes.
func (c *FilterCache) Clear() { c.entries = nil }

// Rows returns the rows of ix that pass f.
func (c *FilterCache) Rows(ix *Index, f Filter) []int {
	needle := strings.ToLower(strings.TrimSpace(f.Text))
	g := f
	g.Text = ""
	raw, _ := json.Marshal(g)
	rest := string(raw)
	var narrowest *cachedFilter
	for i := len(c.entries) - 1; i >= 0; i-- {
		e := &c.entries[i]
		if e.rest != rest {
			continue
		}
		if e.needle == needle {
			return e.rows
		}
		// every row holding needle holds any part of it
		if strings.Contains(needle, e.needle) && (narrowest == nil || len(e.rows) < len(narrowest.rows)) {
			narrowest = e
		}
	}
	var rows []int
	if narrowest != nil {
		rows = ix.FilterWithin(f, narrowest.rows)
	} else {
		rows = ix.Filter(f)
	}
	if len(c.entries) >= maxCachedFilters {
		c.entries = append(c.entries[:0], c.entries[1:]...)
	}
	c.entries = append(c.entries, cachedFilter{rest: rest, needle: needle, rows: rows})
	return rows
}
