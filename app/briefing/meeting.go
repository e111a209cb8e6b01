package briefing

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"pledgereview/data"
)

// The meeting brief: at most four pages of what a supervision meeting
// decides on. Every figure names the pledges behind it: the counts of the
// first page are the lengths of the lists that follow, or list their ids.

// meetingCounts are the headline figures of the brief.
type meetingCounts struct {
	reviewed, withData, flagged, disputed int
	byVerdict                             map[data.Verdict][]*item
}

func (m *model) meetingCounts() meetingCounts {
	c := meetingCounts{byVerdict: map[data.Verdict][]*item{}}
	for _, it := range m.pledges {
		if it.reviewed {
			c.reviewed++
		}
		if it.flagged {
			c.flagged++
		}
		if it.disputed != nil {
			c.disputed++
		}
		if len(it.ups) > 0 {
			c.withData++
		}
		c.byVerdict[it.verdict()] = append(c.byVerdict[it.verdict()], it)
	}
	return c
}

// meetingPages is the most pages the meeting brief may take.
const meetingPages = 4

// rowLimits are the most rows each list of the brief gets, tried in turn
// until the brief fits on meetingPages; the pledges past the limit are
// named by id under their table.
var rowLimits = []int{1 << 30, 30, 20, 15, 10, 6, 3}

func (d *doc) planMeeting() {
	c := d.m.meetingCounts()
	for _, limit := range rowLimits {
		d.rows = d.rows[:0]
		d.meetingTitle()
		d.meetingFigures(c)
		d.meetingChapters()
		d.meetingBehind(c, limit)
		d.meetingDisputes(limit)
		d.meetingFlagged(limit)
		d.paginate()
		if d.pages <= meetingPages {
			return
		}
	}
}

// moreRows names the pledges of a list past its row limit.
func (d *doc) moreRows(rest []*item) {
	if len(rest) == 0 {
		return
	}
	ids := make([]string, len(rest))
	for i, it := range rest {
		ids[i] = shortID(it.p.ID)
	}
	m := d.m
	s := m.trf("另有 %d 项", "%d more", len(rest)) + m.paren(m.tr("详见完整简报", "see the full pack")) + m.opt.Language.short("：", ": ") + m.opt.Language.list(ids)
	d.add(d.textRows(s, sizeTiny, ink, d.left, d.bodyW())...)
}

func (d *doc) meetingTitle() {
	m := d.m
	x, w := d.left, d.bodyW()
	var names []string
	for i := range m.reviewers {
		names = append(names, m.reviewerName(i))
	}
	start := m.schedule.PlanStart
	if start == "" {
		start = fmt.Sprintf("%d-01-01", m.year)
	}
	d.add(&row{h: lineH(sizeH2) + 1, draw: func(y float64) {
		d.text(x, y, w, m.tr("会议简报", "Meeting brief"), sizeH2, ink, "L", 0)
	}})
	d.add(d.textRows(m.in.Report.Title+" · "+m.scopeText(), sizeBody, ink, x, w)...)
	tol := strconv.FormatFloat(m.schedule.Tolerance, 'f', -1, 64)
	d.add(d.textRows(m.tr("截至", "As of")+" "+m.today+" · "+m.tr("评审人", "Reviewers")+m.colon()+m.opt.Language.list(names)+" · "+
		m.tr("序时进度自", "plan period from")+" "+start+m.comma()+m.tr("容差", "tolerance")+" "+tol+"%", sizeSmall, muted, x, w)...)
	d.add(d.textRows(m.tr("序时进度：计划期已过的比例即应完成的比例；括号内的编号即数字背后的承诺。", "Expected share = share of the plan period gone; every figure names its pledges."),
		sizeTiny, muted, x, w)...)
}

