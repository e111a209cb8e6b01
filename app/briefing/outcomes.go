package briefing

import (
	"cmp"
	"strconv"
	"strings"

	"pledgereview/data"
	"pledgereview/data/outcome"
)

func (m *model) outcomeVerdict(v string) string {
	switch v {
	case outcome.Met:
		return m.tr("达到", "met")
	case outcome.Missed:
		return m.tr("未达到", "missed")
	case outcome.ReportedDone:
		return m.tr("已报告完成", "reported done")
	case outcome.Unclear:
		return m.tr("不明", "unclear")
	case outcome.Rejected:
		return m.tr("已驳回", "rejected")
	}
	return m.tr("未提及", "not reported")
}

// outcomeOf is the outcome row of a pledge, if the pack has one.
func (m *model) outcomeOf(id string) (data.OutcomeRow, bool) {
	if m.outcomes == nil {
		m.outcomes = map[string]data.OutcomeRow{}
		for _, o := range m.in.Outcomes {
			m.outcomes[o.PledgeID] = o
		}
	}
	o, ok := m.outcomes[id]
	return o, ok
}

// arithmetic is the row's line of arithmetic in the pack's language: the
// English in English only, else the Chinese.
func (m *model) arithmetic(o data.OutcomeRow) string {
	return m.short(o.Arithmetic, cmp.Or(o.ArithmeticEn, o.Arithmetic))
}

// source is where the row's outcome stands, in the pack's language.
func (m *model) source(o data.OutcomeRow) string {
	return m.short(o.Source, cmp.Or(o.SourceEn, o.Source))
}

// outcomeRows are the lines of a pledge block that say what the next
// year's report says of the pledge.
func (d *doc) outcomeRows(it *item) []*row {
	m := d.m
	o, ok := m.outcomeOf(it.p.ID)
	if !ok {
		return nil
	}
	c := ink
	if o.Verdict == outcome.Missed || o.Verdict == outcome.NotReported {
		c = warn
	}
	s := m.outcomeVerdict(o.Verdict)
	if o.Arithmetic != "" {
		s += m.short("：", ": ") + m.arithmetic(o)
	}
	if o.CarriedOver != "" {
		s += " · " + m.tr("再次列入", "carried over") + " " + o.CarriedOver
	}
	out := d.fieldRows(m.tr("上年兑现", "Outcome"), s, c)
	if o.Outcome != "" {
		out = append(out, d.fieldRows("", m.source(o)+m.short("：", ": ")+o.Outcome, muted)...)
	}
	return out
}

// meetingOutcomes is the brief's block "上年承诺兑现": the counts by verdict
// and carried over, then the missed pledges and the unreported ones that
// state a figure.
func (d *doc) meetingOutcomes(limit int) {
	m := d.m
	if m.in.Outcomes == nil {
		return
	}
	n := map[string]int{}
	carried := 0
	var list []*item
	for _, o := range m.in.Outcomes {
		n[o.Verdict]++
		if o.CarriedOver != "" {
			carried++
		}
	}
	for _, it := range m.pledges {
		o, ok := m.outcomeOf(it.p.ID)
		if ok && (o.Verdict == outcome.Missed || o.Verdict == outcome.NotReported && len(it.p.Targets) > 0) {
			list = append(list, it)
		}
	}
	sep := m.short(" · ", " · ")
	counts := []string{
		m.tr("达到", "met") + " " + strconv.Itoa(n[outcome.Met]),
		m.tr("未达到", "missed") + " " + strconv.Itoa(n[outcome.Missed]),
		m.tr("已报告完成", "reported done") + " " + strconv.Itoa(n[outcome.ReportedDone]),
		m.tr("不明", "unclear") + " " + strconv.Itoa(n[outcome.Unclear]),
		m.tr("未提及", "not reported") + " " + strconv.Itoa(n[outcome.NotReported]),
	}
	if r := n[outcome.Rejected]; r > 0 { // links the reviewer said do not report on their pledge
		counts = append(counts, m.tr("已驳回", "rejected")+" "+strconv.Itoa(r))
	}
	counts = append(counts, m.tr("再次列入", "carried over")+" "+strconv.Itoa(carried))
	cols := []column{{m.tr("编号", "ID"), 14}, {m.tr("承诺", "Pledge"), 62}, {m.tr("兑现", "Outcome"), 54}, m.decisionCol()}
	title := m.tr("上年承诺兑现", "Last year's pledges") + m.paren(m.in.Later)
	d.add(gapRow(5), d.sectionTitle(title, 2))
	d.add(d.textRows(strings.Join(counts, sep), sizeSmall, ink, d.left, d.bodyW())...)
	d.add(d.textRows(m.tr("下表：未达到的承诺，以及写有目标数字而回顾未提及的承诺。", "Below: the missed pledges, and those with a figure the review does not mention."), sizeTiny, muted, d.left, d.bodyW())...)
	if len(list) == 0 {
		return
	}
	head := d.tableHeader(cols)
	d.add(head)
	shown := list[:min(limit, len(list))]
	defer d.moreRows(list[len(shown):])
	for _, it := range shown {
		o, _ := m.outcomeOf(it.p.ID)
		what := m.outcomeVerdict(o.Verdict)
		if o.Arithmetic != "" {
			what += "\n" + m.arithmetic(o)
		} else if len(it.p.Targets) > 0 {
			what += "\n" + m.tr("目标", "target") + " " + targetText(it.p.Targets[0], m.short("约", "≈"))
		}
		r := d.tableRow(cols, []tcell{{shortID(it.p.ID), accent}, {it.p.Text, ink}, {what, warn}, {"", ink}}, 6)
		r.head = head
		d.add(r)
	}
}
