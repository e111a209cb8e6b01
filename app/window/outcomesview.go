package window

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/arithwords"
	xwidget "pledgereview/app/internal/widget"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/outcome"
)

// outcomeSource is what the view of last year's pledges reads and calls.
type outcomeSource interface {
	Outcomes(from, to string) (*workspace.OutcomePair, error)
	AcceptOutcome(p *workspace.OutcomePair, k outcome.Link) (data.Review, error)
	RejectOutcome(p *workspace.OutcomePair, k outcome.Link) error
}

// Filters of the view.
const (
	outcomesAll         = ""
	outcomesNotReported = outcome.NotReported
	outcomesMissed      = outcome.Missed
	outcomesCarried     = "carried"
)

// Marks of a link the reviewer has handled in this window.
const (
	linkOpen     = ""
	linkAccepted = "accepted"
	linkRejected = "rejected"
)

// outcomesView is the window "上年承诺兑现 / Last year's pledges" for a pair
// of reports: each pledge of year N beside its best outcome in N+1's
// review, driven by keys: Enter accepts, Delete rejects, N shows the next
// candidate, ↑ ↓ move, 1–4 filter.
type outcomesView struct {
	src      outcomeSource
	win      fyne.Window
	pair     *workspace.OutcomePair
	onChange func() // the desk reads its reviews again after an accept
	filter   string
	rows     []int    // the links shown, by index into pair.Links
	shown    []int    // per link: the candidate shown (0 = the best)
	marks    []string // per link: linkOpen, linkAccepted or linkRejected
	cur      int      // position in rows

	list                *widget.List
	heading, counts     *widget.Label
	pledge, outcomeText *widget.RichText
	chip                *xwidget.Chip
	arithmetic, source  *messageLabel
	clauses, candidates *messageLabel
	state, help         *widget.Label
}

func newOutcomesView(a fyne.App, src outcomeSource, pair *workspace.OutcomePair, onChange func()) *outcomesView {
	v := &outcomesView{src: src, pair: pair, onChange: onChange,
		shown: make([]int, len(pair.Links)), marks: make([]string, len(pair.Links)),
		heading: widget.NewLabel(""), counts: widget.NewLabel(""), help: widget.NewLabel(""), state: widget.NewLabel(""),
		pledge: widget.NewRichText(), outcomeText: widget.NewRichText(), chip: newChip(theme.ColorNamePrimary),
		arithmetic: newTextLabel(""), source: newTextLabel(""), clauses: newTextLabel(""), candidates: newTextLabel("")}
	for i, k := range pair.Links {
		if pair.Rejects(k) {
			v.marks[i] = linkRejected
		}
	}
	v.win = a.NewWindow(fmt.Sprintf("%s · %s → %s", lang.X("outcomes.title", "Last year's pledges"), pair.From.ID, pair.To.ID))
	v.pledge.Wrapping, v.outcomeText.Wrapping = fyne.TextWrapBreak, fyne.TextWrapBreak
	v.heading.TextStyle = fyne.TextStyle{Bold: true}
	v.source.SizeName, v.clauses.SizeName, v.candidates.SizeName = theme.SizeNameCaptionText, theme.SizeNameCaptionText, theme.SizeNameCaptionText
	v.help.SetText(lang.X("outcomes.keys", "Enter accept · Delete reject · N next candidate · ↑ ↓ move · 1 all · 2 not reported · 3 missed · 4 carried over"))
	v.list = widget.NewList(func() int { return len(v.rows) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.rowLine(v.rows[i])) })
	v.list.OnSelected = func(i widget.ListItemID) { v.show(i) }
	side := container.NewVBox(v.heading, v.pledge, widget.NewSeparator(),
		container.NewHBox(v.chip, v.state), v.outcomeText, v.source, v.arithmetic, v.clauses, v.candidates)
	split := container.NewHSplit(v.list, container.NewVScroll(side))
	split.SetOffset(0.3)
	v.win.SetContent(container.NewBorder(v.counts, v.help, nil, nil, split))
	v.win.Canvas().SetOnTypedKey(v.onKey)
	v.win.Resize(fyne.NewSize(1180, 760))
	v.setFilter(outcomesAll)
	v.win.Show()
	return v
}

// setFilter shows the links the filter keeps, the first chosen.
func (v *outcomesView) setFilter(f string) {
	v.filter, v.rows, v.cur = f, v.rows[:0], 0
	for i, k := range v.pair.Links {
		if f == outcomesAll || f == outcomesCarried && k.CarriedOver != "" || k.Verdict == f {
			v.rows = append(v.rows, i)
		}
	}
	v.counts.SetText(v.countsLine())
	v.list.Refresh()
	if len(v.rows) > 0 {
		v.list.Select(0)
	}
	v.show(0)
}

