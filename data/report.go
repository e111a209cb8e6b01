// Package data holds the domain types of Pledge Review and the queries and
// statistics over them; the workspace file that keeps them is data/store.
package data

import (
	"fmt"
	"time"
)

// Report is one government work report split into chapters, headlines and
// pledges. Offsets are rune offsets into Source.
type Report struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Subtitle    string `json:"subtitle"`
	Year        int    `json:"year"`
	Fingerprint string `json:"fingerprint"`
	Preamble    string `json:"preamble,omitempty"`
	Byline      string `json:"byline,omitempty"`
	// Front matter of the genre: the 来源 line, the delivery line
	// ("——2025年1月14日在…上"), its date (YYYY-MM-DD) and the speaker.
	SourceLine string    `json:"source_line,omitempty"`
	Delivery   string    `json:"delivery,omitempty"`
	Delivered  string    `json:"delivered,omitempty"`
	Speaker    string    `json:"speaker,omitempty"`
	Chapters   []Chapter `json:"chapters"`
	// Glossary holds the terms of a 名词解释/注释 annex: reference text, not pledges.
	Glossary []GlossaryEntry `json:"glossary,omitempty"`
	// SetAside is what the importer kept out of the report (page numbers,
	// running headers, a licence footer), so that nothing is lost silently.
	SetAside []SetAside `json:"set_aside,omitempty"`
	// Format is the kind of file the report was read from: txt, docx, pdf, html.
	Format string `json:"format,omitempty"`
	// Corrections are the user's changes to the structure made before
	// import; parsing the same source with them gives the same report.
	Corrections []Correction `json:"corrections,omitempty"`
	// Bold are the stretches of Source a Word file set in bold inside a
	// longer paragraph: the run-in headings of a report written as one
	// paragraph. Kept so that parsing the source again cuts it the same way.
	Bold []Span `json:"bold,omitempty"`
	// YearFrom says where Year was read (one of the YearFrom… constants),
	// for the import preview to show.
	YearFrom string `json:"year_from,omitempty"`
	// Cut counts the sentences longer than a pledge may be (a text with no
	// 。 for pages) that the importer cut into pieces, each a pledge marked
	// Truncated; zero for every real report.
	Cut int `json:"cut,omitempty"`
	// Imported is when this version of the report was added to the
	// workspace (zero for reports added before it was kept).
	Imported time.Time `json:"imported,omitzero"`
	Source   string    `json:"-"`
}

// Span is a half-open range [Start, End) of rune offsets into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Where a report's year was read.
const (
	YearFromDelivery = "delivery"   // the delivery line "——2024年1月X日在…上"
	YearFromTitle    = "title"      // the title "2024年…政府工作报告"
	YearFromReview   = "review"     // a chapter "2023年工作回顾", plus one
	YearFromPlan     = "plan"       // a chapter "2024年工作安排"
	YearFromCount    = "most-named" // the year the text names most often
)

// Annex kinds of a chapter.
const (
	AnnexNone     = ""
	AnnexProjects = "projects" // a list of projects (民生实事): pledges, reviewable
	AnnexOther    = "other"
)

