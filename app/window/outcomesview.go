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
	outcomesRejected    = outcome.Rejected
)

// outcomesView is the window "上年承诺兑现 / Last year's pledges" for a pair
// of reports: each pledge of year N beside its best outcome in N+1's
// review, driven by keys: Enter accepts, Delete rejects, N shows the next
// candidate, ↑ ↓ move, 1–5 filter, Esc closes it.
type outcomesView struct {
	src      outcomeSource
	win      fyne.Window
	pair     *workspace.OutcomePair
	onChange func() // the desk reads its reviews again after an accept
	filter   string
	rows     []int // the links shown, by index into pair.Links
	shown    []int // per link: the choice shown, by index into choices
	cur      int   // position in rows

	list                *widget.List
	heading, counts     *widget.Label
	pledge, outcomeText *xwidget.WrappedText
	chip                *xwidget.Chip
	arithmetic, source  *messageLabel
	clauses, candidates *messageLabel
	state, help         *widget.Label
	detail              *container.Scroll
}

func newOutcomesView(a fyne.App, src outcomeSource, pair *workspace.OutcomePair, onChange func()) *outcomesView {
	v := &outcomesView{src: src, pair: pair, onChange: onChange, shown: make([]int, len(pair.Links)),
		heading: widget.NewLabel(""), counts: widget.NewLabel(""), help: widget.NewLabel(""), state: widget.NewLabel(""),
		pledge: xwidget.NewWrappedText(), outcomeText: xwidget.NewWrappedText(), chip: newChip(theme.ColorNamePrimary),
		arithmetic: newTextLabel(""), source: newTextLabel(""), clauses: newTextLabel(""), candidates: newTextLabel("")}
	for i, k := range pair.Links {
		if k.Best != nil { // the outcome the reviewer accepted, else the best
			v.shown[i] = max(0, choiceOf(v.choices(i), k.Best.Outcome.ID))
		}
	}
	v.win = a.NewWindow(fmt.Sprintf("%s · %s → %s", lang.X("outcomes.title", "Last year's pledges"), pair.From.ID, pair.To.ID))
	v.heading.TextStyle = fyne.TextStyle{Bold: true}
	v.candidates.SizeName = theme.SizeNameCaptionText
	v.help.SetText(lang.X("outcomes.keys", "Enter accept · Delete reject · N next candidate · ↑ ↓ move · 1 all · 2 not reported · 3 missed · 4 carried over · 5 rejected · Esc close"))
	v.list = widget.NewList(func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis // a row too long ends with "…", never mid-character
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.rowLine(v.rows[i])) })
	v.list.OnSelected = func(i widget.ListItemID) { v.show(i) }
	side := container.NewVBox(v.heading, v.pledge, widget.NewSeparator(),
		container.NewHBox(v.chip, v.state), v.outcomeText, v.source, v.arithmetic, v.clauses, v.candidates)
	v.detail = container.NewVScroll(side)
	split := container.NewHSplit(v.list, v.detail)
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
		if f == outcomesAll || f == outcomesCarried && k.CarriedOver != "" || v.pair.Verdict(k) == f {
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
	n, carried := v.pair.Counts() // a rejected link counts as rejected only
	return lang.X("outcomes.counts", "met {{.Met}} · missed {{.Missed}} · reported done {{.Done}} · unclear {{.Unclear}} · not reported {{.None}} · rejected {{.Rejected}} · carried over {{.Carried}} — showing {{.Shown}}",
		map[string]any{"Met": n[outcome.Met], "Missed": n[outcome.Missed], "Done": n[outcome.ReportedDone], "Unclear": n[outcome.Unclear],
			"None": n[outcome.NotReported], "Rejected": n[outcome.Rejected], "Carried": carried, "Shown": len(v.rows)})
}

// rowLine is a pledge in the list: mark, verdict, id and its opening, on
// one line (the list's label ends it with "…" where the column does). The
// mark and verdict are what the workspace holds, whichever candidate the
// pane shows.
func (v *outcomesView) rowLine(i int) string {
	k := v.pair.Links[i]
	mark := "  "
	switch {
	case v.pair.Rejects(k):
		mark = "× "
	case v.pair.Accepts(k):
		mark = "√ "
	}
	text := []rune(oneLine(k.Pledge.Text))
	return fmt.Sprintf("%s%s  %s  %s", mark, outcomeVerdictLabel(v.pair.Verdict(k)), strings.TrimPrefix(k.Pledge.ID, v.pair.From.ID+"/"), string(text[:min(len(text), 60)]))
}

