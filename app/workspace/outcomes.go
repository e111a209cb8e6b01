package workspace

import (
	"errors"
	"fmt"
	"slices"

	"pledgereview/app/internal/arithwords"
	"pledgereview/data"
	"pledgereview/data/outcome"
	"pledgereview/data/parse"
)

// OutcomePair is a report, the report of the same government a year on,
// and every pledge of the first linked to the second's review.
type OutcomePair struct {
	From, To *data.Report
	Links    []outcome.Link
	// Linked holds the links as the linker made them, before the
	// reviewer chose a candidate: the order in which the candidates of
	// Links[i] are offered and numbered is Linked[i]'s.
	Linked []outcome.Link
	// Rejected holds the pledges whose link a reviewer rejected in this
	// workspace, with the outcome rejected (see Rejects).
	Rejected map[string]string
	// Accepted holds the pledges whose link the local reviewer accepted,
	// with the outcome accepted, as their review's evidence says; the
	// link in Links is the one accepted (see Accepts).
	Accepted map[string]string
}

// ErrNoNextReport: no report of the same place a year on is in the
// workspace, so it must be chosen by hand.
var ErrNoNextReport = errors.New("no report of the same government a year later is in the workspace; choose it by hand")

// ErrNoReview: the later report has no review chapter to link to.
var ErrNoReview = errors.New("the later report has no review of the year before (工作回顾)")

// Outcomes links the pledges of report from to what report to says of
// them in its review; an empty to picks the same place a year on. A pair
// of two places or years apart is refused with a *PairProblem (see
// OutcomesForced).
func (s *Session) Outcomes(from, to string) (*OutcomePair, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.outcomes(from, to, false)
}

// OutcomesForced is Outcomes for a pair the reviewer insists on although
// the reports name two places or years apart; one report with itself or
// with an older one is still refused.
func (s *Session) OutcomesForced(from, to string) (*OutcomePair, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.outcomes(from, to, true)
}

func (s *Session) outcomes(from, to string, force bool) (*OutcomePair, error) {
	a, err := s.store.Report(from)
	if err != nil {
		return nil, err
	}
	if to == "" {
		if to, err = s.nextReport(a); err != nil {
			return nil, err
		}
	}
	b, err := s.store.Report(to)
	if err != nil {
		return nil, err
	}
	if p := pairProblem(a, b); p != nil && (p.Refused() || !force) {
		return nil, p
	}
	if len(b.Outcomes()) == 0 {
		return nil, fmt.Errorf("%s: %w", to, ErrNoReview)
	}
	rejected, err := s.store.RejectedLinks(a.ID, b.ID)
	if err != nil {
		return nil, err
	}
	mine, err := s.store.ReviewsBy(a.ID, s.me.ID)
	if err != nil {
		return nil, err
	}
	linked := outcome.Links(a, b)
	p := &OutcomePair{From: a, To: b, Links: slices.Clone(linked), Linked: linked, Rejected: rejected, Accepted: map[string]string{}}
	for i, k := range p.Links {
		if id, ok := outcome.Accepted(mine[k.Pledge.ID], b); ok {
			p.Accepted[k.Pledge.ID] = id
			p.Links[i] = asAccepted(b, k, id)
		}
	}
	return p, nil
}

// asAccepted is k with the outcome id the reviewer accepted as its best,
// its verdict read from it: a candidate they chose, or a sentence the
// linker no longer offers. A link whose best or clause outcome is id
// stays as it is.
func asAccepted(later *data.Report, k outcome.Link, id string) outcome.Link {
	if k.Best != nil && k.Best.Outcome.ID == id {
		return k
	}
	for _, c := range k.Candidates {
		if c.Outcome.ID == id {
			return outcome.Choose(later, k, c)
		}
	}
	for _, t := range k.Targets {
		if t.Best != nil && t.Best.Outcome.ID == id {
			return k
		}
	}
	if c, ok := outcome.CandidateOf(later, id); ok {
		return outcome.Choose(later, k, c)
	}
	return k
}