func (v *outcomesView) countsLine() string {
	n := map[string]int{}
	carried := 0
	for _, k := range v.pair.Links {
		n[k.Verdict]++
		if k.CarriedOver != "" {
			carried++
		}
	}
	return lang.X("outcomes.counts", "met {{.Met}} · missed {{.Missed}} · reported done {{.Done}} · unclear {{.Unclear}} · not reported {{.None}} · carried over {{.Carried}} — showing {{.Shown}}",
		map[string]any{"Met": n[outcome.Met], "Missed": n[outcome.Missed], "Done": n[outcome.ReportedDone], "Unclear": n[outcome.Unclear],
			"None": n[outcome.NotReported], "Carried": carried, "Shown": len(v.rows)})
}

// rowLine is a pledge in the list: mark, verdict, id and its opening.
func (v *outcomesView) rowLine(i int) string {
	k := v.pair.Links[i]
	mark := map[string]string{linkOpen: "  ", linkAccepted: "√ ", linkRejected: "× "}[v.marks[i]]
	text := []rune(k.Pledge.Text)
	return fmt.Sprintf("%s%s  %s  %s", mark, outcomeVerdictLabel(k.Verdict), strings.TrimPrefix(k.Pledge.ID, v.pair.From.ID+"/"), string(text[:min(len(text), 16)]))
}

// link is the link at position pos with the candidate the reviewer shows.
func (v *outcomesView) link(pos int) (int, outcome.Link) {
	i := v.rows[pos]
	k := v.pair.Links[i]
	if c := v.shown[i]; c > 0 && c <= len(k.Candidates) {
		k = outcome.Choose(v.pair.To, k, k.Candidates[c-1])
	}
	return i, k
}

// show puts the link at position pos beside its pledge.
func (v *outcomesView) show(pos int) {
	if pos < 0 || pos >= len(v.rows) {
		v.heading.SetText(lang.X("outcomes.empty", "No pledge under this filter."))
		v.pledge.Segments, v.outcomeText.Segments = nil, nil
		v.pledge.Refresh()
		v.outcomeText.Refresh()
		return
	}
	v.cur = pos
	i, k := v.link(pos)
	v.heading.SetText(k.Pledge.ID)
	setHighlighted(v.pledge, k.Pledge.Text, quotes(k.Pledge.Targets))
	v.chip.SetColor(outcomeVerdictColor(k.Verdict))
	v.chip.Set(outcomeVerdictLabel(k.Verdict))
	v.state.SetText(v.stateLine(i, k))
	if k.Best == nil {
		setHighlighted(v.outcomeText, lang.X("outcomes.silent", "The review does not mention this pledge."), nil)
		v.source.SetMessage("")
	} else {
		setHighlighted(v.outcomeText, k.Best.Outcome.Text, quotes(k.Best.Outcome.Targets))
		v.source.SetMessage(fmt.Sprintf("%s · %s %.2f", arithwords.Source(lang.X, v.pair.To, k.Best.Outcome), lang.X("outcomes.score", "score"), k.Best.Score))
	}
	v.arithmetic.SetMessage(arithwords.Line(lang.X, k.Steps))
	v.clauses.SetMessage(clauseLines(k))
	v.candidates.SetMessage(lang.X("outcomes.candidates", "Candidate {{.N}} of {{.Of}} (N: next)", map[string]any{"N": v.shown[i] + 1, "Of": len(k.Candidates) + 1}))
	if k.Best == nil {
		v.candidates.SetMessage("")
		switch n := len(k.Candidates); {
		case n == 1:
			v.candidates.SetMessage(lang.X("outcomes.weak.one", "One sentence shares a few words with it, too few to stand as its outcome (N: show it)"))
		case n > 1:
			v.candidates.SetMessage(lang.X("outcomes.weak", "{{.N}} sentences share a few words with it, too few to stand as its outcome (N: show them)", map[string]any{"N": n}))
		}
	}
}

func (v *outcomesView) stateLine(i int, k outcome.Link) string {
	var parts []string
	if k.CarriedOver != "" {
		parts = append(parts, lang.X("outcomes.carried", "carried over to {{.ID}}", map[string]any{"ID": k.CarriedOver}))
	}
	switch v.marks[i] {
	case linkAccepted:
		parts = append(parts, lang.X("outcomes.accepted", "accepted: in my review as evidence"))
	case linkRejected:
		parts = append(parts, lang.X("outcomes.rejected", "rejected"))
	}
	return strings.Join(parts, " · ")
}

