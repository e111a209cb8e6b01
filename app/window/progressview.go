package window

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// progressView is a window of the schedule test by chapter: for each
// chapter the pledges on schedule, behind, overdue, done and without data,
// and, for the chapter chosen, the pledges behind those counts with their
// arithmetic and a sparkline each, the worst first.
type progressView struct {
	h        progressHost
	win      fyne.Window
	chapters *widget.List
	title    *messageLabel
	pledges  *fyne.Container
	asOf     *widget.Entry // the day the test is run on; today at first
	view     *workspace.ProgressView
	chosen   int
}

// progressHost is what the progress window needs of the desk: the
// schedule test of the report, and the pledge to show when one is chosen.
type progressHost interface {
	host
	progressView() *workspace.ProgressView
	selectPledge(id string) bool
}

// chapterLine is a chapter with its counts by verdict.
func (pv *progressView) chapterLine(ch *data.Chapter) string {
	n := pv.view.ChapterCounts(ch)
	return fmt.Sprintf("%s\n%s", ch.Title, countsLine(n))
}

func countsLine(n map[data.Verdict]int) string {
	return lang.X("progress.counts", "on schedule {{.On}} · behind {{.Behind}} · overdue {{.Overdue}} · done {{.Done}} · no data {{.None}}",
		map[string]any{"On": n[data.VerdictOnSchedule], "Behind": n[data.VerdictBehind], "Overdue": n[data.VerdictOverdue],
			"Done": n[data.VerdictDone], "None": n[data.VerdictNoData]})
}

// choose lists the pledges of chapter i, the worst first; those without
// data are counted at the end, not listed.
func (pv *progressView) choose(i int) {
	pv.chosen = i
	ch := &pv.h.shownReport().Chapters[i]
	v := pv.view
	type entry struct {
		p data.Pledge
		s data.Suggestion
	}
	var list []entry
	none := 0
	for _, p := range workspace.ChapterPledges(ch) {
		s := v.Suggest(p)
		if s.Verdict == data.VerdictNoData {
			none++
			continue
		}
		list = append(list, entry{p, s})
	}
	rank := func(v data.Verdict) int {
		return map[data.Verdict]int{data.VerdictOverdue: 0, data.VerdictBehind: 1, data.VerdictOnSchedule: 2, data.VerdictDone: 3}[v]
	}
	slices.SortStableFunc(list, func(a, b entry) int { return rank(a.s.Verdict) - rank(b.s.Verdict) })
	pv.title.SetText(ch.Title + "\n" + countsLine(v.ChapterCounts(ch)))
	pv.pledges.RemoveAll()
	for _, e := range list {
		pv.pledges.Add(pv.pledgeBox(e.p, e.s))
	}
	if none > 0 {
		pv.pledges.Add(widget.NewLabel(lang.X("progress.nodata", "{{.N}} pledges of this chapter have no progress data.", map[string]any{"N": none})))
	}
	pv.pledges.Refresh()
}

func (pv *progressView) pledgeBox(p data.Pledge, s data.Suggestion) fyne.CanvasObject {
	v := pv.view
	verdict := newChip(verdictColor(s.Verdict))
	verdict.Set(verdictLabel(s.Verdict))
	text := newTextLabel(p.Text)
	line := newTextLabel(pick(s.Zh, s.En))
	line.SizeName = theme.SizeNameCaptionText
	chart := xwidget.NewSparkline()
	setSparkline(chart, data.ProgressPoints(p, v.Report.Year, v.Of(p.ID), s, v.Settings), s.Kind, s.Verdict)
	open := widget.NewButton(lang.X("progress.open", "Show"), func() {
		pv.h.selectPledge(p.ID)
		pv.h.window().RequestFocus()
	})
	open.Importance = widget.LowImportance
	head := container.NewHBox(verdict, widget.NewLabel(p.ID), open)
	return container.NewVBox(widget.NewSeparator(), head, container.NewBorder(nil, nil, nil, chart, container.NewVBox(text, line)))
}

// onAsOfChanged runs the test again on another day (a quarter's end, the
// day of a meeting), for this window only.
func (pv *progressView) onAsOfChanged(text string) {
	day, err := time.Parse(data.DateLayout, text)
	if err != nil {
		return
	}
	v := pv.h.progressView()
	pv.view = workspace.NewProgressView(v.Report, v.Updates, v.Settings, day)
	pv.chapters.Refresh()
	pv.choose(pv.chosen)
}
