package window

import (
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// saveDelay is how long typing pauses before a text field is saved; focus
// loss, another selection and closing the window save at once.
const saveDelay = 400 * time.Millisecond

// evidencePause is how long an evidence entry waits after the last typing
// in, or move between, its fields before it is saved: long enough to go
// from its text to its link and date, so that one edit of an entry makes
// one history entry, not one per field.
const evidencePause = 3 * time.Second

// reviewForm is my review of the selected pledge. Every change is saved at
// once through its source; there is no Save button.
type reviewForm struct {
	src      formSource
	crits    []*criterionRow
	focus    int
	status   *widget.Select
	statusMk *canvas.Rectangle
	def      *messageLabel
	lead     *xwidget.FormEntry
	tags     *xwidget.FormEntry
	flag     *widget.Check
	note     *xwidget.FormEntry
	evidence *evidenceList
	history  *historyView
	box      fyne.CanvasObject
	body     fyne.CanvasObject
	scroll   *container.Scroll // the scroll of the right side, which holds the form

	rv      data.Review
	loaded  bool
	loading bool         // widgets are being filled from a review: do not save
	dirty   bool         // text typed and not yet saved
	editing *evidenceRow // the evidence entry whose edit waits to be saved

	cancel func() bool // stops the pending save of typed text
	gen    int         // which pending save is the current one
}

// formSource is what the review form needs of the desk: where a review is
// saved, where slow reads run, and the focus to give up after a choice.
type formSource interface {
	// save stores a review and returns what was stored; false when it
	// failed, which the desk has said.
	save(rv data.Review) (data.Review, bool)
	// readForForm runs the form's own reads off the UI goroutine.
	readForForm(work func() error, show func(error))
	unfocus()
	// after runs f on the UI goroutine after d and returns what stops it.
	after(d time.Duration, f func()) (stop func() bool)
}

// newReviewForm scores on the criteria of rb; readHistory reads the changes
// to my review of a pledge (off the UI goroutine).
func newReviewForm(rb data.Rubric, src formSource, readHistory func(pledgeID string) ([]data.HistoryEntry, error)) *reviewForm {
	f := &reviewForm{src: src}
	for i := range rb.Criteria {
		f.crits = append(f.crits, newCriterionRow(f, i, &rb.Criteria[i]))
	}
	var opts []string
	for _, si := range data.Statuses {
		opts = append(opts, statusLabel(si.ID))
	}
	f.status = widget.NewSelect(opts, f.onStatusChanged)
	f.statusMk = canvas.NewRectangle(color.Transparent)
	f.statusMk.SetMinSize(fyne.NewSize(14, 14))
	f.statusMk.CornerRadius = 7
	f.def = newTextLabel("")
	f.def.SizeName = theme.SizeNameCaptionText
	f.lead = xwidget.NewFormEntry(false, f.onTextChanged, f.flushOnBlur)
	f.lead.SetPlaceHolder(lang.X("form.lead.hint", "e.g. 市发改委"))
	f.tags = xwidget.NewFormEntry(false, f.onTextChanged, f.flushOnBlur)
	f.tags.SetPlaceHolder(lang.X("form.tags.hint", "separated by commas"))
	f.flag = widget.NewCheck(lang.X("form.flag", "Flag for discussion"), f.onFlagChanged)
	f.note = xwidget.NewFormEntry(true, f.onTextChanged, f.flushOnBlur)
	f.note.SetMinRowsVisible(4)
	f.note.SetPlaceHolder(lang.X("form.note.hint", "Your note on this pledge"))
	f.evidence = newEvidenceList(f)
	f.history = newHistoryView(rb, readHistory, src.readForForm, f.relayout)

	scores := container.NewVBox()
	for _, c := range f.crits {
		scores.Add(c.box)
	}
	fields := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.X("form.status", "Delivery status")), container.NewBorder(nil, nil, container.NewCenter(f.statusMk), nil, f.status),
		layout.NewSpacer(), f.def,
		widget.NewLabel(lang.X("form.lead", "Lead unit")), f.lead,
		widget.NewLabel(lang.X("form.tags", "Tags")), f.tags,
		layout.NewSpacer(), f.flag,
		widget.NewLabel(lang.X("form.note", "Note")), f.note,
	)
	title := widget.NewLabelWithStyle(lang.X("form.title", "My review"), fyne.TextAlignLeading, strongStyle)
	title.SizeName = theme.SizeNameSubHeadingText
	hint := newTextLabel(lang.X("form.saved.hint", "Every change is saved at once. Keys 0–4 score the marked criterion; ←/→ move the mark; Delete clears it."))
	hint.SizeName = theme.SizeNameCaptionText
	f.body = container.NewVBox(title, hint, scores, widget.NewSeparator(), fields, f.evidence.box, widget.NewSeparator(), f.history.box)
	f.box = container.NewStack(f.body)
	f.setFocus(0)
	return f
}