// onKey drives the view by keyboard alone.
func (v *outcomesView) onKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		v.onAccept()
	case fyne.KeyDelete, fyne.KeyBackspace:
		v.onReject()
	case fyne.KeyN:
		v.onNextCandidate()
	case fyne.KeyDown:
		v.move(1)
	case fyne.KeyUp:
		v.move(-1)
	case fyne.Key1:
		v.setFilter(outcomesAll)
	case fyne.Key2:
		v.setFilter(outcomesNotReported)
	case fyne.Key3:
		v.setFilter(outcomesMissed)
	case fyne.Key4:
		v.setFilter(outcomesCarried)
	}
}

func (v *outcomesView) move(by int) {
	if pos := v.cur + by; pos >= 0 && pos < len(v.rows) {
		v.list.Select(pos)
	}
}

// onAccept records the outcome shown as the reviewer's own review and
// moves to the next pledge.
func (v *outcomesView) onAccept() {
	if v.cur >= len(v.rows) {
		return
	}
	i, k := v.link(v.cur)
	if k.Best == nil && len(k.Targets) == 0 {
		return
	}
	if _, err := v.src.AcceptOutcome(v.pair, k); err != nil {
		showError(v.win, err)
		return
	}
	v.marks[i] = linkAccepted
	if v.onChange != nil {
		v.onChange()
	}
	v.list.RefreshItem(v.cur)
	v.show(v.cur)
	v.move(1)
}

// onReject sets the link aside: the workspace remembers it (a preference
// of this workspace, not a review record), nothing goes into my review.
func (v *outcomesView) onReject() {
	if v.cur >= len(v.rows) {
		return
	}
	i, k := v.link(v.cur)
	if err := v.src.RejectOutcome(v.pair, k); err != nil {
		showError(v.win, err)
		return
	}
	v.marks[i] = linkRejected
	v.list.RefreshItem(v.cur)
	v.show(v.cur)
	v.move(1)
}

// onNextCandidate shows the next candidate, back to the best after the last.
func (v *outcomesView) onNextCandidate() {
	if v.cur >= len(v.rows) {
		return
	}
	i := v.rows[v.cur]
	v.shown[i] = (v.shown[i] + 1) % (len(v.pair.Links[i].Candidates) + 1)
	v.marks[i] = linkOpen
	v.list.RefreshItem(v.cur)
	v.show(v.cur)
}

// clauseLines is one line per target clause: quote, verdict, arithmetic.
func clauseLines(k outcome.Link) string {
	var b strings.Builder
	for _, t := range k.Targets {
		fmt.Fprintf(&b, "· %s  %s  %s\n", strings.TrimRight(t.Quote, "；;，,。"), outcomeVerdictLabel(t.Verdict), arithwords.Line(lang.X, t.Steps))
	}
	return strings.TrimSpace(b.String())
}

func quotes(ts []data.Target) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Quote)
	}
	return out
}

// setHighlighted shows text with its figures in bold, in the primary
// colour.
func setHighlighted(rt *widget.RichText, text string, figures []string) {
	var segs []widget.RichTextSegment
	plain := widget.RichTextStyleInline
	strong := widget.RichTextStyleStrong
	strong.ColorName = theme.ColorNamePrimary
	for text != "" {
		at, q := -1, ""
		for _, f := range figures {
			if i := strings.Index(text, f); f != "" && i >= 0 && (at < 0 || i < at) {
				at, q = i, f
			}
		}
		if at < 0 {
			segs = append(segs, &widget.TextSegment{Text: text, Style: plain})
			break
		}
		if at > 0 {
			segs = append(segs, &widget.TextSegment{Text: text[:at], Style: plain})
		}
		segs = append(segs, &widget.TextSegment{Text: q, Style: strong})
		text = text[at+len(q):]
	}
	rt.Segments = segs
	rt.Refresh()
}

func outcomeVerdictLabel(v string) string {
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

func outcomeVerdictColor(v string) fyne.ThemeColorName {
	switch v {
	case outcome.Met, outcome.ReportedDone:
		return theme.ColorNameSuccess
	case outcome.Missed:
		return theme.ColorNameError
	case outcome.NotReported:
		return theme.ColorNameWarning
	}
	return theme.ColorNamePrimary
}
