package window

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

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

// pledgeList is the middle column: the search field, the filters, a count
// and the list of pledges that pass them.
type pledgeList struct {
	src    listSource
	search *xwidget.KeyEntry
	count  *widget.Label
	hint   *widget.Hyperlink // "filters applied, clear" beside the count
	counts *fyne.Container   // the count and the hint
	list   *widget.List
	// found are the review's sentences the search finds: context, greyed,
	// never counted among the pledges.
	found *messageLabel
	box   fyne.CanvasObject
	quiet bool // selecting from code: do not reload the form
}

// listSource is what the pledge list needs of the desk: the rows that pass
// the filter and what to show of each, and whom to tell what the user does.
type listSource interface {
	shownRows() []int      // index rows that pass the filter, in reading order
	listRow(i int) listRow // what the list shows of index row i
	totalRows() int
	filtersActive() bool
	foundOutcomes() []data.Pledge // review sentences holding the search text
	showRow(i int)
	move(delta int)
	searchFor(text string)
	unfocus()
}

// listRow is what a line of the list shows of a pledge.
type listRow struct {
	row      *data.Row
	gen      int // the row is drawn again when this changes
	disputed bool
	verdict  data.Verdict
}

// newPledgeList shows the search field (holding text), the filters, the
// count and the list; the hint beside the count calls clearFilters.
func newPledgeList(src listSource, filters fyne.CanvasObject, clearFilters func(), text string) *pledgeList {
	pl := &pledgeList{src: src}
	pl.search = xwidget.NewKeyEntry()
	pl.search.SetPlaceHolder(lang.X("list.search", "Search pledges (Ctrl+F)"))
	pl.search.SetText(text)
	pl.search.OnChanged = src.searchFor
	pl.search.OnKey = pl.onSearchKey
	pl.count = widget.NewLabel("")
	pl.hint = widget.NewHyperlink(lang.X("list.filtered", "(filters applied — clear)"), nil)
	pl.hint.OnTapped = clearFilters
	pl.hint.Hide()
	pl.list = widget.NewList(pl.length, pl.createRow, pl.updateRow)
	pl.list.OnSelected = pl.onSelected
	pl.counts = container.NewHBox(pl.count, pl.hint)
	top := container.NewVBox(pl.search, filters, pl.counts)
	pl.found = newContextLabel()
	pl.box = container.NewBorder(top, pl.found, nil, nil, pl.list)
	return pl
}

func (pl *pledgeList) length() int { return len(pl.src.shownRows()) }

func (pl *pledgeList) createRow() fyne.CanvasObject { return newPledgeRow() }

func (pl *pledgeList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	rows := pl.src.shownRows()
	if id < 0 || id >= len(rows) {
		return
	}
	lr := pl.src.listRow(rows[id])
	o.(*pledgeRow).show(lr.row, lr.gen, lr.disputed, lr.verdict)
}

func (pl *pledgeList) onSelected(id widget.ListItemID) {
	rows := pl.src.shownRows()
	if pl.quiet || id < 0 || id >= len(rows) {
		return
	}
	pl.src.showRow(rows[id])
	pl.src.unfocus()
}

// onSearchKey lets Up/Down move through the list while the search field
// keeps the focus; Escape and Return leave the field.
func (pl *pledgeList) onSearchKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		pl.src.move(1)
	case fyne.KeyUp:
		pl.src.move(-1)
	case fyne.KeyEscape, fyne.KeyReturn, fyne.KeyEnter:
		pl.src.unfocus()
	default:
		return false
	}
	return true
}

// refresh shows the filtered rows and their count.
func (pl *pledgeList) refresh() {
	total, shown := pl.src.totalRows(), len(pl.src.shownRows())
	pl.count.SetText(lang.X("list.count", "{{.Shown}} of {{.Total}} pledges", map[string]any{"Shown": shown, "Total": total}))
	// say why pledges are missing, with the way to bring them back
	if show := shown < total && pl.src.filtersActive(); show != pl.hint.Visible() {
		if show {
			pl.hint.Show()
		} else {
			pl.hint.Hide()
		}
		pl.counts.Refresh() // lays the row out again
	}
	pl.showFound(pl.src.foundOutcomes())
	pl.list.Refresh()
}

// maxFoundShown bounds the review sentences shown under the list.
const maxFoundShown = 5

// showFound shows under the list, greyed, the review sentences the search
// finds: what was reported of the past, read as context, not pledges.
func (pl *pledgeList) showFound(found []data.Pledge) {
	if len(found) == 0 {
		pl.found.SetText("")
		pl.found.Hide()
		return
	}
	lines := []string{lang.X("list.found", "Also in the review of the past ({{.N}}, context, not scored):", map[string]any{"N": len(found)})}
	for _, o := range found[:min(len(found), maxFoundShown)] {
		lines = append(lines, "· "+o.Text)
	}
	if len(found) > maxFoundShown {
		lines = append(lines, "…")
	}
	pl.found.SetText(strings.Join(lines, "\n"))
	pl.found.Show()
}

