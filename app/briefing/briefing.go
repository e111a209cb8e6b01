// Package briefing builds the PDF briefing pack a reviewer takes into a
// meeting, and the spreadsheet beside it: data in, bytes out. It never
// imports Fyne and never touches the disk.
//
// The PDF is laid out in two phases. Every section first turns its content
// into rows of known height (plan); a paginator then assigns every row a page
// and a position, so the contents page, the footer "共 M 页" and every link
// know their page numbers before anything is drawn; finally the rows are
// drawn in order with codeberg.org/go-pdf/fpdf (render). Text never goes
// through MultiCell or SplitText: it is sanitised and wrapped here, rune by
// rune, and printed one CellFormat per line.
package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"pledgereview/data"
)

// ErrEmptyScope is returned by Build when the chosen scope holds no pledge.
var ErrEmptyScope = errors.New("briefing: no pledge in the chosen scope")

// Input is everything a briefing pack shows. Build does not change it.
type Input struct {
	Report    *data.Report
	Rubric    data.Rubric
	Reviewers []data.Reviewer // every reviewer of the workspace, names resolved for display
	Me        string          // the local reviewer's id
	Reviews   []data.Review
	Workspace string    // the workspace's display name
	Generated time.Time // "today" for the pack: the cover date and what counts as overdue

	// Agreement holds the reviewer agreement figures of the sharing code.
	// nil means sharing is not in use, and the dashboard says so.
	Agreement []AgreementRow
	// Disputed lists the pledges the sharing code found disputed (optional).
	Disputed []DisputedPledge
	// Progress holds every reviewer's progress updates; Schedule the
	// workspace's settings of the schedule test (nil: the defaults).
	Progress []data.ProgressUpdate
	Schedule *data.ScheduleSettings
	// Outcomes says, pledge by pledge, what the next year's report of the
	// same government reports of it (nil: no such report in the workspace);
	// Later names that report.
	Outcomes []data.OutcomeRow
	Later    string
}

// StatusAgreement is the Criterion of the AgreementRow that holds the
// percent agreement on delivery status.
const StatusAgreement = "status"

// AgreementRow is the agreement of the reviewers on one rubric criterion
// (Krippendorff's alpha, ordinal and interval), or, when Criterion is
// StatusAgreement, their percent agreement on the delivery status. An OK flag
// that is false means the figure could not be computed (too few paired
// ratings) and is shown as a dash.
type AgreementRow struct {
	Criterion  string  // rubric criterion id, or StatusAgreement
	Label      string  // optional display label; the rubric's is used when empty
	Ordinal    float64 // alpha, ordinal metric
	OrdinalOK  bool
	Interval   float64 // alpha, interval metric
	IntervalOK bool
	Percent    float64 // percent agreement 0..100 (status row)
	PercentOK  bool
	Pairs      int // number of paired judgements behind the figure
}

// DisputedPledge is a pledge the reviewers disagree on.
type DisputedPledge struct {
	PledgeID string
	Spread   float64  // how much they disagree, e.g. the largest score gap
	Reasons  []string // short human-readable reasons
}

// ScopeKind says which pledges a pack holds.
type ScopeKind int

// Scope kinds.
const (
	ScopeAll     ScopeKind = iota // every pledge of the report
	ScopeFlagged                  // pledges flagged by an included reviewer
	ScopeChapter                  // the pledges of one chapter
	ScopeIDs                      // an explicit list of pledge ids ("the current filter")
)

// Scope chooses the pledges of a pack.
type Scope struct {
	Kind    ScopeKind
	Chapter int      // for ScopeChapter: the chapter number (1-based)
	IDs     []string // for ScopeIDs: the pledge ids, shown in report order
	Label   string   // optional description of the filter, shown on the cover
}

// ReviewerSet chooses whose reviews a pack shows.
type ReviewerSet int

// Reviewer sets.
const (
	ReviewersAll ReviewerSet = iota // every reviewer of the workspace
	ReviewersMe                     // only the local reviewer (Input.Me)
)

// Paper sizes accepted in Options.Paper.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// Kind says which pack Build makes.
type Kind int

// Kinds of pack.
const (
	KindFull    Kind = iota // the full pack: cover, dashboard, exceptions, a block per pledge, annex
	KindMeeting             // the meeting brief: at most four pages of what the meeting decides on
)

// Options are the choices of the export dialog or the brief sub-command.
type Options struct {
	Kind         Kind
	Scope        Scope
	Reviewers    ReviewerSet
	IncludeNotes bool
	Paper        string // PaperA4 (also when empty) or PaperLetter
	Language     Language
	// Progress, when set, is called from Build's goroutine as pledge blocks
	// are drawn (done ≤ total); the last call has done == total.
	Progress func(done, total int)
}

// Build lays out the briefing pack and returns the PDF bytes. It returns
// ErrEmptyScope when the scope holds no pledge. A panic inside the PDF
// library is recovered and returned as an error.
func Build(in Input, opt Options) (pdf []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			pdf = nil
			err = fmt.Errorf("briefing: PDF library failed: %v", r)
		}
	}()
	if in.Report == nil {
		return nil, errors.New("briefing: no report")
	}
	m, err := newModel(in, opt)
	if err != nil {
		return nil, err
	}
	d, err := newDoc(m)
	if err != nil {
		return nil, err
	}
	if opt.Kind == KindMeeting {
		d.planMeeting()
	} else {
		d.plan()
	}
	d.paginate()
	if err := d.render(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("briefing: write PDF: %w", err)
	}
	if opt.Progress != nil {
		opt.Progress(len(m.pledges), len(m.pledges))
	}
	return tagSubsetFont(buf.Bytes()), nil
}
