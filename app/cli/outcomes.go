package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"pledgereview/app/internal/arithwords"
	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/outcome"
)

func init() {
	register("outcomes", "link last year's pledges to what the next report says of them", runOutcomes)
}

// outcomeJSON is an outcome sentence as `outcomes --json` prints it.
type outcomeJSON struct {
	ID    string  `json:"id"`
	Text  string  `json:"text"`
	Score float64 `json:"score"`
}

// targetJSON is one target clause of a pledge.
type targetJSON struct {
	Quote      string        `json:"quote"`
	Verdict    string        `json:"verdict"`
	Actual     string        `json:"actual"`
	Arithmetic string        `json:"arithmetic"`
	Outcome    *outcomeJSON  `json:"outcome"`
	Candidates []outcomeJSON `json:"candidates"`
}

// linkJSON is one pledge of FROM.
type linkJSON struct {
	Pledge      string        `json:"pledge"`
	Text        string        `json:"text"`
	Verdict     string        `json:"verdict"`
	CarriedOver bool          `json:"carried_over"`
	Target      string        `json:"target"`
	Actual      string        `json:"actual"`
	Arithmetic  string        `json:"arithmetic"`
	Outcome     *outcomeJSON  `json:"outcome"`
	Candidates  []outcomeJSON `json:"candidates"`
	Targets     []targetJSON  `json:"targets"`
	// Rejected: a reviewer rejected this link in the workspace.
	Rejected bool `json:"rejected"`
}

