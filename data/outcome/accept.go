package outcome

import (
	"fmt"
	"strings"

	"pledgereview/data"
)

// EvidencePrefix marks the link of evidence taken from an outcome, so that
// accepting the same link twice replaces it rather than adding it again.
const EvidencePrefix = "outcome:"

// Rejected is no verdict of the linker but the reviewer's word on a link:
// the sentence does not report on the pledge. A rejected link counts
// neither as met nor as missed.
const Rejected = "rejected"

// Source names where an outcome stands in the later report, as a reviewer
// cites it: "2026年报告 · 第一部分 · 第3句".
func Source(later *data.Report, o data.Pledge) string {
	year, chapter, n := SourceAt(later, o)
	return fmt.Sprintf("%d年报告 · 第%s部分 · 第%d句", year, ChineseNumber(chapter), n)
}

// SourceAt is where an outcome stands in the later report, for a display
// to word in its language: the report's year, the chapter and the
// sentence's place in it (from 1).
func SourceAt(later *data.Report, o data.Pledge) (year, chapter, sentence int) {
	if c := later.Chapter(o.Chapter); c != nil {
		for _, s := range chapterSentences(c) {
			if s.Start <= o.Start {
				sentence++
			}
		}
	}
	return later.Year, o.Chapter, sentence
}

func chapterSentences(c *data.Chapter) []data.Pledge {
	out := append(append([]data.Pledge{}, c.Pledges...), c.Outcomes...)
	for _, h := range c.Headlines {
		out = append(append(out, h.Pledges...), h.Outcomes...)
	}
	return out
}

// ChineseNumber writes 1..99 as 一..九十九.
func ChineseNumber(n int) string {
	digits := []rune("〇一二三四五六七八九")
	switch {
	case n <= 0 || n >= 100:
		return fmt.Sprint(n)
	case n < 10:
		return string(digits[n])
	case n == 10:
		return "十"
	case n < 20:
		return "十" + string(digits[n%10])
	case n%10 == 0:
		return string(digits[n/10]) + "十"
	}
	return string(digits[n/10]) + "十" + string(digits[n%10])
}

// Evidence is the outcome as evidence: the source and the sentence, the
// outcome's id as the link, the later report's delivery date.
func Evidence(later *data.Report, o data.Pledge) data.Evidence {
	return data.Evidence{Text: Source(later, o) + "：" + o.Text, Link: EvidencePrefix + o.ID, Date: later.Delivered}
}

// SuggestedStatus is the delivery status a verdict suggests; "" when it
// suggests none (unclear, not reported: the reviewer decides).
func SuggestedStatus(verdict string) data.Status {
	switch verdict {
	case Met, ReportedDone:
		return data.Done
	case Missed:
		return data.PartlyDone
	}
	return ""
}

// Accept makes the link the reviewer's own: the best outcome of the pledge
// and of each of its targets becomes evidence (replacing evidence from the
// same outcome), the verdict sets the status when the review has none yet,
// and each compared figure becomes a progress value at the later report's
// delivery date. It returns the progress updates to record.
func Accept(rv *data.Review, later *data.Report, k Link) []data.ProgressUpdate {
	var ups []data.ProgressUpdate
	for _, j := range append([]Judgement{k.Judgement}, k.Targets...) {
		if j.Best == nil {
			continue
		}
		ev := Evidence(later, j.Best.Outcome)
		rv.Evidence = addEvidence(rv.Evidence, ev)
		if j.figure == nil || later.Delivered == "" {
			continue
		}
		if n := targetNumber(k.Pledge, j.figure.target); n > 0 {
			v, _ := inUnitOf(j.figure.actual, j.figure.target)
			ups = append(ups, data.ProgressUpdate{PledgeID: k.Pledge.ID, Target: n, Value: v,
				AsOf: later.Delivered, Reason: j.Arithmetic, Source: ev})
		}
	}
	if k.Best != nil { // the pledge's own outcome last: it names the link accepted
		rv.Evidence = addEvidence(rv.Evidence, Evidence(later, k.Best.Outcome))
	}
	if st := SuggestedStatus(k.Verdict); st != "" && rv.Status.OrNotRated() == data.NotRated {
		rv.Status = st
	}
	return dedupe(ups)
}

// addEvidence puts ev last, in place of evidence from the same outcome:
// the last outcome evidence is the link accepted last (see Accepted).
func addEvidence(evs []data.Evidence, ev data.Evidence) []data.Evidence {
	out := make([]data.Evidence, 0, len(evs)+1)
	for _, e := range evs {
		if e.Link != ev.Link {
			out = append(out, e)
		}
	}
	return append(out, ev)
}