// choices is what N steps through for link i, in the linker's order: its
// best outcome (nil when the review does not mention the pledge), then
// the candidates; a sentence the reviewer accepted that the linker no
// longer offers comes last.
func (v *outcomesView) choices(i int) []*outcome.Candidate {
	l := v.pair.Linked[i]
	out := []*outcome.Candidate{l.Best}
	for j := range l.Candidates {
		out = append(out, &l.Candidates[j])
	}
	if b := v.pair.Links[i].Best; b != nil && choiceOf(out, b.Outcome.ID) < 0 {
		out = append(out, b)
	}
	return out
}

// choiceOf is the index of outcome id among choices ("" for none), -1 if
// it is not one of them.
func choiceOf(choices []*outcome.Candidate, id string) int {
	for n, c := range choices {
		if c == nil && id == "" || c != nil && c.Outcome.ID == id {
			return n
		}
	}
	return -1
}

// link is the link at position pos with the choice the pane shows: the
// pair's own link when it shows the outcome the pair holds.
func (v *outcomesView) link(pos int) (int, outcome.Link) {
	i := v.rows[pos]
	k := v.pair.Links[i]
	c := v.choices(i)[v.shown[i]]
	switch {
	case c == nil && k.Best == nil, c != nil && k.Best != nil && c.Outcome.ID == k.Best.Outcome.ID:
		return i, k
	case c == v.pair.Linked[i].Best:
		// the linker's own best, judged as it judged it (the headline's
		// context, its candidates), not chosen again
		return i, v.pair.Linked[i]
	}
	return i, outcome.Choose(v.pair.To, v.pair.Linked[i], *c)
}

// verdict is the verdict the pane shows for k, link i as shown:
// "rejected" when it shows the outcome the reviewer rejected.
func (v *outcomesView) verdict(i int, k outcome.Link) string {
	if r, ok := v.rejected(i); ok && r == v.shown[i] {
		return outcome.Rejected
	}
	return k.Verdict
}

// rejected is the choice of link i the reviewer rejected while the
// rejection stands (-1 for a sentence no longer among the choices).
func (v *outcomesView) rejected(i int) (int, bool) {
	k := v.pair.Links[i]
	if !v.pair.Rejects(k) {
		return 0, false
	}
	return choiceOf(v.choices(i), v.pair.Rejected[k.Pledge.ID]), true
}

// accepted is the choice of link i the local reviewer accepted while it
// stands: the pair holds the link accepted as Links[i].
func (v *outcomesView) accepted(i int) (int, bool) {
	k := v.pair.Links[i]
	if !v.pair.Accepts(k) {
		return 0, false
	}
	id := ""
	if k.Best != nil {
		id = k.Best.Outcome.ID
	}
	return choiceOf(v.choices(i), id), true
}

// show puts the link at position pos beside its pledge.
func (v *outcomesView) show(pos int) {
	if pos < 0 || pos >= len(v.rows) {
		v.heading.SetText(lang.X("outcomes.empty", "No pledge under this filter."))
		v.pledge.SetSegments(nil)
		v.outcomeText.SetSegments(nil)
		v.relayout()
		return
	}
	v.cur = pos
	i, k := v.link(pos)
	v.heading.SetText(k.Pledge.ID)
	setHighlighted(v.pledge, k.Pledge.Text, quotes(k.Pledge.Targets))
	v.chip.SetColor(outcomeVerdictColor(v.verdict(i, k)))
	v.chip.Set(outcomeVerdictLabel(v.verdict(i, k)))
	v.state.SetText(v.stateLine(i, k))
	source, candidates := "", lang.X("outcomes.candidates", "Candidate {{.N}} of {{.Of}} (N: next)", map[string]any{"N": v.shown[i] + 1, "Of": len(v.choices(i))})
	if k.Best == nil {
		setHighlighted(v.outcomeText, lang.X("outcomes.silent", "The review does not mention this pledge."), nil)
		switch n := len(k.Candidates); {
		case n == 0:
			candidates = ""
		case n == 1:
			candidates = lang.X("outcomes.weak.one", "One sentence shares a few words with it, too few to stand as its outcome (N: show it)")
		default:
			candidates = lang.X("outcomes.weak", "{{.N}} sentences share a few words with it, too few to stand as its outcome (N: show them)", map[string]any{"N": n})
		}
	} else {
		setHighlighted(v.outcomeText, k.Best.Outcome.Text, quotes(k.Best.Outcome.Targets))
		source = fmt.Sprintf("%s · %s %.2f", arithwords.Source(lang.X, v.pair.To, k.Best.Outcome), lang.X("outcomes.score", "score"), k.Best.Score)
	}
	setShown(v.source, source)
	setShown(v.arithmetic, arithwords.Line(lang.X, k.Steps))
	setShown(v.clauses, clauseLines(v.pair.To, k))
	setShown(v.candidates, candidates)
	v.relayout()
}

