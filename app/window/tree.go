package window

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// treeView is the left column: a report selector when the workspace holds
// more than one report, and the chapters and headlines with their progress
// and status mix. Selecting a node narrows the list to it.
type treeView struct {
	src       treeSource
	report    *data.Report
	reports   []data.ReportInfo
	tree      *widget.Tree
	reportSel *widget.Select
	box       fyne.CanvasObject
	rows      treeRows // how many lines of title a row holds
}

// treeSource is what the tree needs of the desk: the counts of a part of
// the report, and whom to tell when the user picks a part or a report.
type treeSource interface {
	tally(p data.Part) *data.Tally
	showPart(p data.Part)
	switchReport(id string)
}

const nodeAll = "all"

// newTreeView shows report r (one of reports) with part selected.
func newTreeView(src treeSource, r *data.Report, reports []data.ReportInfo, part data.Part) *treeView {
	tv := &treeView{src: src, report: r, reports: reports, rows: newTreeRows()}
	tv.tree = widget.NewTree(tv.childUIDs, tv.isBranch, tv.createNode, tv.updateNode)
	var top fyne.CanvasObject
	if len(reports) > 1 {
		tv.reportSel = newReportSelect(reports, r.ID, tv.onReportChanged)
		top = tv.reportSel
	}
	tv.tree.Select(partUID(part.Chapter, part.Headline))
	if part.Headline > 0 {
		tv.tree.OpenBranch(partUID(part.Chapter, 0))
	}
	tv.tree.OnSelected = tv.onSelected
	tv.tree.OnBranchOpened, tv.tree.OnBranchClosed = tv.refit, tv.refit
	tv.box = container.NewBorder(top, newStatusLegend(), nil, nil, container.New(treeFit{tv}, tv.tree))
	return tv
}

// newReportSelect offers the reports of the workspace, shown selected.
func newReportSelect(reports []data.ReportInfo, shown string, changed func()) *widget.Select {
	titles := make([]string, 0, len(reports))
	sel := 0
	for i, ri := range reports {
		titles = append(titles, ri.Title+"（"+ri.ID+"）")
		if ri.ID == shown {
			sel = i
		}
	}
	s := widget.NewSelect(titles, nil)
	s.SetSelectedIndex(sel)
	s.OnChanged = func(string) { changed() }
	return s
}

func partUID(chapter, headline int) string {
	switch {
	case chapter == 0:
		return nodeAll
	case headline == 0:
		return "c:" + strconv.Itoa(chapter)
	}
	return fmt.Sprintf("h:%d.%d", chapter, headline)
}

func uidPart(uid string) data.Part {
	var p data.Part
	if s, ok := strings.CutPrefix(uid, "c:"); ok {
		p.Chapter, _ = strconv.Atoi(s)
	} else if s, ok := strings.CutPrefix(uid, "h:"); ok {
		c, h, _ := strings.Cut(s, ".")
		p.Chapter, _ = strconv.Atoi(c)
		p.Headline, _ = strconv.Atoi(h)
	}
	return p
}

func (tv *treeView) childUIDs(uid widget.TreeNodeID) []widget.TreeNodeID {
	r := tv.report
	if uid == "" {
		out := []string{nodeAll}
		for _, c := range r.Chapters {
			out = append(out, partUID(c.N, 0))
		}
		return out
	}
	p := uidPart(uid)
	if p.Chapter == 0 || p.Headline != 0 {
		return nil
	}
	ch := r.Chapter(p.Chapter)
	if ch == nil {
		return nil
	}
	out := make([]string, 0, len(ch.Headlines))
	for _, h := range ch.Headlines {
		out = append(out, partUID(ch.N, h.N))
	}
	return out
}

func (tv *treeView) isBranch(uid widget.TreeNodeID) bool {
	if uid == "" {
		return true
	}
	p := uidPart(uid)
	if p.Chapter == 0 || p.Headline != 0 {
		return false
	}
	ch := tv.report.Chapter(p.Chapter)
	return ch != nil && len(ch.Headlines) > 0
}

func (tv *treeView) createNode(bool) fyne.CanvasObject {
	return newTreeNode(tv.rows.lines, tv.learnTitle)
}

func (tv *treeView) updateNode(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
	p := uidPart(uid)
	title := lang.X("tree.all", "Whole report")
	if p.Headline > 0 {
		if h := tv.report.Headline(p.Chapter, p.Headline); h != nil {
			title = h.Title
		}
	} else if p.Chapter > 0 {
		if c := tv.report.Chapter(p.Chapter); c != nil {
			title = chapterTitle(c)
		}
	}
	o.(*treeNode).show(uid, title, tv.src.tally(p))
}

