package parse

import (
	"math"
	"strings"
	"testing"

	"pledgereview/data"
)

func mustParse(t testing.TB, text, id string) *data.Report {
	t.Helper()
	r, err := Parse(text, Options{ID: id})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

// checkInvariants holds for every successful parse: offsets slice the input
// back to each pledge's text, quotes are substrings of their pledge, ids
// match positions and the hints follow targets and deadline.
func checkInvariants(t testing.TB, input string, r *data.Report) {
	t.Helper()
	rs := []rune(input)
	for _, p := range allSentences(r) {
		if p.Start < 0 || p.End > len(rs) || p.Start >= p.End {
			t.Fatalf("%s: offsets [%d,%d) outside input of %d runes", p.ID, p.Start, p.End, len(rs))
		}
		if got := string(rs[p.Start:p.End]); got != p.Text {
			t.Fatalf("%s: input[%d:%d] = %q, text %q", p.ID, p.Start, p.End, got, p.Text)
		}
		if p.Text != strings.TrimFunc(p.Text, isSpace) {
			t.Fatalf("%s: text %q not trimmed", p.ID, p.Text)
		}
		if want := data.PledgeID(r.ID, p.Chapter, p.Headline, p.Sentence); p.ID != want {
			t.Fatalf("id %s, want %s", p.ID, want)
		}
		for _, tg := range p.Targets {
			if tg.Quote == "" || !strings.Contains(p.Text, tg.Quote) {
				t.Fatalf("%s: quote %q not in %q", p.ID, tg.Quote, p.Text)
			}
			if math.IsInf(tg.Value, 0) || math.IsNaN(tg.Value) {
				t.Fatalf("%s: value %v of %q cannot be stored", p.ID, tg.Value, tg.Quote)
			}
		}
		if p.Hints.Measurable != (len(p.Targets) > 0) || p.Hints.TimeBound != (p.Deadline != nil) {
			t.Fatalf("%s: hints %+v disagree with targets/deadline", p.ID, p.Hints)
		}
	}
}

// outline renders the sentences as "id|text" lines, "|~" marking truncated
// ones and "|outcome" the reported outcomes of a review.
func outline(r *data.Report) []string {
	var out []string
	outcome := map[string]bool{}
	for _, p := range r.Outcomes() {
		outcome[p.ID] = true
	}
	for _, p := range allSentences(r) {
		l := strings.TrimPrefix(p.ID, r.ID+"/") + "|" + p.Text
		if p.Truncated {
			l += "|~"
		}
		if outcome[p.ID] {
			l += "|outcome"
		}
		out = append(out, l)
	}
	return out
}

func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return
	}
	t.Errorf("got %d lines, want %d", len(got), len(want))
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("line %d:\n got  %q\n want %q", i, g, w)
		}
	}
}