// setShown shows msg in l, and hides l when there is none: an empty label
// would still take a line of the detail.
func setShown(l *messageLabel, msg string) {
	l.SetMessage(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// relayout lays the detail out again for the text it shows now: a long
// pledge shown before must not leave its height behind.
func (v *outcomesView) relayout() {
	if v.detail != nil {
		v.detail.Refresh()
	}
}

// stateLine says what the workspace holds of link i: carried over, and
// the candidate accepted or rejected, by its number when the pane shows
// another.
func (v *outcomesView) stateLine(i int, k outcome.Link) string {
	var parts []string
	if k.CarriedOver != "" {
		parts = append(parts, lang.X("outcomes.carried", "carried over to {{.ID}}", map[string]any{"ID": k.CarriedOver}))
	}
	if n, ok := v.rejected(i); ok && (n == v.shown[i] || n < 0) {
		parts = append(parts, lang.X("outcomes.rejected", "rejected"))
	} else if ok {
		parts = append(parts, lang.X("outcomes.rejected.other", "candidate {{.N}} rejected", map[string]any{"N": n + 1}))
	}
	if n, ok := v.accepted(i); ok && (n == v.shown[i] || n < 0) {
		parts = append(parts, lang.X("outcomes.accepted", "accepted: in my review as evidence"))
	} else if ok {
		parts = append(parts, lang.X("outcomes.accepted.other", "candidate {{.N}} accepted: in my review as evidence", map[string]any{"N": n + 1}))
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
	case fyne.Key5:
		v.setFilter(outcomesRejected)
	case fyne.KeyEscape: // as it closes the dialogs and the progress window
		v.win.Close()
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
	_, k := v.link(v.cur)
	if !k.Reported() {
		return // nothing to accept: the review says nothing of it
	}
	if _, err := v.src.AcceptOutcome(v.pair, k); err != nil {
		showError(v.win, err)
		return
	}
	if v.onChange != nil {
		v.onChange()
	}
	v.counts.SetText(v.countsLine())
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
	_, k := v.link(v.cur)
	if err := v.src.RejectOutcome(v.pair, k); err != nil {
		showError(v.win, err)
		return
	}
	v.counts.SetText(v.countsLine())
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
	v.shown[i] = (v.shown[i] + 1) % len(v.choices(i))
	v.show(v.cur)
}

// clauseLines is one line per target clause: quote, verdict, arithmetic
// and the sentence of later its figure came from, in brackets of the
// interface's language ("→ met (sentence 2)", "→ 达到（第2句）").
func clauseLines(later *data.Report, k outcome.Link) string {
	var b strings.Builder
	for _, t := range k.Targets {
		arithmetic := arithwords.Line(lang.X, t.Steps)
		if t.Best != nil {
			arithmetic = lang.X("outcomes.clause.where", "{{.Arithmetic}} ({{.Where}})",
				map[string]any{"Arithmetic": arithmetic, "Where": sentenceOf(later, k, t.Best.Outcome)})
		}
		fmt.Fprintf(&b, "· %s  %s  %s\n", strings.TrimRight(t.Quote, "；;，,。"), outcomeVerdictLabel(t.Verdict), strings.TrimSpace(arithmetic))
	}
	return strings.TrimSpace(b.String())
}

// sentenceOf names the sentence o of later as briefly as it can be found:
// "第207句" in the part of the pledge's best outcome, else with its part
// and report.
func sentenceOf(later *data.Report, k outcome.Link, o data.Pledge) string {
	if k.Best != nil && k.Best.Outcome.Chapter == o.Chapter {
		_, _, n := outcome.SourceAt(later, o)
		return lang.X("outcomes.sentence", "sentence {{.N}}", map[string]any{"N": n})
	}
	return arithwords.Source(lang.X, later, o)
}

func quotes(ts []data.Target) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Quote)
	}
	return out
}

// setHighlighted shows text with its figures in bold, in the primary
// colour, wrapped by character as Chinese is.
func setHighlighted(rt *xwidget.WrappedText, text string, figures []string) {
	var segs []*widget.TextSegment
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
	rt.SetSegments(segs)
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
	case outcome.Rejected:
		return lang.X("outcomes.rejected", "rejected")
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
	case outcome.Rejected:
		return theme.ColorNameDisabled
	}
	return theme.ColorNamePrimary
}
