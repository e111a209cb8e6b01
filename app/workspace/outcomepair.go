package workspace

import (
	"strings"
	"text/template"

	"pledgereview/data"
	"pledgereview/data/parse"
)

// What can be wrong with a pair of reports whose first one's pledges are
// followed up in the second one's review.
const (
	PairSame      = "same"        // the two are one report
	PairBackwards = "backwards"   // the second is not later than the first
	PairElsewhere = "other-place" // the two name different places
	PairNotNext   = "not-next"    // the second is not of the next year
)

// PairSide is one report of a pair as the reviewer knows it.
type PairSide struct {
	ID, Place string // Place as the report names it ("甘肃省"), "" when it names none
	Year      int    // 0 when not known
}

// PairProblem says why two reports make no plausible pair. A pair of one
// report with itself or with an older one is refused; one of two places
// or years apart is linked only when the reviewer insists (see
// OutcomesForced), as the figures of one would be judged against the
// other's.
type PairProblem struct {
	Kind     string
	From, To PairSide
}

func (p *PairProblem) Error() string {
	return p.Say(english)
}

// Refused tells whether no insisting links the pair.
func (p *PairProblem) Refused() bool { return p.Kind == PairSame || p.Kind == PairBackwards }

// Say words the problem in the user's language: x is lang.X of the
// window or of the CLI.
func (p *PairProblem) Say(x func(key, fallback string, data ...any) string) string {
	args := map[string]any{"From": p.From.ID, "To": p.To.ID, "FromPlace": p.From.Place, "ToPlace": p.To.Place,
		"FromYear": p.From.Year, "ToYear": p.To.Year}
	switch p.Kind {
	case PairSame:
		return x("outcomes.pair.same", "{{.From}} cannot be followed up in itself: choose the next year's report", args)
	case PairBackwards:
		return x("outcomes.pair.backwards", "{{.To}} ({{.ToYear}}) is not later than {{.From}} ({{.FromYear}}): the second report must be the next year's", args)
	case PairElsewhere:
		return x("outcomes.pair.place", "{{.From}} is of {{.FromPlace}}, {{.To}} of {{.ToPlace}}: the pledges of one place would be judged against another's figures", args)
	}
	return x("outcomes.pair.year", "{{.From}} is of {{.FromYear}}, {{.To}} of {{.ToYear}}: the second report is not the next year's", args)
}

// CheckPair tells what, if anything, is wrong with following up the
// pledges of report from in the review of report to: nil for a plausible
// pair (the same place, or one not named, a year later, or a year not
// known).
func (s *Session) CheckPair(from, to string) (*PairProblem, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, err := s.store.Report(from)
	if err != nil {
		return nil, err
	}
	b, err := s.store.Report(to)
	if err != nil {
		return nil, err
	}
	return pairProblem(a, b), nil
}

func pairProblem(a, b *data.Report) *PairProblem {
	p := &PairProblem{From: pairSide(a), To: pairSide(b)}
	known := a.Year > 0 && b.Year > 0
	ka, kb := parse.PlaceKey(a), parse.PlaceKey(b)
	switch {
	case a.ID == b.ID || a.Fingerprint != "" && a.Fingerprint == b.Fingerprint:
		p.Kind = PairSame
	case known && b.Year <= a.Year:
		p.Kind = PairBackwards
	case ka != "" && kb != "" && ka != kb:
		p.Kind = PairElsewhere
	case known && b.Year != a.Year+1:
		p.Kind = PairNotNext
	default:
		return nil
	}
	return p
}

func pairSide(r *data.Report) PairSide {
	place := parse.PlaceOf(r)
	if place == "" {
		place = parse.PlaceKey(r)
	}
	return PairSide{ID: r.ID, Place: place, Year: r.Year}
}

// fill fills a text's {{.Name}} fields from the one map in data, as lang.X
// does with its fallback.
func fill(text string, data ...any) string {
	t, err := template.New("").Option("missingkey=error").Parse(text)
	if err != nil || len(data) == 0 {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, data[0]); err != nil {
		return text
	}
	return b.String()
}

// PlausiblePair proposes two reports of the workspace to link: prefer's
// next report when it has one, else the first pair of one place and two
// years in a row whose later report has a review; "", "" when there is
// none.
func (s *Session) PlausiblePair(prefer string) (from, to string, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	infos, err := s.store.Reports()
	if err != nil {
		return "", "", err
	}
	reports := make([]*data.Report, 0, len(infos))
	for _, ri := range infos {
		r, err := s.store.Report(ri.ID)
		if err != nil {
			return "", "", err
		}
		reports = append(reports, r)
	}
	var found [2]string
	for _, a := range reports {
		for _, b := range reports {
			if a.Year == 0 || b.Year == 0 || len(b.Outcomes()) == 0 || pairProblem(a, b) != nil {
				continue
			}
			if a.ID == prefer {
				return a.ID, b.ID, nil
			}
			if found[0] == "" {
				found = [2]string{a.ID, b.ID}
			}
		}
	}
	return found[0], found[1], nil
}