// meetingFigures draws the headline figures as boxes, then says which
// pledges the ones not listed later are.
func (d *doc) meetingFigures(c meetingCounts) {
	m := d.m
	v := c.byVerdict
	figs := []struct {
		label string
		n     int
		col   rgb
	}{
		{m.tr("承诺", "Pledges"), len(m.pledges), ink},
		{m.tr("已评审", "Reviewed"), c.reviewed, ink},
		{m.tr("有进度数据", "With data"), c.withData, ink},
		{m.tr("有分歧", "Disputed"), c.disputed, accent},
		{m.tr("已标记", "Flagged"), c.flagged, accent},
		{m.tr("符合序时", "On schedule"), len(v[data.VerdictOnSchedule]), ink},
		{m.tr("滞后", "Behind"), len(v[data.VerdictBehind]), warn},
		{m.tr("逾期", "Overdue"), len(v[data.VerdictOverdue]), warn},
		{m.tr("已完成", "Done"), len(v[data.VerdictDone]), ink},
		{m.tr("无进度数据", "No data"), len(v[data.VerdictNoData]), muted},
	}
	const perRow, gap, boxH = 5, 3.0, 15.0
	bw := (d.bodyW() - gap*(perRow-1)) / perRow
	d.add(gapRow(3))
	for start := 0; start < len(figs); start += perRow {
		band := figs[start:min(start+perRow, len(figs))]
		d.add(&row{h: boxH + gap, draw: func(y float64) {
			for i, f := range band {
				x := d.left + float64(i)*(bw+gap)
				d.fill(paleBox)
				d.f.Rect(x, y, bw, boxH, "F")
				d.text(x+2, y+1, bw-4, strconv.Itoa(f.n), sizeH2, f.col, "L", 0)
				d.text(x+2, y+boxH-lineH(sizeTiny)-1, bw-4, d.fit(f.label, sizeTiny, bw-4), sizeTiny, muted, "L", 0)
			}
		}})
	}
	ids := func(list []*item) string {
		if len(list) == 0 {
			return m.tr("无", "none")
		}
		out := make([]string, len(list))
		for i, it := range list {
			out[i] = shortID(it.p.ID)
		}
		return m.opt.Language.list(out)
	}
	d.add(d.textRows(m.tr("符合序时", "On schedule")+m.colon()+ids(v[data.VerdictOnSchedule]), sizeTiny, ink, d.left, d.bodyW())...)
	d.add(d.textRows(m.tr("已完成", "Done")+m.colon()+ids(v[data.VerdictDone]), sizeTiny, ink, d.left, d.bodyW())...)
	d.add(d.textRows(m.tr("滞后、逾期、分歧、标记的承诺见下列各表；无进度数据的为其余承诺。", "Behind, overdue, disputed and flagged pledges are listed below; the others have no progress data."),
		sizeTiny, muted, d.left, d.bodyW())...)
}

// meetingChapters counts the verdicts chapter by chapter.
func (d *doc) meetingChapters() {
	m := d.m
	cols := []column{{m.tr("章", "Chapter"), 62}, {m.tr("承诺", "Pledges"), 16}, {m.tr("有进度", "With data"), 16}, {m.tr("符合", "On sched."), 16},
		{m.tr("滞后", "Behind"), 16}, {m.tr("逾期", "Overdue"), 16}, {m.tr("完成", "Done"), 16}, {m.tr("无数据", "No data"), 16}}
	d.add(gapRow(4), d.sectionTitle(m.tr("各章序时进度", "Progress by chapter"), 2), d.tableHeader(cols))
	for _, cv := range m.chapters {
		n := map[data.Verdict]int{}
		with := 0
		for _, it := range cv.all {
			n[it.verdict()]++
			if len(it.ups) > 0 {
				with++
			}
		}
		cells := []tcell{{m.chapterLabel(cv.ch), ink}, {strconv.Itoa(len(cv.all)), ink}, {strconv.Itoa(with), ink},
			{strconv.Itoa(n[data.VerdictOnSchedule]), ink}, {strconv.Itoa(n[data.VerdictBehind]), warnIf(n[data.VerdictBehind])},
			{strconv.Itoa(n[data.VerdictOverdue]), warnIf(n[data.VerdictOverdue])}, {strconv.Itoa(n[data.VerdictDone]), ink},
			{strconv.Itoa(n[data.VerdictNoData]), muted}}
		d.add(d.tableRow(cols, cells, 0))
	}
}

func warnIf(n int) rgb {
	if n > 0 {
		return warn
	}
	return ink
}

// decisionCol is the empty column to write the meeting's decision in.
func (m *model) decisionCol() column { return column{m.tr("决定", "Decision"), 22} }