// Accepted reads from a review the link its reviewer accepted: the
// outcome of the later report whose evidence came last. ok is false when
// the review holds no outcome of later as evidence.
func Accepted(rv data.Review, later *data.Report) (outcomeID string, ok bool) {
	for _, e := range rv.Evidence {
		id, is := strings.CutPrefix(e.Link, EvidencePrefix)
		if is && strings.HasPrefix(id, later.ID+"/") {
			outcomeID, ok = id, true
		}
	}
	return outcomeID, ok
}

// targetNumber is t's number on the pledge (1 for the first), 0 if none.
// The linker may read a target with another subject and comparator than
// the pledge stores ("A、B分别控制在X和Y以内", respectively.go): it is the
// pledge's own target by its words and figure.
func targetNumber(p data.Pledge, t data.Target) int {
	for i, x := range p.Targets {
		if x == t {
			return i + 1
		}
	}
	for i, x := range p.Targets {
		if x.Quote == t.Quote && x.Value == t.Value && x.Unit == t.Unit {
			return i + 1
		}
	}
	return 0
}

// dedupe keeps one update per target: the pledge's own judgement and its
// clause's may compare the same figure.
func dedupe(ups []data.ProgressUpdate) []data.ProgressUpdate {
	seen := map[int]bool{}
	out := ups[:0]
	for _, u := range ups {
		if !seen[u.Target] {
			seen[u.Target] = true
			out = append(out, u)
		}
	}
	return out
}

// NextReport is the id among ids of the report that follows from: the same
// place a year later ("beijing-2025" → "beijing-2026", "2021-state-council"
// → "2022-state-council"); "" when there is none.
func NextReport(from string, ids []string) string {
	for _, id := range ids {
		if id != from && sameExceptYear(from, id) {
			return id
		}
	}
	return ""
}

// sameExceptYear reports whether b is a with its one year (four digits)
// one higher.
func sameExceptYear(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i+4 <= len(a); i++ {
		if a[:i] != b[:i] || a[i+4:] != b[i+4:] {
			continue
		}
		var ya, yb int
		if _, err := fmt.Sscanf(a[i:i+4], "%4d", &ya); err != nil || strings.ContainsAny(a[i:i+4], "+- ") {
			continue
		}
		if _, err := fmt.Sscanf(b[i:i+4], "%4d", &yb); err != nil || strings.ContainsAny(b[i:i+4], "+- ") {
			continue
		}
		if yb == ya+1 && ya >= 1949 {
			return true
		}
	}
	return false
}

// Choose makes candidate c (one of k's candidates, as the reviewer picks
// it) the pledge's outcome and reads the verdict again from it; the
// target clauses are left as they are.
func Choose(later *data.Report, k Link, c Candidate) Link {
	outcomes := later.Outcomes()
	several, _ := severalYears(later, outcomes)
	l := &Linker{gdp: gdpOutcome(outcomes, several)}
	if later.Year > 0 {
		l.reviewed = later.Year - 1
	}
	var rest []Candidate
	if k.Best != nil {
		rest = append(rest, *k.Best)
	}
	for _, x := range k.Candidates {
		if x.Outcome.ID != c.Outcome.ID {
			rest = append(rest, x)
		}
	}
	j := Judgement{Quote: k.Quote, Verdict: NotReported, Best: &c, Candidates: rest[:min(len(rest), MaxCandidates)]}
	l.verdict(&j, k.Pledge.Text, k.Pledge.Targets, k.Pledge.Text)
	if dueLater(k.Pledge.Text, k.Pledge.Deadline, l.reviewed) {
		holdOff(&j)
	}
	if len(k.Targets) > 0 {
		j.Verdict, j.Arithmetic, j.Steps, j.Target, j.Actual, j.figure = k.Verdict, k.Arithmetic, k.Steps, k.Target, k.Actual, nil
	}
	k.Judgement = j
	return k
}

// CandidateOf is the outcome sentence id of the later report as a
// candidate the reviewer may choose though the linker no longer offers it,
// with what the verdict reads of it (a sentence of the review's part on
// several years); false when the review holds no such sentence.
func CandidateOf(later *data.Report, id string) (Candidate, bool) {
	outcomes := later.Outcomes()
	for i, o := range outcomes {
		if o.ID == id {
			several, inPart := severalYears(later, outcomes)
			return Candidate{Outcome: o, several: several[i], inPart: inPart[i]}, true
		}
	}
	return Candidate{}, false
}

// Reported tells whether the review reports on the pledge, or on one of
// its target clauses: a link with nothing to accept is not.
func (k Link) Reported() bool {
	if k.Best != nil {
		return true
	}
	for _, t := range k.Targets {
		if t.Best != nil {
			return true
		}
	}
	return false
}