// Accepts tells whether the local reviewer accepted k (and did not
// reject it since).
func (p *OutcomePair) Accepts(k outcome.Link) bool {
	_, ok := p.Accepted[k.Pledge.ID]
	return ok && !p.Rejects(k)
}

// Verdict is k's verdict as the reviewer left it: outcome.Rejected for a
// link they rejected, else the verdict of the link (of the one accepted).
func (p *OutcomePair) Verdict(k outcome.Link) string {
	if p.Rejects(k) {
		return outcome.Rejected
	}
	return k.Verdict
}

// Counts counts the links by Verdict, and those carried over.
func (p *OutcomePair) Counts() (byVerdict map[string]int, carried int) {
	byVerdict = map[string]int{}
	for _, k := range p.Links {
		byVerdict[p.Verdict(k)]++
		if k.CarriedOver != "" {
			carried++
		}
	}
	return byVerdict, carried
}

// Rejects tells whether the reviewer rejected k: the outcome rejected is
// one the linker still offers for the pledge (its best or a candidate, or
// none at all), so a link the linker no longer makes is open again.
func (p *OutcomePair) Rejects(k outcome.Link) bool {
	id, ok := p.Rejected[k.Pledge.ID]
	if !ok {
		return false
	}
	if k.Best == nil && id == "" {
		return true
	}
	for _, c := range offered(k) {
		if c.Outcome.ID == id {
			return true
		}
	}
	return false
}

func offered(k outcome.Link) []outcome.Candidate {
	var out []outcome.Candidate
	if k.Best != nil {
		out = append(out, *k.Best)
	}
	return append(out, k.Candidates...)
}