// meetingBehind lists the pledges the schedule test finds behind and the
// overdue ones (data.Overdue): a row with the figures of the test for
// those with progress reported, the worst first, then the ids of the
// overdue ones with no progress reported.
func (d *doc) meetingBehind(c meetingCounts, limit int) {
	var list, noData []*item
	for _, it := range append(slices.Clone(c.byVerdict[data.VerdictOverdue]), c.byVerdict[data.VerdictBehind]...) {
		if it.sug.Verdict == data.VerdictNoData {
			noData = append(noData, it)
		} else {
			list = append(list, it)
		}
	}
	slices.SortStableFunc(list, func(a, b *item) int {
		if a.verdict() != b.verdict() {
			return strings.Compare(string(b.verdict()), string(a.verdict())) // overdue before behind_schedule
		}
		switch {
		case a.sug.Gap > b.sug.Gap:
			return -1
		case a.sug.Gap < b.sug.Gap:
			return 1
		}
		return 0
	})
	m := d.m
	cols := []column{{m.tr("编号", "ID"), 14}, {m.tr("承诺", "Pledge"), 50}, {m.tr("目标", "Target"), 20}, {m.tr("进度", "Value"), 17},
		{m.tr("序时/完成/差距", "Expected/done/gap"), 22}, {m.tr("评审意见", "Reviewers"), 29}, m.decisionCol()}
	none := m.tr("无", "None.")
	if len(noData) > 0 {
		none = ""
	}
	head, shown := d.startTable(m.tr("滞后与逾期", "Behind schedule and overdue")+m.paren(strconv.Itoa(len(list)+len(noData))), cols, list, limit, none)
	defer d.overdueWithoutData(noData)
	defer d.moreRows(list[len(shown):])
	for _, it := range shown {
		s := it.sug
		cells := []tcell{{shortID(it.p.ID), accent}, {it.p.Text, ink}, {m.targetCell(it.p, s), ink},
			{m.valueCell(s), ink}, {m.gapCell(s), warn}, {m.notesCell(it), ink}, {"", ink}}
		r := d.tableRow(cols, cells, 8)
		r.head = head
		d.add(r)
	}
}

// overdueWithoutData names the overdue pledges no progress was reported
// for, under the table of the others.
func (d *doc) overdueWithoutData(list []*item) {
	if len(list) == 0 {
		return
	}
	m := d.m
	ids := make([]string, len(list))
	for i, it := range list {
		ids[i] = shortID(it.p.ID)
	}
	s := m.trf("逾期未完成、无进度数据 %d 项", "%d overdue, not done, no progress reported", len(list)) + m.colon() + m.opt.Language.list(ids)
	d.add(d.textRows(s, sizeTiny, warn, d.left, d.bodyW())...)
}

func (m *model) targetCell(p data.Pledge, s data.Suggestion) string {
	if s.Target == 0 {
		return m.tr("完成度", "completion share")
	}
	t := p.Targets[s.Target-1]
	return fmt.Sprintf("#%d %s %s", s.Target, t.Subject, t.Quote)
}

func (m *model) valueCell(s data.Suggestion) string {
	return m.fmtNum(s.Value) + s.Unit + "\n" + m.short("截至", "as of") + " " + s.AsOf[5:]
}

// expectedCell is the expected and the reached share of a count or share.
func (m *model) expectedCell(s data.Suggestion) string {
	return m.short(fmt.Sprintf("应 %.1f%%\n实 %.1f%%", s.Expected, s.Done), fmt.Sprintf("expected %.1f%%\ndone %.1f%%", s.Expected, s.Done))
}

// gapCell is the verdict with the figures that make it.
func (m *model) gapCell(s data.Suggestion) string {
	label := map[data.Verdict]string{data.VerdictOverdue: m.short("逾期", "overdue"), data.VerdictBehind: m.short("滞后", "behind")}[s.Verdict]
	switch s.Kind {
	case data.KindCount, data.KindShare:
		if s.Verdict == data.VerdictOverdue {
			return m.short(fmt.Sprintf("%s，期限 %s\n实 %.1f%%", label, s.Due, s.Done), fmt.Sprintf("%s, due %s\ndone %.1f%%", label, s.Due, s.Done))
		}
		return m.short(fmt.Sprintf("%s 差 %.1f 点", label, s.Gap), fmt.Sprintf("%s by %.1f points", label, s.Gap)) + "\n" + m.expectedCell(s)
	case data.KindAct:
		return label + m.short("，期限 ", ", due ") + s.Due
	}
	unit := s.Unit
	if unit == "%" {
		unit = m.short("个百分点", " points")
	}
	return label + "\n" + m.short("目标 ", "target ") + m.fmtNum(s.Goal) + s.Unit + "\n" + m.short("差 ", "short by ") + m.fmtNum(s.Gap) + unit
}

