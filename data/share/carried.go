package share

// Carried counts the reviews a review file holds, as its summary shows
// them: the exporter's own, colleagues' under their seals over this text,
// and colleagues' relayed as their authors signed them on another form of
// the report (RelayedFrom the number of those authors); Reviewers counts
// everyone whose reviews it holds, the exporter always.
type Carried struct {
	Mine, Theirs, Relayed, RelayedFrom, Reviewers int
}

// Carried counts the reviews f holds.
func (f File) Carried() Carried {
	var c Carried
	who := map[string]bool{f.Exporter.ID: true}
	for _, r := range f.Reviews {
		who[r.ReviewerID] = true
		if r.ReviewerID == f.Exporter.ID {
			c.Mine++
		} else {
			c.Theirs++
		}
	}
	from := map[string]bool{}
	for _, sub := range f.Relayed {
		for _, r := range sub.Reviews {
			who[r.ReviewerID] = true
			from[r.ReviewerID] = true
			c.Relayed++
		}
	}
	c.RelayedFrom, c.Reviewers = len(from), len(who)
	return c
}