// load fills the form with my review of a pledge.
func (f *reviewForm) load(p data.Pledge, rv data.Review) {
	f.loading = true
	defer func() { f.loading = false }()
	f.stopTimer()
	if p.ID != f.rv.PledgeID || !f.loaded {
		f.setFocus(0) // a new pledge: the keys score its first criterion
	}
	f.rv = rv.Clone()
	f.loaded = true
	f.dirty, f.editing = false, nil
	for _, c := range f.crits {
		c.show()
	}
	f.showStatus()
	f.lead.SetText(rv.LeadUnit)
	f.tags.SetText(strings.Join(rv.Tags, ", "))
	f.flag.SetChecked(rv.Flag)
	f.note.SetText(rv.Note)
	f.evidence.load(rv.Evidence)
	f.history.show(p.ID)
	f.body.Show()
	f.relayout()
}

func (f *reviewForm) clear() {
	f.loaded = false
	f.body.Hide()
	f.relayout()
}

// withScrollBarRoom keeps the right edge of o free for the scroll bar,
// which is drawn over the content and widens under the mouse: without the
// room it covers the buttons at the right edge (Add evidence).
func withScrollBarRoom(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedLayout(0, 0, 0, theme.ScrollBarSize()), o)
}

// relayout fits the right side's scroll to what it now holds: the scroll
// does not notice its content growing (another pledge, evidence added, a
// longer history), and the lower part of the form would stay out of reach.
func (f *reviewForm) relayout() {
	if f.scroll != nil {
		f.scroll.Refresh()
	}
}

func (f *reviewForm) showStatus() {
	st := f.rv.Status.OrNotRated()
	was := f.loading
	f.loading = true
	if i := statusPos(st); i != f.status.SelectedIndex() {
		f.status.SetSelectedIndex(i)
	}
	f.loading = was
	f.statusMk.FillColor = statusColor(st)
	f.statusMk.Refresh()
	f.def.SetText(statusDefinition(st))
}

func statusPos(s data.Status) int {
	for i, si := range data.Statuses {
		if si.ID == s {
			return i
		}
	}
	return 0
}

// commit saves the form's review and keeps what the store returned; it
// reports whether the save worked (the source shows why not).
func (f *reviewForm) commit() bool {
	if !f.loaded || f.loading {
		return true
	}
	saved, ok := f.src.save(f.rv)
	if ok {
		f.rv = saved.Clone()
		f.history.show(f.rv.PledgeID)
		f.relayout()
	}
	return ok
}

// setScore scores criterion i; level < 0 removes the score ("not scored",
// which is not 0).
func (f *reviewForm) setScore(i, level int) {
	if !f.loaded || i < 0 || i >= len(f.crits) || level > data.MaxScore {
		return
	}
	f.flush()
	id := f.crits[i].c.ID
	if level < 0 {
		delete(f.rv.Scores, id)
	} else {
		if f.rv.Scores == nil {
			f.rv.Scores = map[string]int{}
		}
		f.rv.Scores[id] = level
	}
	f.setFocus(i)
	f.crits[i].show()
	f.commit()
}

// setFocus marks the criterion that the keys 0–4 score.
func (f *reviewForm) setFocus(i int) {
	if len(f.crits) == 0 {
		return
	}
	i = (i%len(f.crits) + len(f.crits)) % len(f.crits)
	f.focus = i
	for k, c := range f.crits {
		c.setFocused(k == i)
	}
}

// markerShown reports whether the marked criterion's name and level
// buttons lie wholly inside the visible part of the scroll (always, when
// the form is not in one).
func (f *reviewForm) markerShown() bool {
	top, line, _, ok := f.markerSpan()
	if !ok {
		return true
	}
	off, h := f.scroll.Offset.Y, f.scroll.Size().Height
	return top >= off && line <= off+h
}