// notesCell says who said what: one line per reviewer with their name,
// their status, their scores of the criteria given and their note.
func (m *model) notesCell(it *item, criteria ...string) string {
	var lines []string
	sep := m.short("，", ", ")
	for i, r := range it.revs {
		if r == nil || !r.HasContent() {
			continue
		}
		said := []string{m.short(r.Status.Info().Zh, r.Status.Info().En)}
		for _, id := range criteria {
			if v, ok := r.Scores[id]; ok {
				said = append(said, m.criterionShort(id)+" "+strconv.Itoa(v))
			}
		}
		line := oneLine(m.reviewers[i].Name) + m.short("：", ": ") + strings.Join(said, sep)
		if m.opt.IncludeNotes && r.Note != "" {
			line += m.short("；", "; ") + oneLine(r.Note)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return "—"
	}
	return strings.Join(lines, "\n")
}

// criterionShort is a criterion's label in one language.
func (m *model) criterionShort(id string) string {
	if c := m.in.Rubric.Criterion(id); c != nil {
		return m.short(c.Zh, c.En)
	}
	return id
}

// splitCriteria are the criteria the reviewers of a pledge score apart.
func splitCriteria(rb data.Rubric, it *item) []string {
	var out []string
	for _, c := range rb.Criteria {
		seen := map[int]bool{}
		for _, r := range it.revs {
			if r == nil {
				continue
			}
			if v, ok := r.Scores[c.ID]; ok {
				seen[v] = true
			}
		}
		if len(seen) > 1 {
			out = append(out, c.ID)
		}
	}
	return out
}

// meetingDisputes lists the pledges the reviewers disagree on.
func (d *doc) meetingDisputes(limit int) {
	m := d.m
	var list []*item
	for _, it := range m.pledges {
		if it.disputed != nil {
			list = append(list, it)
		}
	}
	slices.SortStableFunc(list, func(a, b *item) int { // the widest disagreement first
		switch {
		case a.disputed.Spread > b.disputed.Spread:
			return -1
		case a.disputed.Spread < b.disputed.Spread:
			return 1
		}
		return 0
	})
	cols := []column{{m.tr("编号", "ID"), 14}, {m.tr("承诺", "Pledge"), 60}, {m.tr("分歧", "Why"), 36}, {m.tr("评审意见", "Reviewers"), 42}, m.decisionCol()}
	none := m.tr("无", "None.")
	if m.in.Disputed == nil {
		none = m.tr("少于两位评审人评审过本报告，无分歧可比。", "Fewer than two reviewers have reviewed this report: no disputes to compare.")
	}
	head, shown := d.startTable(m.tr("未决分歧", "Open disputes")+m.paren(strconv.Itoa(len(list))), cols, list, limit, none)
	defer d.moreRows(list[len(shown):])
	for _, it := range shown {
		why := m.tr("分差", "spread") + fmt.Sprintf(" %.1f", it.disputed.Spread)
		if len(it.disputed.Reasons) > 0 {
			why += "\n" + strings.Join(it.disputed.Reasons, "\n")
		}
		r := d.tableRow(cols, []tcell{{shortID(it.p.ID), accent}, {it.p.Text, ink}, {why, warn}, {m.notesCell(it, splitCriteria(m.in.Rubric, it)...), ink}, {"", ink}}, 8)
		r.head = head
		d.add(r)
	}
}

// meetingFlagged lists the flagged pledges with who flagged them and why.
func (d *doc) meetingFlagged(limit int) {
	m := d.m
	var list []*item
	for _, it := range m.pledges {
		if it.flagged {
			list = append(list, it)
		}
	}
	cols := []column{{m.tr("编号", "ID"), 14}, {m.tr("承诺", "Pledge"), 70}, {m.tr("标记人及意见", "Flagged by, notes"), 68}, m.decisionCol()}
	head, shown := d.startTable(m.tr("已标记", "Flagged")+m.paren(strconv.Itoa(len(list))), cols, list, limit, m.tr("无", "None."))
	defer d.moreRows(list[len(shown):])
	for _, it := range shown {
		var notes []string
		for i, r := range it.revs {
			if r == nil || !r.Flag {
				continue
			}
			s := oneLine(m.reviewers[i].Name)
			if m.opt.IncludeNotes && r.Note != "" {
				s += "：" + r.Note
			}
			notes = append(notes, s)
		}
		r := d.tableRow(cols, []tcell{{shortID(it.p.ID), accent}, {it.p.Text, ink}, {strings.Join(notes, "\n"), ink}, {"", ink}}, 8)
		r.head = head
		d.add(r)
	}
}

// fmtNum writes a value as short as it reads; from 亿 (10^8) up in 亿,
// or in an English pack in millions.
func (m *model) fmtNum(v float64) string {
	if v < 1e8 && v > -1e8 {
		return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
	}
	if m.opt.Language == LangEn {
		return strconv.FormatFloat(math.Round(v/1e2)/1e4, 'f', -1, 64) + " million"
	}
	return strconv.FormatFloat(math.Round(v/1e4)/1e4, 'f', -1, 64) + "亿"
}
