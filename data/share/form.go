package share

import (
	"sort"
	"strings"

	"pledgereview/data"
)

// Anchor is what a review file says of a pledge next to its id, so that a
// colleague holding the report in another form can find the pledge by its
// text when the ids differ.
type Anchor struct {
	Hash  string // TextHash of the pledge's text
	Start int    // the pledge's span in the normalised text of the report
	End   int
	Text  string // the pledge's text, shown for a record that cannot be placed
}

// Form is a report as placement reads it: its content and where each pledge
// lies in its normalised text.
type Form struct {
	Content Content
	pledges []Anchor // in the order of the text
	ids     []string
	byID    map[string]int
}

// FormOf reads the content of a report and the place of each pledge.
func FormOf(r *data.Report) *Form {
	c, offsets := ContentOf(r.Source)
	ps := r.Pledges()
	fm := &Form{Content: c, pledges: make([]Anchor, 0, len(ps)), ids: make([]string, 0, len(ps)), byID: make(map[string]int, len(ps))}
	at := func(i int) int { return offsets[min(max(i, 0), len(offsets)-1)] }
	for _, p := range ps {
		fm.byID[p.ID] = len(fm.pledges)
		fm.pledges = append(fm.pledges, Anchor{Hash: TextHash(p.Text), Start: at(p.Start), End: at(p.End), Text: p.Text})
		fm.ids = append(fm.ids, p.ID)
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return fm.pledges[order[i]].Start < fm.pledges[order[j]].Start })
	if !sort.IntsAreSorted(order) {
		sorted, ids := make([]Anchor, len(order)), make([]string, len(order))
		for n, i := range order {
			sorted[n], ids[n] = fm.pledges[i], fm.ids[i]
			fm.byID[ids[n]] = n
		}
		fm.pledges, fm.ids = sorted, ids
	}
	return fm
}

// Anchor returns the anchor of a pledge of the form.
func (fm *Form) Anchor(id string) (Anchor, bool) {
	i, ok := fm.byID[id]
	if !ok {
		return Anchor{}, false
	}
	return fm.pledges[i], true
}

// Anchors returns the anchors of the pledges of ids that the form holds.
func (fm *Form) Anchors(ids []string) map[string]Anchor {
	out := make(map[string]Anchor, len(ids))
	for _, id := range ids {
		if a, ok := fm.Anchor(id); ok {
			out[id] = a
		}
	}
	return out
}

// covering returns the pledge that overlaps the normalised span [s, e) the
// most, or "" when none does.
func (fm *Form) covering(s, e int) string {
	i := sort.Search(len(fm.pledges), func(i int) bool { return fm.pledges[i].End > s })
	best, most := "", 0
	for ; i < len(fm.pledges) && fm.pledges[i].Start < e; i++ {
		p := fm.pledges[i]
		if o := min(e, p.End) - max(s, p.Start); o > most {
			best, most = fm.ids[i], o
		}
	}
	return best
}

// FindText finds the pledge of the form for a pledge text of another form
// with no place to align it by (a record kept unplaced): the one pledge
// with the same letters and digits, else the one pledge whose text holds
// it or that it holds. ok is false when none or several fit.
func (fm *Form) FindText(text string) (id string, ok bool) {
	want := Normalised(text)
	if want == "" {
		return "", false
	}
	hash := TextHash(text)
	var same, holds []string
	for i, p := range fm.pledges {
		if p.Hash == hash {
			same = append(same, fm.ids[i])
			continue
		}
		if n := Normalised(p.Text); n != "" && (strings.Contains(n, want) || strings.Contains(want, n) && 2*len(n) > len(want)) {
			holds = append(holds, fm.ids[i])
		}
	}
	switch {
	case len(same) == 1:
		return same[0], true
	case len(same) == 0 && len(holds) == 1:
		return holds[0], true
	}
	return "", false
}