// RejectOutcome remembers in the workspace that the reviewer rejected k,
// the link as shown (its best outcome, or a candidate chosen): a local
// preference of this workspace, not a review record.
func (s *Session) RejectOutcome(p *OutcomePair, k outcome.Link) error {
	id := ""
	if k.Best != nil {
		id = k.Best.Outcome.ID
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.store.SetRejectedLink(p.From.ID, p.To.ID, k.Pledge.ID, id, true); err != nil {
		return err
	}
	if p.Rejected == nil {
		p.Rejected = map[string]string{}
	}
	p.Rejected[k.Pledge.ID] = id
	return nil
}

// nextReport is the report of a's government a year later: by its id
// ("beijing-2025" → "beijing-2026"), else by the place and year the
// reports name (a file imported as "report-a" is still 河南 2025).
func (s *Session) nextReport(a *data.Report) (string, error) {
	infos, err := s.store.Reports()
	if err != nil {
		return "", err
	}
	ids := make([]string, len(infos))
	for i, ri := range infos {
		ids[i] = ri.ID
	}
	if to := outcome.NextReport(a.ID, ids); to != "" {
		if b, err := s.store.Report(to); err == nil && pairProblem(a, b) == nil {
			return to, nil
		}
	}
	place := parse.PlaceKey(a)
	for _, id := range ids {
		if id == a.ID || place == "" || a.Year == 0 {
			continue
		}
		b, err := s.store.Report(id)
		if err != nil {
			return "", err
		}
		if b.Year == a.Year+1 && parse.PlaceKey(b) == place && len(b.Outcomes()) > 0 {
			return id, nil
		}
	}
	return "", fmt.Errorf("%s: %w", a.ID, ErrNoNextReport)
}

// ErrNothingToAccept: the review says nothing of the pledge, so there is
// no outcome to record.
var ErrNothingToAccept = errors.New("the later report says nothing of this pledge: there is no outcome to accept")

// AcceptOutcome records a link as the local reviewer's own review of the
// pledge (evidence, suggested status) and progress values; they are signed,
// shared and merged like every review record of the reviewer.
func (s *Session) AcceptOutcome(p *OutcomePair, k outcome.Link) (data.Review, error) {
	if !k.Reported() {
		return data.Review{}, fmt.Errorf("%s: %w", k.Pledge.ID, ErrNothingToAccept)
	}
	if _, ok := p.Rejected[k.Pledge.ID]; ok {
		s.mu.RLock()
		err := s.store.SetRejectedLink(p.From.ID, p.To.ID, k.Pledge.ID, "", false)
		s.mu.RUnlock()
		if err != nil {
			return data.Review{}, err
		}
		delete(p.Rejected, k.Pledge.ID)
	}
	rv, err := s.MyReview(k.Pledge.ID)
	if err != nil {
		return data.Review{}, err
	}
	ups, err := s.newProgress(outcome.Accept(&rv, p.To, k))
	if err != nil {
		return data.Review{}, err
	}
	saved, err := s.SaveReview(rv)
	if err != nil {
		return data.Review{}, fmt.Errorf("accept the outcome of %s: %w", k.Pledge.ID, err)
	}
	p.accepted(k, saved)
	if len(ups) > 0 {
		if _, err := s.AddProgress(ups...); err != nil {
			return saved, fmt.Errorf("accept the figures of %s: %w", k.Pledge.ID, err)
		}
	}
	return saved, nil
}

// accepted puts k, as the reviewer accepted it, in place of the pledge's
// link.
func (p *OutcomePair) accepted(k outcome.Link, rv data.Review) {
	id, ok := outcome.Accepted(rv, p.To)
	if !ok {
		return
	}
	if p.Accepted == nil {
		p.Accepted = map[string]string{}
	}
	p.Accepted[k.Pledge.ID] = id
	for i := range p.Links {
		if p.Links[i].Pledge.ID == k.Pledge.ID {
			p.Links[i] = k
		}
	}
}

// newProgress drops the updates the reviewer already recorded (the same
// target, date and source): accepting a link twice adds nothing.
func (s *Session) newProgress(ups []data.ProgressUpdate) ([]data.ProgressUpdate, error) {
	if len(ups) == 0 {
		return nil, nil
	}
	s.mu.RLock()
	have, err := s.store.PledgeProgress(ups[0].PledgeID)
	s.mu.RUnlock()
	if err != nil {
		return nil, err
	}
	var out []data.ProgressUpdate
	for _, u := range ups {
		dup := false
		for _, h := range have {
			dup = dup || h.ReviewerID == s.Me().ID && h.Target == u.Target && h.AsOf == u.AsOf && h.Source.Link == u.Source.Link
		}
		if !dup {
			out = append(out, u)
		}
	}
	return out, nil
}

// addOutcomes puts into a review set what the next year's report says of
// each pledge, when that report is in the workspace.
// english words a text in English: its fallback, filled.
func english(_, fallback string, data ...any) string { return fill(fallback, data...) }

func (s *Session) addOutcomes(in *data.ReviewSet) error {
	pair, err := s.outcomes(in.Report.ID, "", false)
	if errors.Is(err, ErrNoNextReport) || errors.Is(err, ErrNoReview) {
		return nil
	}
	if err != nil {
		return err
	}
	in.Later = pair.To.ID
	in.Outcomes = make([]data.OutcomeRow, 0, len(pair.Links))
	for _, k := range pair.Links {
		row := data.OutcomeRow{PledgeID: k.Pledge.ID, Verdict: pair.Verdict(k), Arithmetic: k.Arithmetic, CarriedOver: k.CarriedOver,
			ArithmeticEn: arithwords.Line(english, k.Steps)}
		if row.Verdict == outcome.Rejected { // the reviewer's word: the sentence does not report on it
			row.Arithmetic, row.ArithmeticEn = "", ""
		} else if k.Best != nil {
			row.Outcome, row.Source = k.Best.Outcome.Text, outcome.Source(pair.To, k.Best.Outcome)
			row.SourceEn = arithwords.Source(english, pair.To, k.Best.Outcome)
		}
		in.Outcomes = append(in.Outcomes, row)
	}
	return nil
}