// markerSpan is where the marked criterion lies in the scroll's content:
// its top, the bottom of its line of buttons and the bottom of its text.
func (f *reviewForm) markerSpan() (top, line, bottom float32, ok bool) {
	if f.scroll == nil || f.scroll.Content == nil || len(f.crits) == 0 || !f.body.Visible() {
		return 0, 0, 0, false
	}
	drv := fyne.CurrentApp().Driver()
	cr := f.crits[f.focus]
	y := drv.AbsolutePositionForObject(cr.box).Y - drv.AbsolutePositionForObject(f.scroll.Content).Y
	return y, y + cr.line.Size().Height, y + cr.box.Size().Height, true
}

// scrollToMarker scrolls the least that shows the marked criterion with
// its text (its top first, when it does not fit).
func (f *reviewForm) scrollToMarker() {
	top, _, bottom, ok := f.markerSpan()
	if !ok {
		return
	}
	off := f.scroll.Offset
	if h := f.scroll.Size().Height; bottom > off.Y+h {
		off.Y = bottom - h
	}
	off.Y = min(off.Y, top)
	f.scroll.ScrollToOffset(off)
}

// keyScore is a key 0–4 (level) or Delete (-1): it scores the marked
// criterion when it is in view; when it is scrolled away, the key only
// brings it into view, so that no key scores what the user cannot see.
func (f *reviewForm) keyScore(level int) {
	if !f.loaded {
		return
	}
	if !f.markerShown() {
		f.scrollToMarker()
		return
	}
	f.setScore(f.focus, level)
}

// keyMove moves the mark by delta criteria and shows it.
func (f *reviewForm) keyMove(delta int) {
	f.setFocus(f.focus + delta)
	f.scrollToMarker()
}

func (f *reviewForm) onStatusChanged(string) {
	if f.loading || !f.loaded {
		return
	}
	i := f.status.SelectedIndex()
	if i < 0 || i >= len(data.Statuses) {
		return
	}
	f.flush()
	f.rv.Status = data.Statuses[i].ID
	f.showStatus()
	f.commit()
	f.src.unfocus()
}

func (f *reviewForm) onFlagChanged(on bool) {
	if f.loading || !f.loaded {
		return
	}
	f.flush()
	f.rv.Flag = on
	f.commit()
	f.src.unfocus()
}

// toggleFlag is Ctrl+Shift+F.
func (f *reviewForm) toggleFlag() {
	if f.loaded {
		f.flag.SetChecked(!f.flag.Checked)
	}
}

// onTextChanged schedules a save of the text fields once typing pauses.
func (f *reviewForm) onTextChanged(string) {
	if f.loading || !f.loaded {
		return
	}
	f.dirty = true
	f.saveAfter(saveDelay)
}

// saveAfter saves what is typed after d, unless more happens first.
func (f *reviewForm) saveAfter(d time.Duration) {
	f.stopTimer()
	gen := f.gen
	f.cancel = f.src.after(d, func() {
		if gen == f.gen {
			f.flush()
		}
	})
}

// hasReview says whether a pledge's review is loaded (evidenceForm).
func (f *reviewForm) hasReview() bool { return f.loaded }

// evidenceRemoved saves the review at once after an evidence entry was
// removed (evidenceForm).
func (f *reviewForm) evidenceRemoved() {
	f.dirty = true
	f.flush()
}

// touchEvidence is typing in (typed) or moving into or out of a field of
// evidence entry r: its save waits for evidencePause of quiet. Work on
// another entry first saves the edit of the last one.
func (f *reviewForm) touchEvidence(r *evidenceRow, typed bool) {
	if f.loading || !f.loaded {
		return
	}
	if f.editing != nil && f.editing != r && f.dirty {
		f.flush()
	}
	f.dirty = f.dirty || typed
	if f.dirty {
		f.editing = r
		f.saveAfter(evidencePause)
	}
}

func (f *reviewForm) stopTimer() {
	f.gen++
	if f.cancel != nil {
		f.cancel()
		f.cancel = nil
	}
}

