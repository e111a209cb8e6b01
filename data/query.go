package data

import (
	"strings"
	"time"
)

// Tri is a three-way filter choice.
type Tri int

// Tri values.
const (
	Any Tri = iota
	Yes
	No
)

func (t Tri) admits(v bool) bool {
	return t == Any || (t == Yes) == v
}

// Filter selects pledges by their text and by the local reviewer's review.
// Zero values select everything.
type Filter struct {
	Text           string   // substring of the pledge text or id, case-insensitive
	Chapter        int      // 0 = every chapter
	Headline       int      // with Chapter: 0 = every headline
	Statuses       []Status // empty = every status
	MinScore       float64  // average score range; used when ScoreRange is set
	MaxScore       float64
	ScoreRange     bool
	Flagged        Tri
	HasTarget      Tri
	Reviewed       Tri
	Scored         Tri    // has at least one rubric score
	DeadlineBefore string // YYYY-MM-DD; only pledges due before it
}

// Row is one pledge with the local reviewer's review of it.
type Row struct {
	Pledge Pledge
	Mine   Review
	folded string
}

// Index holds a report's pledges in reading order with one reviewer's
// reviews, for filtering as fast as the user types.
type Index struct {
	Report     *Report
	ReviewerID string
	Rows       []Row
	byID       map[string]int
}

// NewIndex builds an index of a report for the reviewer whose reviews are mine.
func NewIndex(r *Report, reviewerID string, mine map[string]Review) *Index {
	pledges := r.Pledges()
	ix := &Index{Report: r, ReviewerID: reviewerID, Rows: make([]Row, len(pledges)), byID: make(map[string]int, len(pledges))}
	for i, p := range pledges {
		rv, ok := mine[p.ID]
		if !ok {
			rv = NewReview(p.ID, reviewerID)
		}
		ix.Rows[i] = Row{Pledge: p, Mine: rv, folded: strings.ToLower(p.ID + "\n" + p.Text)}
		ix.byID[p.ID] = i
	}
	return ix
}

// Set replaces the local review of a pledge after a save.
func (ix *Index) Set(rv Review) {
	if i, ok := ix.byID[rv.PledgeID]; ok {
		ix.Rows[i].Mine = rv
	}
}

// Position returns the row index of a pledge id.
func (ix *Index) Position(pledgeID string) (int, bool) {
	i, ok := ix.byID[pledgeID]
	return i, ok
}

// Filter returns the row indexes that pass f, in reading order.
func (ix *Index) Filter(f Filter) []int {
	match := f.matcher()
	out := make([]int, 0, 256)
	for i := range ix.Rows {
		if match(&ix.Rows[i]) {
			out = append(out, i)
		}
	}
	return out
}

// FilterWithin is Filter over a subset of rows: it returns the rows of
// within (row indexes in reading order) that pass f. The window narrows the
// previous result with it when the search text grows by a keystroke.
func (ix *Index) FilterWithin(f Filter, within []int) []int {
	match := f.matcher()
	out := make([]int, 0, len(within))
	for _, i := range within {
		if i >= 0 && i < len(ix.Rows) && match(&ix.Rows[i]) {
			out = append(out, i)
		}
	}
	return out
}

func (f Filter) matcher() func(*Row) bool {
	needle := strings.ToLower(strings.TrimSpace(f.Text))
	var statuses map[Status]bool
	if len(f.Statuses) > 0 {
		statuses = make(map[Status]bool, len(f.Statuses))
		for _, s := range f.Statuses {
			statuses[s] = true
		}
	}
	return func(row *Row) bool { return f.matches(row, needle, statuses) }
}

func (f *Filter) matches(row *Row, needle string, statuses map[Status]bool) bool {
	p, rv := &row.Pledge, &row.Mine
	return f.inPart(p) && (statuses == nil || statuses[rv.Status.OrNotRated()]) &&
		f.admitsMarks(p, rv) && f.inScoreRange(rv) && f.dueInTime(p) &&
		(needle == "" || strings.Contains(row.folded, needle))
}