// GlossaryEntry is one term of a glossary annex with its explanation.
type GlossaryEntry struct {
	Term  string `json:"term"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// SetAside is a piece of the input kept out of the report, with why.
type SetAside struct {
	Text   string `json:"text"`
	Page   int    `json:"page,omitempty"`
	Reason string `json:"reason"`
}

// Reasons for setting text aside.
const (
	AsidePageNumber = "page-number"
	AsideHeader     = "running-header"
	AsideFooter     = "footer"
	AsideLicence    = "licence"
	AsideNavigation = "navigation"
	AsideFootnote   = "footnote-mark"
	AsideEmpty      = "empty"
	// AsideGlossaryHeading is the heading of a glossary annex ("附件2
	// 名词解释"), whose entries are in Report.Glossary.
	AsideGlossaryHeading = "glossary-heading"
	// AsideSalutation is a bare "各位代表！" inside the body: an address to
	// the audience, not a pledge.
	AsideSalutation = "salutation"
	// AsideProblems is the paragraph that closes a review on the problems
	// still seen ("同时，我们也清醒认识到…困难和问题"): neither an outcome
	// of the past period nor a pledge.
	AsideProblems = "review-problems"
	// AsideClosing is the report's closing appeal ("让我们…为…而努力奋斗！"):
	// words to the audience, no pledge.
	AsideClosing = "closing"
	// AsidePageJump is a newspaper's page-jump marker inside the text
	// ("（下转第四版）", "（紧接第一版）").
	AsidePageJump = "page-jump"
)

// Correction is one change to the structure the user makes in the import
// preview. Line is the 0-based index of the non-blank source line it
// applies to; Text is that line's text, so a correction that no longer
// matches its line is ignored rather than applied to another.
type Correction struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Make string `json:"make"`
}

// What a correction makes of its line.
const (
	MakeChapter  = "chapter"
	MakeHeadline = "headline"
	MakeBody     = "body"
	MakeJoinNext = "join-next" // the line and the next are one paragraph
	MakeAnnex    = "annex"     // the line starts an annex section
	// MakeReview and MakePlan settle what a chapter heading line (the whole
	// chapter) or a body line (its paragraph) is: a review of a past period,
	// whose sentences are reported outcomes, or the plan, whose sentences
	// are pledges.
	MakeReview = "review"
	MakePlan   = "plan"
)

// Chapter kinds: a plan chapter holds pledges; a review chapter ("2025年工作
// 回顾") holds reported outcomes only; a mixed chapter ("'十三五'时期发展成就
// 和'十四五'时期主要目标任务") opens with a review and goes on with the plan.
const (
	KindPlan   = ""
	KindReview = "review"
	KindMixed  = "mixed"
)

// Chapter is a top-level section. Pledges holds sentences that stand in the
// chapter before (or without) any headline; their headline number is 0.
type Chapter struct {
	N     int    `json:"n"`
	Title string `json:"title"`
	// Annex is AnnexNone for a chapter of the body; an annex after the body
	// (附件) keeps its pledges in a chapter of its own marked with its kind.
	Annex string `json:"annex,omitempty"`
	// Kind is KindPlan, KindReview or KindMixed.
	Kind      string     `json:"kind,omitempty"`
	Pledges   []Pledge   `json:"pledges"`
	Headlines []Headline `json:"headlines"`
	// Outcomes are the sentences of the chapter that report on a past
	// period: shown as context, never scored or counted as pledges.
	Outcomes []Pledge `json:"outcomes,omitempty"`
}

// Headline is a highlighted commitment line; it is itself the pledge with
// sentence number 0 and heads the sentences under it.
type Headline struct {
	N        int      `json:"n"`
	Title    string   `json:"title"`
	Pledges  []Pledge `json:"pledges"`
	Outcomes []Pledge `json:"outcomes,omitempty"`
}

// Pledge is a headline line or one sentence of the report. A Truncated one
// is not whole: a paragraph's last words with no full stop, or a piece of a
// sentence too long for one pledge (Report.Cut).
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

// Outcomes returns every reported outcome of the report (the sentences of
// its review chapters) in reading order. They are shaped like pledges, with
// their figures parsed like targets, and are never scored.
func (r *Report) Outcomes() []Pledge {
	var out []Pledge
	for _, c := range r.Chapters {
		out = append(out, c.Outcomes...)
		for _, h := range c.Headlines {
			out = append(out, h.Outcomes...)
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

// ReportInfo is what a report selector needs to show.
type ReportInfo struct {
	ID, Title   string
	Fingerprint string
	Pledges     int
}

// ReportSummary is what the list of a workspace's reports shows of one:
// what it is, how much it holds and how much work was done on it.
type ReportSummary struct {
	ReportInfo
	Year     int
	Place    string // the place the title names ("太原市"), "" when none
	Outcomes int    // sentences of review chapters (reported outcomes)
	Reviews  int    // every reviewer's reviews of its pledges
	Progress int    // progress updates of its pledges
	Imported time.Time
}