// flush saves typed text that is not saved yet: after the pause, on focus
// loss, before another pledge is shown and when the window closes. It
// reports false when the save failed: the text stays in the form, still to
// be saved, and the caller must not load another pledge over it.
func (f *reviewForm) flush() bool {
	if f == nil || !f.loaded || f.loading || !f.dirty {
		return true
	}
	f.stopTimer()
	f.rv.LeadUnit = strings.TrimSpace(f.lead.Text)
	f.rv.Tags = splitTags(f.tags.Text)
	f.rv.Note = f.note.Text
	f.rv.Evidence = f.evidence.entries()
	if !f.commit() {
		return false
	}
	f.dirty, f.editing = false, nil
	return true
}

// flushOnBlur is flush for a field losing the focus.
func (f *reviewForm) flushOnBlur() { f.flush() }

// splitTags reads tags separated by commas, Chinese commas or semicolons.
func splitTags(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(",，、;；\n", r)
	})
	var out []string
	for _, t := range fields {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// criterionRow is a 0–4 choice for one rubric criterion, with a mark when
// the keyboard scores it, a button that clears the score, and the written
// description of the chosen level (or of the level under the mouse).
type criterionRow struct {
	f      *reviewForm
	i      int
	c      *data.Criterion
	marker *canvas.Rectangle
	name   *widget.Label
	levels []*xwidget.LevelButton
	clear  *widget.Button
	desc   *messageLabel
	line   fyne.CanvasObject // the name and the level buttons
	box    fyne.CanvasObject
}

func newCriterionRow(f *reviewForm, i int, c *data.Criterion) *criterionRow {
	cr := &criterionRow{f: f, i: i, c: c, marker: canvas.NewRectangle(color.Transparent), name: widget.NewLabel(criterionLabel(c)), desc: newTextLabel("")}
	cr.marker.SetMinSize(fyne.NewSize(4, 4))
	buttons := container.NewHBox()
	for lvl := 0; lvl <= data.MaxScore; lvl++ {
		b := xwidget.NewLevelButton(strconv.Itoa(lvl), func() { f.setScore(i, lvl); f.src.unfocus() }, func(in bool) { cr.hover(lvl, in) })
		cr.levels = append(cr.levels, b)
		buttons.Add(b)
	}
	cr.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { f.setScore(i, -1); f.src.unfocus() })
	cr.clear.Importance = widget.LowImportance
	buttons.Add(cr.clear)
	name := container.New(layout.NewGridWrapLayout(fyne.NewSize(96, 36)), cr.name)
	cr.line = container.NewBorder(nil, nil, name, nil, container.NewHBox(buttons))
	cr.box = container.NewBorder(nil, nil, cr.marker, nil, container.New(layout.NewCustomPaddedVBoxLayout(0), cr.line, cr.desc))
	return cr
}

func (cr *criterionRow) score() (int, bool) {
	v, ok := cr.f.rv.Scores[cr.c.ID]
	return v, ok
}

// show marks the chosen level; "not scored" leaves every level unmarked
// and says so in words.
func (cr *criterionRow) show() {
	v, ok := cr.score()
	for lvl, b := range cr.levels {
		if ok && lvl == v {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	cr.clear.Hidden = !ok
	cr.clear.Refresh()
	cr.showDesc()
}

func (cr *criterionRow) showDesc() {
	if v, ok := cr.score(); ok {
		cr.desc.Importance = widget.MediumImportance
		cr.desc.SetText(lang.X("form.level.chosen", "Chosen: {{.Text}}", map[string]any{"Text": levelText(cr.c, v)}))
		return
	}
	cr.desc.Importance = widget.WarningImportance
	cr.desc.SetText(lang.X("form.notscored", "Not scored (this is not 0). {{.Desc}}", map[string]any{"Desc": pick(cr.c.DescZh, cr.c.DescEn)}))
}

// hover previews a level under the mouse: muted and in italics, said to
// be a preview, so that it never looks like the chosen level.
func (cr *criterionRow) hover(level int, in bool) {
	if !in {
		cr.showDesc()
		return
	}
	cr.desc.Importance = widget.LowImportance
	cr.desc.SetText(lang.X("form.level.preview", "Preview, not chosen: {{.Text}}", map[string]any{"Text": levelText(cr.c, level)}))
}

func (cr *criterionRow) setFocused(on bool) {
	if on {
		cr.marker.FillColor = theme.Color(colorFocusBar)
		cr.name.Importance = widget.HighImportance
	} else {
		cr.marker.FillColor = color.Transparent
		cr.name.Importance = widget.MediumImportance
	}
	cr.marker.Refresh()
	cr.name.Refresh()
}
