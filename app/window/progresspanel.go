package window

import (
	"fmt"
	"strconv"
	"strings"
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

// progressPanel sits under the pledge's detail: the schedule test's
// suggestion beside my own status, its arithmetic, a sparkline of the
// updates against the elapsed-time line, the series so far, and a row to
// add an update without leaving the keyboard (Tab between the fields,
// Enter in any of them adds).
type progressPanel struct {
	src     progressSource
	win     fyne.Window // where a bad update is said
	verdict *messageLabel
	line    *messageLabel
	chart   *xwidget.Sparkline
	series  *messageLabel
	target  *widget.Select
	value   *widget.Entry
	date    *widget.Entry
	source  *widget.Entry
	add     *widget.Button
	box     *fyne.Container

	pledge data.Pledge
	mine   data.Review // my review of the pledge, for my status beside the suggestion
	shown  bool
}

// progressSource is what the progress panel needs of the desk: the
// schedule test of the report, the names of the team, and where an update
// is stored.
type progressSource interface {
	progressView() *workspace.ProgressView // nil while no report is on the desk
	displayName(reviewerID string) string
	addProgress(u data.ProgressUpdate) error // stores it and adds it to the test
	progressAdded()                          // after the panel shows it
}

func newProgressPanel(src progressSource, win fyne.Window) *progressPanel {
	pp := &progressPanel{src: src, win: win, verdict: newTextLabel(""), line: newTextLabel(""), series: newTextLabel(""),
		chart: xwidget.NewSparkline(), target: widget.NewSelect(nil, nil), value: widget.NewEntry(), date: widget.NewEntry(), source: widget.NewEntry()}
	pp.verdict.TextStyle = strongStyle
	pp.line.SizeName = theme.SizeNameCaptionText
	pp.series.SizeName = theme.SizeNameCaptionText
	pp.target.PlaceHolder = lang.X("progress.target", "Which target")
	pp.value.SetPlaceHolder(lang.X("progress.value", "Value reached"))
	pp.date.SetPlaceHolder(lang.X("progress.date", "As of YYYY-MM-DD"))
	pp.date.Validator = validDate
	pp.source.SetPlaceHolder(lang.X("progress.source", "Source (text | link | date)"))
	for _, e := range []*widget.Entry{pp.value, pp.date, pp.source} {
		e.OnSubmitted = func(string) { pp.onAddTapped() }
	}
	pp.add = widget.NewButtonWithIcon(lang.X("progress.add", "Add update"), theme.ContentAddIcon(), pp.onAddTapped)
	entry := container.NewVBox(pp.target, container.NewGridWithColumns(2, pp.value, pp.date),
		container.NewBorder(nil, nil, nil, pp.add, pp.source))
	title := widget.NewLabelWithStyle(lang.X("progress.title", "Progress against the plan (序时进度)"), fyne.TextAlignLeading, strongStyle)
	pp.box = container.NewVBox(widget.NewSeparator(), title, pp.verdict, pp.line,
		container.NewHBox(pp.chart), pp.series, entry)
	pp.clear()
	return pp
}

// clear shows no pledge: the fields stay in place, disabled, so the
// layout does not jump.
func (pp *progressPanel) clear() {
	pp.shown = false
	pp.verdict.SetText(lang.X("progress.empty", "Select a pledge to see how far it has come and to add an update."))
	pp.line.SetText("")
	pp.series.SetText("")
	pp.chart.Set(nil, false, false)
	pp.enable(false)
}

func (pp *progressPanel) enable(on bool) {
	for _, w := range []fyne.Disableable{pp.target, pp.value, pp.date, pp.source, pp.add} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// show shows the schedule test of a pledge beside my status.
func (pp *progressPanel) show(p data.Pledge, mine data.Review) {
	pp.pledge, pp.mine, pp.shown = p, mine, true
	pp.enable(true)
	var opts []string
	for i, t := range p.Targets {
		opts = append(opts, fmt.Sprintf("%d  %s %s", i+1, t.Subject, targetText(t)))
	}
	opts = append(opts, lang.X("progress.share", "0  Completion share of the whole pledge (0–100)"))
	keep := pp.target.SelectedIndex()
	pp.target.Options = opts
	if keep < 0 || keep >= len(opts) || len(p.Targets) == 0 {
		keep = 0
		if len(p.Targets) == 0 {
			keep = len(opts) - 1
		}
	}
	pp.target.SetSelectedIndex(keep)
	if pp.date.Text == "" {
		pp.date.SetText(time.Now().Format(data.DateLayout))
	}
	pv := pp.src.progressView()
	if pv == nil {
		return
	}
	s := pv.Suggest(p)
	pp.verdict.SetText(lang.X("progress.verdict", "Suggested: {{.Verdict}} · my status: {{.Status}}",
		map[string]any{"Verdict": verdictLabel(s.Verdict), "Status": statusLabel(mine.Status.OrNotRated())}))
	pp.line.SetText(pick(s.Zh, s.En))
	setSparkline(pp.chart, data.ProgressPoints(p, pv.Report.Year, pv.Of(p.ID), s, pv.Settings), s.Kind, s.Verdict)
	var lines []string
	for _, u := range pv.Of(p.ID) {
		ln := fmt.Sprintf("#%d  %s  @%s  · %s", u.Target, strconv.FormatFloat(u.Value, 'f', -1, 64), u.AsOf, pp.src.displayName(u.ReviewerID))
		if u.Source.Text != "" {
			ln += " · " + u.Source.Text
		}
		lines = append(lines, ln)
	}
	if len(lines) == 0 {
		lines = []string{lang.X("progress.none", "No update yet. Type the value reached and the date it is as of, then Enter.")}
	}
	pp.series.SetText(strings.Join(lines, "\n"))
	pp.box.Refresh()
}

// onAddTapped stores the typed update in one transaction and shows the
// test again; a bad value or date is said, and nothing is stored.
func (pp *progressPanel) onAddTapped() {
	if !pp.shown || pp.src.progressView() == nil {
		return
	}
	n := 0 // the last option, the completion share
	if i := pp.target.SelectedIndex(); i >= 0 && i < len(pp.pledge.Targets) {
		n = i + 1
	}
	arg := fmt.Sprintf("%d=%s@%s", n, strings.TrimSpace(pp.value.Text), strings.TrimSpace(pp.date.Text))
	if src := strings.TrimSpace(pp.source.Text); src != "" {
		arg += "|" + src
	}
	u, err := data.ParseProgress(arg)
	if err != nil {
		showError(pp.win, err)
		return
	}
	u.PledgeID = pp.pledge.ID
	if err := pp.src.addProgress(u); err != nil {
		showError(pp.win, err)
		return
	}
	pp.value.SetText("")
	pp.source.SetText("")
	pp.show(pp.pledge, pp.mine)
	pp.src.progressAdded()
}

const prefBehind = "pledge.filter.behind"

// setSparkline shows a pledge's chart points on a sparkline: the plan
// rises for a count or a share and stays level for a rate; behind or
// overdue is drawn in the error colour.
func setSparkline(c *xwidget.Sparkline, pts []data.ChartPoint, kind data.TargetKind, v data.Verdict) {
	sp := make([]xwidget.SparkPoint, len(pts))
	for i, p := range pts {
		sp[i] = xwidget.SparkPoint{X: p.X, Y: p.Y}
	}
	c.Set(sp, kind == data.KindCount || kind == data.KindShare, v == data.VerdictBehind || v == data.VerdictOverdue)
}