// titles are the titles the tree shows, by node.
func (tv *treeView) titles() map[string]string {
	out := map[string]string{nodeAll: lang.X("tree.all", "Whole report")}
	for i := range tv.report.Chapters {
		c := &tv.report.Chapters[i]
		out[partUID(c.N, 0)] = chapterTitle(c)
		for _, h := range c.Headlines {
			out[partUID(c.N, h.N)] = h.Title
		}
	}
	return out
}

func (tv *treeView) onSelected(uid widget.TreeNodeID) {
	tv.src.showPart(uidPart(uid))
}

func (tv *treeView) onReportChanged() {
	i := tv.reportSel.SelectedIndex()
	if i >= 0 && i < len(tv.reports) {
		tv.src.switchReport(tv.reports[i].ID)
	}
}

// refresh redraws the progress after a save.
func (tv *treeView) refresh() { tv.tree.Refresh() }

// treeNode shows a part's title, wrapped whole by the line breaker, its
// progress and its status mix.
type treeNode struct {
	widget.BaseWidget
	uid      string
	title    *messageLabel
	progress *canvas.Text
	mix      *xwidget.ShareBar
	content  fyne.CanvasObject
	learn    func(uid string, w float32) // tells the tree how wide the title is
}

// newTreeNode is a node as high as lines of title.
func newTreeNode(lines int, learn func(string, float32)) *treeNode {
	n := &treeNode{title: newTextLabel(strings.Repeat("\n", lines-1)), progress: canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)),
		mix: newStatusMix(), learn: learn}
	n.progress.TextSize = theme.CaptionTextSize()
	right := container.NewHBox(container.NewCenter(n.progress), container.NewCenter(n.mix))
	n.content = container.NewBorder(nil, nil, nil, right, container.New(middle{}, n.title))
	n.ExtendBaseWidget(n)
	return n
}

func (n *treeNode) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(n.content) }

// Resize lays the node out and tells the tree the room its title has.
func (n *treeNode) Resize(s fyne.Size) {
	n.BaseWidget.Resize(s)
	if n.uid != "" {
		n.learn(n.uid, n.title.Size().Width)
	}
}

func (n *treeNode) show(uid, title string, t *data.Tally) {
	n.uid = uid
	n.title.SetText(title)
	n.progress.Color = theme.Color(theme.ColorNamePlaceHolder)
	if t == nil {
		n.progress.Text = ""
		setStatusMix(n.mix, nil)
	} else {
		n.progress.Text = fmt.Sprintf("%d/%d", t.Reviewed, t.Total)
		setStatusMix(n.mix, t.ByStatus)
	}
	n.progress.Refresh()
}

// chapterTitle is a chapter's title, marked as an annex or a review when
// it is one.
func chapterTitle(c *data.Chapter) string {
	if c.Annex != data.AnnexNone {
		return annexLabel() + " · " + c.Title
	}
	if c.Kind == data.KindReview {
		return reviewLabel() + " · " + c.Title
	}
	return c.Title
}

// learnTitle keeps how much narrower than the tree the title of node uid
// is, w wide (the indent, the arrow, the figures and the bar beside it);
// that does not change with the width.
func (tv *treeView) learnTitle(uid string, w float32) {
	tv.rows.slack[uid] = tv.tree.Size().Width - w
}

// fit sets the lines a row holds for the tree's width w and says whether
// they changed. A node never laid out is taken as narrow as the narrowest.
func (tv *treeView) fit(w float32) bool {
	worst := defaultSlack
	for _, s := range tv.rows.slack {
		worst = max(worst, s)
	}
	probe := newTextLabel("")
	pad := 2 * probe.Theme().Size(theme.SizeNameInnerPadding)
	lines := 1
	for uid, title := range tv.titles() {
		if p := uidPart(uid); p.Headline > 0 && !tv.tree.IsBranchOpen(partUID(p.Chapter, 0)) {
			continue // not shown
		}
		slack, ok := tv.rows.slack[uid]
		if !ok {
			slack = worst
		}
		inner := w - slack - pad
		if inner <= 0 {
			continue
		}
		lines = max(lines, strings.Count(wrapMessage(title, inner, probe.measure), "\n")+1)
	}
	changed := lines != tv.rows.lines
	tv.rows.lines = lines
	return changed
}

// refit fits the rows again when a branch opens or closes.
func (tv *treeView) refit(widget.TreeNodeID) {
	if tv.fit(tv.tree.Size().Width) {
		tv.tree.Refresh()
	}
}

// treeFit lays the tree out at its size after fitting its rows' height
// to the width.
type treeFit struct{ tv *treeView }

func (l treeFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l treeFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.tv.fit(size.Width) {
		l.tv.tree.Refresh()
	}
	objs[0].Resize(size)
}
