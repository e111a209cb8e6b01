package window

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// detailView shows the selected pledge in full: where it stands in the
// report, its text with targets and deadline highlighted, the targets and
// deadline found, and the machine hints.
type detailView struct {
	report   *data.Report
	where    *messageLabel // the chapter and headline: a headline's title wraps too
	id       *widget.Label
	text     *xwidget.WrappedText
	targets  *messageLabel
	deadline *messageLabel
	hints    *messageLabel
	glossary *messageLabel // the glossary terms the pledge uses
	changed  *messageLabel // the text reviewed, when an import changed it since
	lookAt   map[string]string
	context  *messageLabel  // a review chapter's outcomes, greyed
	hint     *messageLabel  // while no pledge is shown: why, and what to do
	clear    *widget.Button // ... and, when the filters empty the list, clears them
	empties  fyne.CanvasObject
	// head is the pledge itself, kept in view above the scroll; box is the
	// rest (targets, deadline, hints, glossary), scrolled with the form
	// under it, so that scoring by keyboard never scrolls the text away.
	head fyne.CanvasObject
	box  fyne.CanvasObject
	// column holds head and box; laid out again when another pledge is
	// shown, for the head to take the height of its text.
	column *fyne.Container

	empty   bool // no pledge shown
	noMatch bool // ... because the filters leave the list empty
}

// newDetailView shows pledges of report r; its button for a list that the
// filters leave empty calls clearFilters.
func newDetailView(r *data.Report, lookAt map[string]string, clearFilters func()) *detailView {
	dv := &detailView{report: r, where: newTextLabel(""), id: widget.NewLabel(""), text: xwidget.NewWrappedText(),
		targets: newTextLabel(""), deadline: newTextLabel(""), hints: newTextLabel(""), glossary: newTextLabel(""),
		changed: newMessageLabel(""), lookAt: lookAt, context: newContextLabel()}
	dv.changed.Importance = widget.WarningImportance
	dv.changed.Hide()
	dv.where.SizeName = theme.SizeNameCaptionText
	dv.id.SizeName = theme.SizeNameCaptionText
	dv.hints.SizeName = theme.SizeNameCaptionText
	dv.glossary.Hide()
	dv.hint = newTextLabel("")
	dv.hint.Alignment = fyne.TextAlignCenter
	dv.hint.SizeName = theme.SizeNameSubHeadingText
	dv.clear = widget.NewButtonWithIcon(lang.X("filter.clear", "Clear filters"), theme.ContentClearIcon(), clearFilters)
	dv.empties = container.NewVBox(widget.NewIcon(theme.InfoIcon()), dv.hint, container.NewCenter(dv.clear))
	dv.empties.Hide()
	dv.head = container.NewVBox(dv.empties, dv.where, dv.id, dv.text)
	dv.box = container.NewVBox(dv.context, dv.changed, dv.targets, dv.deadline, dv.hints, dv.glossary)
	return dv
}

// showEmpty shows no pledge, saying why: none is selected, or the filters
// leave the list empty.
func (dv *detailView) showEmpty(noneInList bool) {
	if noneInList {
		dv.hint.SetText(lang.X("detail.nomatch", "No pledge passes the filters. Clear them to see the pledges again."))
		dv.clear.Show()
	} else {
		dv.hint.SetText(lang.X("detail.none", "Select a pledge in the list."))
		dv.clear.Hide()
	}
	dv.empties.Show()
	dv.context.Hide()
	dv.empty, dv.noMatch = true, noneInList
	dv.where.SetText("")
	dv.id.SetText("")
	dv.text.SetSegments(nil)
	dv.targets.SetText("")
	dv.deadline.SetText("")
	dv.hints.SetText("")
	dv.glossary.Hide()
	dv.changed.Hide()
	dv.relayout()
}

// noteListEmpty updates the reason shown while no pledge is shown, when
// the list becomes empty or not.
func (dv *detailView) noteListEmpty(empty bool) {
	if dv.empty && dv.noMatch != empty {
		dv.showEmpty(empty)
	}
}

