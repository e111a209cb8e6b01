// Package data holds the domain types of Pledge Review, the bbolt workspace
// that keeps them, and the queries and statistics over them.
package data

import "fmt"

// Report is one government work report split into chapters, headlines and
// pledges. Offsets are rune offsets into Source.
type Report struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	Subtitle    string    `json:"subtitle"`
	Year        int       `json:"year"`
	Fingerprint string    `json:"fingerprint"`
	Preamble    string    `json:"preamble,omitempty"`
	Byline      string    `json:"byline,omitempty"`
	Chapters    []Chapter `json:"chapters"`
	Source      string    `json:"-"`
}

// Chapter is a top-level section. Pledges holds sentences that stand in the
// chapter before (or without) any headline; their headline number is 0.
type Chapter struct {
	N         int        `json:"n"`
	Title     string     `json:"title"`
	Pledges   []Pledge   `json:"pledges"`
	Headlines []Headline `json:"headlines"`
}

// Headline is a highlighted commitment line; it is itself the pledge with
// sentence number 0 and heads the sentences under it.
type Headline struct {
	N       int      `json:"n"`
	Title   string   `json:"title"`
	Pledges []Pledge `json:"pledges"`
}

// Pledge is a headline line or one sentence of the report.
type Pledge struct {
	ID        string    `json:"id"`
	Chapter   int       `json:"chapter"`
	Headline  int       `json:"headline"`
	Sentence  int       `json:"sentence"`
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Truncated bool      `json:"truncated"`
	Targets   []Target  `json:"targets"`
	Deadline  *Deadline `json:"deadline"`
	Hints     Hints     `json:"hints"`
}

// IsHeadline reports whether the pledge is a headline line itself.
func (p *Pledge) IsHeadline() bool { return p.Headline > 0 && p.Sentence == 0 }

// Comparators of a target.
const (
	AtLeast = ">="
	AtMost  = "<="
	About   = "~"
	Exactly = "="
)

// Target is one quantity the government commits to.
type Target struct {
	Subject    string  `json:"subject"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Comparator string  `json:"comparator"`
	Quote      string  `json:"quote"`
}

// Deadline is the time words of a pledge and the date they mean (YYYY-MM-DD).
type Deadline struct {
	Raw string `json:"raw"`
	Due string `json:"due"`
}

// Hints are machine guesses shown beside a reviewer's scores, never a score.
type Hints struct {
	Measurable bool `json:"measurable"`
	TimeBound  bool `json:"time_bound"`
}

// PledgeID builds the stable id of a pledge: report/CC.HH.SS.
func PledgeID(reportID string, chapter, headline, sentence int) string {
	return fmt.Sprintf("%s/%02d.%02d.%02d", reportID, chapter, headline, sentence)
}

// Pledges returns every pledge of the report in reading order.
func (r *Report) Pledges() []Pledge {
	var out []Pledge
	for _, c := range r.Chapters {
		out = append(out, c.Pledges...)
		for _, h := range c.Headlines {
			out = append(out, h.Pledges...)
		}
	}
	return out
}

// Count returns the number of chapters, headlines and pledges.
func (r *Report) Count() (chapters, headlines, pledges int) {
	for _, c := range r.Chapters {
		headlines += len(c.Headlines)
		pledges += len(c.Pledges)
		for _, h := range c.Headlines {
			pledges += len(h.Pledges)
		}
	}
	return len(r.Chapters), headlines, pledges
}

// Chapter returns chapter n (1-based) or nil.
func (r *Report) Chapter(n int) *Chapter {
	for i := range r.Chapters {
		if r.Chapters[i].N == n {
			return &r.Chapters[i]
		}
	}
	return nil
}

// Headline returns headline h of chapter c or nil.
func (r *Report) Headline(c, h int) *Headline {
	ch := r.Chapter(c)
	if ch == nil {
		return nil
	}
	for i := range ch.Headlines {
		if ch.Headlines[i].N == h {
			return &ch.Headlines[i]
		}
	}
	return nil
}

// Pledge returns the pledge with the given id.
func (r *Report) Pledge(id string) (Pledge, bool) {
	for _, p := range r.Pledges() {
		if p.ID == id {
			return p, true
		}
	}
	return Pledge{}, false
}