func runOutcomes(env Env, args []string) error {
	fs := newFlags(env, "outcomes", "--from REPORT [--to REPORT [--force]] [--json] [--accept]")
	from := fs.String("from", "", "the report whose pledges are followed up (year N)")
	to := fs.String("to", "", "the report whose review reports on them (year N+1; default: the same place a year later)")
	force := fs.Bool("force", false, "link --to although it is of another place or not of the next year")
	asJSON := fs.Bool("json", false, "print JSON")
	accept := fs.Bool("accept", false, "record every best outcome not rejected as my evidence, status and progress, as the window's Enter does")
	reject := fs.String("reject", "", "reject the link of this pledge (its id), as the window's Delete does: remembered in the workspace")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *from == "" || len(pos) > 0 {
		return usageErr("%s", lang.X("cli.outcomes.usage", "give --from REPORT (and --to REPORT when it is not the same place a year later)"))
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	pair, err := openPair(s, *from, *to, *force)
	if err != nil {
		return err
	}
	if *reject != "" {
		if err := rejectLink(s, pair, *reject); err != nil {
			return err
		}
	}
	if *accept {
		if err := acceptAll(env, s, pair); err != nil {
			return err
		}
	}
	if *asJSON {
		out := make([]linkJSON, 0, len(pair.Links))
		for _, k := range pair.Links {
			j := linkToJSON(k)
			j.Rejected = pair.Rejects(k)
			out = append(out, j)
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	printOutcomes(env, pair)
	return nil
}

// openPair links the pair, and says in the user's language what is
// wrong with a pair refused.
func openPair(s *workspace.Session, from, to string, force bool) (*workspace.OutcomePair, error) {
	open := s.Outcomes
	if force {
		open = s.OutcomesForced
	}
	pair, err := open(from, to)
	var p *workspace.PairProblem
	switch {
	case errors.Is(err, workspace.ErrNoNextReport):
		return nil, errors.New(lang.X("cli.outcomes.nonext", "{{.From}}: no report of the same government a year later is in the workspace; name it with --to REPORT (pledgereview report list shows the reports)", map[string]any{"From": from}))
	case errors.Is(err, data.ErrNotFound):
		missing := from
		if _, ferr := s.Report(from); ferr == nil {
			missing = to
		}
		return nil, errors.New(lang.X("cli.outcomes.notfound", "there is no report {{.ID}} in the workspace (pledgereview report list shows the reports)", map[string]any{"ID": missing}))
	case !errors.As(err, &p):
		return pair, err
	case p.Refused():
		return nil, errors.New(p.Say(lang.X))
	}
	return nil, errors.New(p.Say(lang.X) + lang.X("cli.outcomes.force", " (--force links them all the same)"))
}

// acceptAll records every link not rejected that has an outcome as mine.
func acceptAll(env Env, s *workspace.Session, pair *workspace.OutcomePair) error {
	n := 0
	for _, k := range pair.Links {
		if !k.Reported() || pair.Rejects(k) {
			continue
		}
		if _, err := s.AcceptOutcome(pair, k); err != nil {
			return err
		}
		n++
	}
	args := map[string]any{"N": n, "Name": s.Me().Name}
	if n == 1 {
		fmt.Fprintln(env.Stderr, lang.X("cli.outcomes.accepted.one", "1 link accepted into the review of {{.Name}}", args))
		return nil
	}
	fmt.Fprintln(env.Stderr, lang.X("cli.outcomes.accepted", "{{.N}} links accepted into the review of {{.Name}}", args))
	return nil
}

// rejectLink remembers that the link of pledge id is rejected.
func rejectLink(s *workspace.Session, pair *workspace.OutcomePair, id string) error {
	for _, k := range pair.Links {
		if k.Pledge.ID == id {
			return s.RejectOutcome(pair, k)
		}
	}
	return usageErr("%s", lang.X("cli.outcomes.nopledge", "{{.ID}} is no pledge of {{.Report}}", map[string]any{"ID": id, "Report": pair.From.ID}))
}

func linkToJSON(k outcome.Link) linkJSON {
	out := linkJSON{
		Pledge: k.Pledge.ID, Text: k.Pledge.Text, Verdict: k.Verdict, CarriedOver: k.CarriedOver != "",
		Target: k.Target, Actual: k.Actual, Arithmetic: k.Arithmetic,
		Outcome: candidateJSON(k.Best), Candidates: candidatesJSON(k.Candidates), Targets: []targetJSON{},
	}
	for _, t := range k.Targets {
		out.Targets = append(out.Targets, targetJSON{
			Quote: t.Quote, Verdict: t.Verdict, Actual: t.Actual, Arithmetic: t.Arithmetic,
			Outcome: candidateJSON(t.Best), Candidates: candidatesJSON(t.Candidates),
		})
	}
	return out
}

func candidateJSON(c *outcome.Candidate) *outcomeJSON {
	if c == nil {
		return nil
	}
	return &outcomeJSON{ID: c.Outcome.ID, Text: c.Outcome.Text, Score: c.Score}
}

func candidatesJSON(cs []outcome.Candidate) []outcomeJSON {
	out := make([]outcomeJSON, 0, len(cs))
	for i := range cs {
		out = append(out, *candidateJSON(&cs[i]))
	}
	return out
}

// verdictWord names a verdict in the user's language, as the window does.
func verdictWord(v string) string {
	switch v {
	case outcome.Met:
		return lang.X("outcomes.met", "met")
	case outcome.Missed:
		return lang.X("outcomes.missed", "missed")
	case outcome.ReportedDone:
		return lang.X("outcomes.done", "reported done")
	case outcome.Unclear:
		return lang.X("outcomes.unclear", "unclear")
	}
	return lang.X("outcomes.notreported", "not reported")
}

// printOutcomes writes per pledge its id and text, cut to the terminal's
// width, then its verdict, carried over, the arithmetic or the outcome's
// source, the target clauses under it; and the counts.
func printOutcomes(env Env, pair *workspace.OutcomePair) {
	width := columns(env.Stdout)
	for _, k := range pair.Links {
		fmt.Fprintf(env.Stdout, "%s  %s\n", k.Pledge.ID, cutToColumns(k.Pledge.Text, width-textColumns(k.Pledge.ID)-2))
		var b strings.Builder
		b.WriteString("    " + verdictWord(k.Verdict))
		if pair.Rejects(k) {
			b.WriteString("  " + lang.X("outcomes.rejected", "rejected"))
		}
		if k.CarriedOver != "" {
			b.WriteString("  " + lang.X("outcomes.carried", "carried over to {{.ID}}", map[string]any{"ID": k.CarriedOver}))
		}
		switch {
		case len(k.Steps) > 0 && len(k.Targets) == 0:
			b.WriteString("  " + arithwords.Line(lang.X, k.Steps))
		case k.Best != nil:
			b.WriteString("  " + arithwords.Source(lang.X, pair.To, k.Best.Outcome))
		}
		fmt.Fprintln(env.Stdout, b.String())
		for _, t := range k.Targets {
			line := fmt.Sprintf("    · %s  %s  %s", strings.TrimRight(t.Quote, "；;，,。"), verdictWord(t.Verdict), arithwords.Line(lang.X, t.Steps))
			fmt.Fprintln(env.Stdout, strings.TrimRight(line, " "))
		}
	}
	counts, carried := pair.Counts() // a rejected link counts as rejected only
	fmt.Fprintln(env.Stdout, lang.X("cli.outcomes.counts", "met {{.Met}}, missed {{.Missed}}, reported done {{.Done}}, unclear {{.Unclear}}, not reported {{.None}}, rejected {{.Rejected}}, carried over {{.Carried}}",
		map[string]any{"Met": counts[outcome.Met], "Missed": counts[outcome.Missed], "Done": counts[outcome.ReportedDone],
			"Unclear": counts[outcome.Unclear], "None": counts[outcome.NotReported], "Rejected": counts[outcome.Rejected], "Carried": carried}))
}