func (dv *detailView) show(p data.Pledge) {
	dv.empty = false
	dv.empties.Hide()
	dv.context.Hide()
	r := dv.report
	where := ""
	if c := r.Chapter(p.Chapter); c != nil {
		where = chapterTitle(c)
	}
	if h := r.Headline(p.Chapter, p.Headline); h != nil && !p.IsHeadline() {
		where += " › " + h.Title
	}
	dv.where.SetText(where)
	dv.id.SetText(p.ID)
	dv.showText(p)
	if old, ok := dv.lookAt[p.ID]; ok {
		if text, all := clip(old, maxDetailRunes); all > 0 {
			old = text + "…"
		}
		dv.changed.SetText(lang.X("detail.changed", "The text of this pledge changed after it was reviewed (a corrected version was imported): look at its reviews again. Text reviewed: {{.Old}}", map[string]any{"Old": old}))
		dv.changed.Show()
	} else {
		dv.changed.Hide()
	}
	var ts []string
	for _, t := range p.Targets {
		s := targetText(t)
		if t.Subject != "" {
			s = t.Subject + " " + s
		}
		ts = append(ts, s)
	}
	if len(ts) > 0 {
		dv.targets.SetText(lang.X("detail.targets", "Targets: {{.List}}", map[string]any{"List": strings.Join(ts, "；")}))
	} else {
		dv.targets.SetText(lang.X("detail.notargets", "Targets: none found"))
	}
	if p.Deadline != nil {
		dv.deadline.SetText(lang.X("detail.deadline", "Deadline: {{.Raw}} → {{.Due}}", map[string]any{"Raw": p.Deadline.Raw, "Due": p.Deadline.Due}))
	} else {
		dv.deadline.SetText(lang.X("detail.nodeadline", "Deadline: none found"))
	}
	dv.hints.SetText(lang.X("detail.hints", "Machine hints (not a score): measurable {{.M}} · time-bound {{.T}}",
		map[string]any{"M": yesNo(p.Hints.Measurable), "T": yesNo(p.Hints.TimeBound)}))
	dv.showGlossary(r.GlossaryFor(p.Text))
	dv.relayout()
}

// relayout lays the column out again for the head's new text, scrolled
// to its start.
func (dv *detailView) relayout() {
	if dv.column == nil {
		return
	}
	if l, ok := dv.column.Layout.(*headColumn); ok {
		l.head.ScrollToTop()
	}
	dv.column.Refresh()
}

// showText shows the pledge's text with its targets and deadline in
// colour, its first maxDetailRunes characters and its length when longer.
func (dv *detailView) showText(p data.Pledge) {
	text, all := clip(p.Text, maxDetailRunes)
	if all == 0 {
		dv.text.SetSegments(highlight(p))
		return
	}
	p.Text = text
	dv.text.SetSegments(append(highlight(p), clippedNote(all, maxDetailRunes)))
}

// showGlossary lists the report's glossary entries for the terms the
// pledge uses, under the pledge; nothing when it uses none.
func (dv *detailView) showGlossary(entries []data.GlossaryEntry) {
	if len(entries) == 0 {
		dv.glossary.Hide()
		return
	}
	lines := make([]string, len(entries))
	for i, g := range entries {
		lines[i] = g.Term + "：" + g.Text
	}
	dv.glossary.SetText(lang.X("detail.glossary", "Glossary\n{{.List}}", map[string]any{"List": strings.Join(lines, "\n")}))
	dv.glossary.Show()
}

func yesNo(b bool) string {
	if b {
		return lang.X("yes", "yes")
	}
	return lang.X("no", "no")
}

// highlight splits a pledge's text into segments with its targets' quotes
// and its deadline's words in their own colours.
func highlight(p data.Pledge) []*widget.TextSegment {
	type mark struct {
		start, end int
		color      fyne.ThemeColorName
	}
	var marks []mark
	add := func(quote string, c fyne.ThemeColorName) {
		if quote == "" {
			return
		}
		from := 0
		for {
			i := strings.Index(p.Text[from:], quote)
			if i < 0 {
				return
			}
			marks = append(marks, mark{from + i, from + i + len(quote), c})
			from += i + len(quote)
		}
	}
	for _, t := range p.Targets {
		add(t.Quote, colorTarget)
	}
	if p.Deadline != nil {
		add(p.Deadline.Raw, colorDeadline)
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	var segs []*widget.TextSegment
	plain := func(s string) {
		if s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameSubHeadingText}})
		}
	}
	pos := 0
	for _, m := range marks {
		if m.start < pos {
			continue // overlaps an earlier mark
		}
		plain(p.Text[pos:m.start])
		segs = append(segs, &widget.TextSegment{Text: p.Text[m.start:m.end], Style: widget.RichTextStyle{
			Inline: true, ColorName: m.color, SizeName: theme.SizeNameSubHeadingText, TextStyle: strongStyle}})
		pos = m.end
	}
	plain(p.Text[pos:])
	return segs
}
