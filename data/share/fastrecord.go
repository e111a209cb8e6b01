package share

import "pledgereview/data"

// The records a review file carries most of, read by hand (see
// fastread.go): a review and a history entry. Each member is named as
// data's JSON tags name it.

// The members of a review, in the order of data.Review.
const (
	rvPledge = iota
	rvReviewer
	rvScores
	rvStatus
	rvLeadUnit
	rvTags
	rvFlag
	rvNote
	rvEvidence
	rvUpdated
)

var reviewMembers = []string{"pledge", "reviewer", "scores", "status", "lead_unit", "tags", "flag", "note", "evidence", "updated"}

// The members of a history entry, in the order of data.HistoryEntry.
const (
	hePledge = iota
	heReviewer
	heAt
	heChanges
	heSource
)

var historyMembers = []string{"pledge", "reviewer", "at", "changes", "source"}

var (
	clockMembers    = []string{"wall", "logical", "node"}
	evidenceMembers = []string{"text", "link", "date"}
	changeMembers   = []string{"field", "old", "new"}
)

// decodeRecord decodes raw, one record, into v, a pointer to a zero
// record: by hand when it can, else by decodeStrict.
func (d *recordReader) decodeRecord(raw []byte, v any) error {
	switch v := v.(type) {
	case *data.Review:
		if r, ok := d.review(raw); ok {
			*v = r
			return nil
		}
	case *data.HistoryEntry:
		if h, ok := d.history(raw); ok {
			*v = h
			return nil
		}
	}
	return decodeStrict(raw, v)
}

// review reads a review, all of raw; ok is false when it declines.
func (d *recordReader) review(raw []byte) (data.Review, bool) {
	d.reset(raw)
	r, ok := d.nextReview()
	return r, ok && d.end()
}

// nextReview reads the review that comes next.
func (d *recordReader) nextReview() (r data.Review, ok bool) {
	ok = d.members(reviewMembers, func(m int) bool { return d.reviewMember(&r, m) })
	return r, ok
}

func (d *recordReader) reviewMember(r *data.Review, m int) (ok bool) {
	switch m {
	case rvPledge:
		r.PledgeID, ok = d.str()
	case rvReviewer:
		r.ReviewerID, ok = d.word()
	case rvScores:
		r.Scores, ok = d.scores()
	case rvStatus:
		var s string
		s, ok = d.word()
		r.Status = data.Status(s)
	case rvLeadUnit:
		r.LeadUnit, ok = d.word()
	case rvTags:
		r.Tags, ok = d.words()
	case rvFlag:
		r.Flag, ok = d.bool()
	case rvNote:
		r.Note, ok = d.str()
	case rvEvidence:
		r.Evidence, ok = d.evidence()
	case rvUpdated:
		r.Updated, ok = d.clock()
	}
	return ok
}

// history reads a history entry, all of raw; ok is false when it declines.
func (d *recordReader) history(raw []byte) (data.HistoryEntry, bool) {
	d.reset(raw)
	h, ok := d.nextHistory()
	return h, ok && d.end()
}

// nextHistory reads the history entry that comes next.
func (d *recordReader) nextHistory() (h data.HistoryEntry, ok bool) {
	ok = d.members(historyMembers, func(m int) bool { return d.historyMember(&h, m) })
	return h, ok
}

func (d *recordReader) historyMember(h *data.HistoryEntry, m int) (ok bool) {
	switch m {
	case hePledge:
		h.PledgeID, ok = d.str()
	case heReviewer:
		h.ReviewerID, ok = d.word()
	case heAt:
		h.At, ok = d.clock()
	case heChanges:
		h.Changes, ok = d.changes()
	case heSource:
		h.Source, ok = d.str()
	}
	return ok
}

// members reads an object whose members are among names, each at most
// once, calling read with the index of each in names.
func (d *recordReader) members(names []string, read func(m int) bool) bool {
	var seen uint32
	return d.object(func(name []byte) bool {
		m := indexOf(names, name)
		if m < 0 || seen&(1<<m) != 0 {
			return false
		}
		seen |= 1 << m
		return read(m)
	})
}

func indexOf(names []string, name []byte) int {
	for i, n := range names {
		if string(name) == n {
			return i
		}
	}
	return -1
}

// clock reads a clock.
func (d *recordReader) clock() (c data.HLC, ok bool) {
	ok = d.members(clockMembers, func(m int) (ok bool) {
		switch m {
		case 0:
			c.Wall, ok = d.int()
		case 1:
			c.Logical, ok = d.uint32()
		case 2:
			c.Node, ok = d.word()
		}
		return ok
	})
	return c, ok
}

// scores reads the scores of a review, or null.
func (d *recordReader) scores() (map[string]int, bool) {
	if d.null() {
		return nil, true
	}
	scores := map[string]int{}
	ok := d.object(func(name []byte) bool {
		if _, dup := scores[string(name)]; dup {
			return false
		}
		v, ok := d.int()
		scores[d.keep(name, true)] = int(v)
		return ok && int64(int(v)) == v // an int of 32 bits holds less
	})
	return scores, ok
}

// listOrNull reads a list of values, each by one, or null (nil). An empty
// list reads as an empty, not a nil, slice, as the strict decoder gives it.
func listOrNull[T any](d *recordReader, one func() (T, bool)) ([]T, bool) {
	if d.null() {
		return nil, true
	}
	out := []T{}
	ok := d.array(func() bool {
		v, ok := one()
		out = append(out, v)
		return ok
	})
	return out, ok
}

// words reads a list of strings (tags), or null.
func (d *recordReader) words() ([]string, bool) { return listOrNull(d, d.word) }

// evidence reads the evidence of a review, or null.
func (d *recordReader) evidence() ([]data.Evidence, bool) {
	return listOrNull(d, func() (e data.Evidence, ok bool) {
		ok = d.members(evidenceMembers, func(m int) (ok bool) {
			switch m {
			case 0:
				e.Text, ok = d.str()
			case 1:
				e.Link, ok = d.str()
			case 2:
				e.Date, ok = d.word()
			}
			return ok
		})
		return e, ok
	})
}

// changes reads the changes of a history entry, or null.
func (d *recordReader) changes() ([]data.FieldChange, bool) {
	return listOrNull(d, func() (c data.FieldChange, ok bool) {
		ok = d.members(changeMembers, func(m int) (ok bool) {
			switch m {
			case 0:
				c.Field, ok = d.word()
			case 1:
				c.Old, ok = d.str()
			case 2:
				c.New, ok = d.str()
			}
			return ok
		})
		return c, ok
	})
}
