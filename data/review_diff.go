package data

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Diff lists the fields that differ between two versions of a review, as
// the history shows them.
func Diff(old, new Review) []FieldChange {
	var out []FieldChange
	add := func(field, o, n string) {
		if o != n {
			out = append(out, FieldChange{Field: field, Old: o, New: n})
		}
	}
	keys := map[string]bool{}
	for k := range old.Scores {
		keys[k] = true
	}
	for k := range new.Scores {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		add("score."+k, scoreText(old.Scores, k), scoreText(new.Scores, k))
	}
	add("status", string(old.Status.OrNotRated()), string(new.Status.OrNotRated()))
	add("lead_unit", old.LeadUnit, new.LeadUnit)
	add("tags", strings.Join(old.Tags, ", "), strings.Join(new.Tags, ", "))
	add("flag", strconv.FormatBool(old.Flag), strconv.FormatBool(new.Flag))
	add("note", old.Note, new.Note)
	add("evidence", evidenceText(old.Evidence), evidenceText(new.Evidence))
	return out
}

func scoreText(m map[string]int, k string) string {
	if v, ok := m[k]; ok {
		return strconv.Itoa(v)
	}
	return ""
}

func evidenceText(ev []Evidence) string {
	parts := make([]string, len(ev))
	for i, e := range ev {
		parts[i] = fmt.Sprintf("%s | %s | %s", e.Text, e.Link, e.Date)
	}
	return strings.Join(parts, "\n")
}