// inPart tells whether a pledge is in the chapter and headline chosen.
func (f *Filter) inPart(p *Pledge) bool {
	return f.Chapter == 0 || (p.Chapter == f.Chapter && (f.Headline == 0 || p.Headline == f.Headline))
}

// admitsMarks applies the yes/no choices: flagged, with a target,
// reviewed, scored.
func (f *Filter) admitsMarks(p *Pledge, rv *Review) bool {
	return f.Flagged.admits(rv.Flag) && f.HasTarget.admits(len(p.Targets) > 0) &&
		f.Reviewed.admits(rv.Reviewed()) && f.Scored.admits(len(rv.Scores) > 0)
}

// inScoreRange tells whether a review's average score is in the range
// chosen; a review without scores is in no range.
func (f *Filter) inScoreRange(rv *Review) bool {
	if !f.ScoreRange {
		return true
	}
	avg, ok := rv.Average()
	return ok && !(avg < f.MinScore || avg > f.MaxScore)
}

// dueInTime tells whether a pledge is due before the deadline chosen; a
// pledge without a deadline is not.
func (f *Filter) dueInTime(p *Pledge) bool {
	return f.DeadlineBefore == "" || (p.Deadline != nil && p.Deadline.Due < f.DeadlineBefore)
}

// LastSaved returns when the local reviewer last saved a review of the
// report, from the reviews' clocks; ok is false when none was ever saved.
func (ix *Index) LastSaved() (at time.Time, ok bool) {
	var last HLC
	for i := range ix.Rows {
		if u := ix.Rows[i].Mine.Updated; u.Compare(last) > 0 {
			last = u
		}
	}
	if last.IsZero() {
		return time.Time{}, false
	}
	return last.Time(), true
}

// Tally counts pledges and the local reviewer's statuses in one part of a report.
type Tally struct {
	Total    int
	Reviewed int
	ByStatus map[Status]int
}

func (t *Tally) add(rv *Review) {
	t.Total++
	if rv.Reviewed() {
		t.Reviewed++
	}
	if t.ByStatus == nil {
		t.ByStatus = map[Status]int{}
	}
	t.ByStatus[rv.Status.OrNotRated()]++
}

// Part names a chapter (Headline 0 = the whole chapter) or, with both zero,
// the whole report.
type Part struct{ Chapter, Headline int }

// Tallies are the counts of a report, its chapters and its headlines.
type Tallies map[Part]*Tally

// partsOf names the parts a pledge counts in: the report, its chapter and
// its headline when it has one.
func partsOf(p *Pledge) []Part {
	parts := []Part{{}, {Chapter: p.Chapter}}
	if p.Headline > 0 {
		parts = append(parts, Part{Chapter: p.Chapter, Headline: p.Headline})
	}
	return parts
}

// Move moves a pledge from the counts of its old review to those of its
// new one, in every part it counts in.
func (ts Tallies) Move(p Pledge, old, rv Review) {
	for _, part := range partsOf(&p) {
		t := ts[part]
		if t == nil {
			continue
		}
		t.remove(&old)
		t.add(&rv)
	}
}

func (t *Tally) remove(rv *Review) {
	t.Total--
	if rv.Reviewed() {
		t.Reviewed--
	}
	if t.ByStatus == nil {
		t.ByStatus = map[Status]int{}
	}
	t.ByStatus[rv.Status.OrNotRated()]--
}

// Tallies counts every row by report, chapter and headline.
func (ix *Index) Tallies() Tallies {
	out := Tallies{}
	get := func(p Part) *Tally {
		t, ok := out[p]
		if !ok {
			t = &Tally{}
			out[p] = t
		}
		return t
	}
	for i := range ix.Rows {
		row := &ix.Rows[i]
		for _, part := range partsOf(&row.Pledge) {
			get(part).add(&row.Mine)
		}
	}
	return out
}