// selectQuietly marks a row selected without reloading the form.
func (pl *pledgeList) selectQuietly(pos int) {
	pl.quiet = true
	pl.list.Select(pos)
	pl.quiet = false
}

// pledgeRow is one line of the list: my status as a coloured mark, the id,
// target and deadline chips, my average score, the flag, and the text.
type pledgeRow struct {
	widget.BaseWidget
	mark     *canvas.Rectangle
	id       *canvas.Text
	chips    []*xwidget.Chip
	more     *canvas.Text
	deadline *xwidget.Chip
	dispute  *xwidget.Chip // shown where reviewers disagree
	sched    *xwidget.Chip // the schedule test's suggestion, when there is progress data
	avg      *canvas.Text
	flag     *widget.Icon
	text     *widget.Label
	line     *fyne.Container
	content  fyne.CanvasObject

	// what the row shows now, to skip drawing it again unchanged
	shown        *data.Row
	shownUpdated data.HLC
	shownGen     int
	shownDispute bool
	shownVerdict data.Verdict
}

const maxChips = 2

func newPledgeRow() *pledgeRow {
	r := &pledgeRow{
		mark:     canvas.NewRectangle(color.Transparent),
		id:       canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)),
		more:     canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)),
		deadline: newChip(colorDeadline),
		dispute:  newChip(theme.ColorNameError),
		sched:    newChip(theme.ColorNameForeground),
		avg:      canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		flag:     widget.NewIcon(nil),
		text:     widget.NewLabel(""),
	}
	r.mark.SetMinSize(fyne.NewSize(6, 6))
	r.mark.CornerRadius = 3
	small := theme.CaptionTextSize()
	r.id.TextSize = small
	r.more.TextSize = small
	r.avg.TextSize = theme.TextSize()
	r.avg.Alignment = fyne.TextAlignTrailing
	r.text.Truncation = fyne.TextTruncateEllipsis
	line := container.NewHBox(r.id, r.dispute, r.sched)
	for range maxChips {
		c := newChip(colorTarget)
		r.chips = append(r.chips, c)
		line.Add(c)
	}
	line.Add(r.more)
	line.Add(r.deadline)
	r.line = line
	avgBox := container.New(layout.NewGridWrapLayout(fyne.NewSize(34, 20)), r.avg)
	right := container.NewHBox(avgBox, container.New(layout.NewGridWrapLayout(fyne.NewSize(18, 18)), r.flag))
	body := container.New(layout.NewCustomPaddedVBoxLayout(0), line, r.text)
	r.content = container.NewBorder(nil, nil, container.NewPadded(r.mark), container.NewCenter(right), body)
	r.ExtendBaseWidget(r)
	return r
}

func (r *pledgeRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

func (r *pledgeRow) show(row *data.Row, gen int, disputed bool, v data.Verdict) {
	if r.shown == row && r.shownUpdated == row.Mine.Updated && r.shownGen == gen && r.shownDispute == disputed && r.shownVerdict == v {
		return
	}
	r.shown, r.shownUpdated, r.shownGen, r.shownDispute, r.shownVerdict = row, row.Mine.Updated, gen, disputed, v
	r.sched.SetColor(verdictColor(v))
	r.sched.Set(verdictChip(v))
	p, rv := &row.Pledge, &row.Mine
	r.mark.FillColor = statusColor(rv.Status.OrNotRated())
	r.mark.Refresh()
	r.id.Text = p.ID
	r.id.Color = theme.Color(theme.ColorNamePlaceHolder)
	r.id.Refresh()
	for i, c := range r.chips {
		if i < len(p.Targets) {
			c.Set(targetText(p.Targets[i]))
		} else {
			c.Set("")
		}
	}
	r.more.Text = ""
	if n := len(p.Targets) - maxChips; n > 0 {
		r.more.Text = "+" + strconv.Itoa(n)
	}
	r.more.Refresh()
	if disputed {
		r.dispute.Set(lang.X("list.disputed", "disputed"))
	} else {
		r.dispute.Set("")
	}
	if p.Deadline != nil && p.Deadline.Due != "" {
		r.deadline.Set(p.Deadline.Due)
	} else {
		r.deadline.Set("")
	}
	r.avg.Text = "—"
	r.avg.Color = theme.Color(theme.ColorNamePlaceHolder)
	if avg, ok := rv.Average(); ok {
		r.avg.Text = fmt.Sprintf("%.1f", avg)
		r.avg.Color = theme.Color(theme.ColorNameForeground)
	}
	r.avg.Refresh()
	if rv.Flag {
		r.flag.SetResource(flagIcon)
	} else {
		r.flag.SetResource(nil)
	}
	if text, all := clip(p.Text, maxRowRunes); all > 0 {
		r.text.SetText(oneLine(text) + "…")
	} else {
		r.text.SetText(oneLine(p.Text))
	}
	r.line.Refresh()
}
