package briefing

import (
	"fmt"
	"math"
	"strconv"

	"pledgereview/data"
)

// statusColour gives every delivery status its colour in charts and blocks.
var statusColour = map[data.Status]rgb{
	data.NotRated:   {209, 213, 219},
	data.NotStarted: {148, 163, 184},
	data.InProgress: {59, 130, 246},
	data.Behind:     {245, 158, 11},
	data.Done:       {22, 163, 74},
	data.DoneLate:   {132, 204, 22},
	data.PartlyDone: {168, 85, 247},
	data.NotDone:    {220, 38, 38},
}

// planDashboard lays out the one-page dashboard.
func (d *doc) planDashboard() {
	d.add(d.mark(&row{h: d.bottom - d.top, breakBefore: true, draw: d.drawDashboard}, d.dashEntry))
}

func (d *doc) drawDashboard(y float64) {
	x, w := d.left, d.bodyW()
	d.text(x, y, w, d.m.tr("概览", "Dashboard"), sizeH2, ink, "L", 0)
	y += lineH(sizeH2) + 2
	y = d.kpis(x, y, w) + 5

	// Everything below the status chart has a fixed height; the chart takes
	// what is left.
	lowerH := 2*(lineH(sizeBody)+48) + 6
	y = d.statusChart(x, y, w, d.bottom-y-lowerH) + 4

	colW := (w - 8) / 2
	h1 := d.scoreChart(x, y, colW)
	h2 := d.deadlineChart(x+colW+8, y, colW)
	y += math.Max(h1, h2) + 6
	d.progressChart(x, y, colW)
	d.agreementTable(x+colW+8, y, colW)
}

func (d *doc) heading(x, y, w float64, s string) float64 {
	d.text(x, y, w, d.fit(s, sizeBody, w), sizeBody, accent, "L", 0)
	return y + lineH(sizeBody) + 1.5
}

// kpis draws four figure boxes and returns the y below them.
func (d *doc) kpis(x, y, w float64) float64 {
	m := d.m
	var reviewed, flagged, overdue int
	for _, it := range m.pledges {
		if it.reviewed {
			reviewed++
		}
		if it.flagged {
			flagged++
		}
		if it.overdue {
			overdue++
		}
	}
	n := len(m.pledges)
	boxes := []struct {
		v, l string
		c    rgb
	}{
		{strconv.Itoa(n), m.tr("承诺", "Pledges in scope"), ink},
		{fmt.Sprintf("%d / %d", reviewed, n), m.tr("已评审", "Reviewed / total"), accent},
		{strconv.Itoa(flagged), m.tr("已标记", "Flagged"), warn},
		{strconv.Itoa(overdue), m.tr("逾期未完成", "Overdue"), warn},
	}
	bw := (w - 3*4) / 4
	const bh = 17
	for i, b := range boxes {
		bx := x + float64(i)*(bw+4)
		d.fill(paleBox)
		d.f.Rect(bx, y, bw, bh, "F")
		d.text(bx+3, y+2, bw-6, d.fit(b.v, 16, bw-6), 16, b.c, "L", 0)
		d.text(bx+3, y+bh-lineH(sizeTiny)-1.5, bw-6, d.fit(b.l, sizeTiny, bw-6), sizeTiny, muted, "L", 0)
	}
	return y + bh
}

// statusChart draws pledges by consensus status per chapter as stacked
// horizontal bars with a legend, within height avail; it returns the y below.
func (d *doc) statusChart(x, y, w, avail float64) float64 {
	m := d.m
	y = d.heading(x, y, w, m.tr("各章落实状态", "Delivery status by chapter")+m.paren(m.tr("按评审人多数意见", "by majority of reviewers")))
	legendH := 2*lineH(sizeTiny) + 3
	type bar struct {
		label  string
		counts map[data.Status]int
		total  int
	}
	var bars []bar
	for _, cv := range m.chapters {
		b := bar{label: fmt.Sprintf("%d %s", cv.ch.N, oneLine(cv.ch.Title)), counts: map[data.Status]int{}}
		for _, it := range cv.all {
			b.counts[it.status]++
			b.total++
		}
		bars = append(bars, b)
	}
	chartH := avail - legendH - lineH(sizeBody) - 1.5
	rowH := math.Min(6.5, chartH/float64(len(bars)))
	if rowH < 2.6 { // too many chapters: fold the tail into one bar
		keep := max(int(chartH/2.6)-1, 1)
		rest := bar{counts: map[data.Status]int{}}
		for _, b := range bars[keep:] {
			for s, c := range b.counts {
				rest.counts[s] += c
			}
			rest.total += b.total
		}
		rest.label = m.trf("其余 %d 章", "%d other chapters", len(bars)-keep)
		bars = append(bars[:keep:keep], rest)
		rowH = 2.6
	}
	maxTotal := 1
	for _, b := range bars {
		maxTotal = max(maxTotal, b.total)
	}
	labelW, numW := 56.0, 10.0
	barW := w - labelW - numW - 2
	size := math.Min(sizeSmall, rowH/0.3528/1.45)
	for _, b := range bars {
		d.text(x, y+(rowH-lineH(size))/2, labelW-2, d.fit(b.label, size, labelW-2), size, ink, "L", 0)
		bx := x + labelW
		for _, si := range data.Statuses {
			c := b.counts[si.ID]
			if c == 0 {
				continue
			}
			sw := float64(c) / float64(maxTotal) * barW
			d.fill(statusColour[si.ID])
			d.f.Rect(bx, y+rowH*0.15, sw, rowH*0.7, "F")
			bx += sw
		}
		d.text(bx+1, y+(rowH-lineH(size))/2, numW, strconv.Itoa(b.total), size, muted, "L", 0)
		y += rowH
	}
	// Legend: the statuses in display order, four to a line.
	y += 1.5
	cw := w / 4
	for i, si := range data.Statuses {
		lx := x + float64(i%4)*cw
		ly := y + float64(i/4)*(lineH(sizeTiny)+1)
		d.fill(statusColour[si.ID])
		d.f.Rect(lx, ly+0.9, 2.6, 2.6, "F")
		d.text(lx+3.6, ly, cw-4, d.fit(d.m.tr(si.Zh, si.En), sizeTiny, cw-4), sizeTiny, muted, "L", 0)
	}
	return y + legendH
}

// scoreChart draws the average score of every criterion, 0..MaxScore.
func (d *doc) scoreChart(x, y, w float64) float64 {
	y0 := y
	y = d.heading(x, y, w, d.m.tr("评分均值", "Average score by criterion")+d.m.paren("0–4"))
	labelW, valW := 36.0, 22.0
	trackW := w - labelW - valW
	for _, c := range d.m.in.Rubric.Criteria {
		sum, n := 0, 0
		for _, it := range d.m.pledges {
			for _, r := range it.revs {
				if r == nil {
					continue
				}
				if v, ok := r.Scores[c.ID]; ok {
					sum += v
					n++
				}
			}
		}
		d.text(x, y, labelW, d.fit(d.m.criterionName(c), sizeSmall, labelW-1), sizeSmall, ink, "L", 0)
		d.fill(paleBox)
		d.f.Rect(x+labelW, y+1, trackW, lineH(sizeSmall)-2, "F")
		val := "—"
		if n > 0 {
			avg := float64(sum) / float64(n)
			d.fill(accent)
			d.f.Rect(x+labelW, y+1, avg/data.MaxScore*trackW, lineH(sizeSmall)-2, "F")
			val = fmt.Sprintf("%.2f", avg) + d.m.paren(fmt.Sprintf("n=%d", n))
		}
		d.text(x+labelW+trackW+1, y, valW-1, d.fit(val, sizeTiny, valW-1), sizeTiny, muted, "L", 0)
		y += lineH(sizeSmall) + 1.2
	}
	return y - y0
}

// deadlineChart draws how many pledges fall due in each month of the report
// year (plus before and after it), the part past due and not done in red.
func (d *doc) deadlineChart(x, y, w float64) float64 {
	m := d.m
	y0 := y
	y = d.heading(x, y, w, m.tr("期限分布", "Deadlines by month")+m.paren(strconv.Itoa(m.year)))
	dc := d.deadlineCounts()
	first, last := 1, 12
	if dc.all[0] > 0 {
		first = 0
	}
	if dc.all[13] > 0 {
		last = 13
	}
	const plotH = 26.0
	slot := w / float64(last-first+1)
	base := y + plotH + lineH(sizeTiny)
	d.draw(faint)
	d.f.SetLineWidth(0.2)
	d.f.Line(x, base, x+w, base)
	for k := first; k <= last; k++ {
		bx := x + float64(k-first)*slot
		d.deadlineBar(bx, base, slot, plotH, dc, k)
		d.text(bx, base+0.5, slot, d.monthLabel(k), sizeTiny, muted, "C", 0)
	}
	y = base + lineH(sizeTiny) + 1.5
	note := m.tr("无期限", "no deadline") + m.colon() + strconv.Itoa(dc.none) + " · " + m.tr("红色", "red") + m.colon() +
		m.tr("已过期未完成", "past due, not done") + m.paren(m.tr("截至", "as of")+" "+m.today)
	for _, ln := range d.lines(note, sizeTiny, w) {
		d.text(x, y, w, ln, sizeTiny, muted, "L", 0)
		y += lineH(sizeTiny)
	}
	return y - y0
}

// deadlines counts the pledges due in each slot of the deadline chart:
// 0 before the report year, 1..12 its months, 13 after it.
type deadlines struct {
	all, late [14]int
	none      int // no deadline, or no date read from it
	peak      int // the largest count, at least 1
}

func (d *doc) deadlineCounts() deadlines {
	dc := deadlines{peak: 1}
	for _, it := range d.m.pledges {
		k, ok := d.deadlineSlot(it.p.Deadline)
		if !ok {
			dc.none++
			continue
		}
		dc.all[k]++
		if it.overdue {
			dc.late[k]++
		}
		dc.peak = max(dc.peak, dc.all[k])
	}
	return dc
}

// deadlineSlot is the slot of the chart a deadline falls in.
func (d *doc) deadlineSlot(dl *data.Deadline) (int, bool) {
	if dl == nil || len(dl.Due) < 7 {
		return 0, false
	}
	yr, err1 := strconv.Atoi(dl.Due[:4])
	mo, err2 := strconv.Atoi(dl.Due[5:7])
	switch {
	case err1 != nil || err2 != nil || mo < 1 || mo > 12:
		return 0, false
	case yr < d.m.year:
		return 0, true
	case yr > d.m.year:
		return 13, true
	}
	return mo, true
}

// deadlineBar draws slot k's bar, its overdue part in red, and its count.
func (d *doc) deadlineBar(bx, base, slot, plotH float64, dc deadlines, k int) {
	if dc.all[k] == 0 {
		return
	}
	h := float64(dc.all[k]) / float64(dc.peak) * plotH
	d.fill(accent)
	d.f.Rect(bx+slot*0.18, base-h, slot*0.64, h, "F")
	if lh := float64(dc.late[k]) / float64(dc.peak) * plotH; lh > 0 {
		d.fill(warn)
		d.f.Rect(bx+slot*0.18, base-lh, slot*0.64, lh, "F")
	}
	d.text(bx, base-h-lineH(sizeTiny), slot, strconv.Itoa(dc.all[k]), sizeTiny, ink, "C", 0)
}

// monthLabel names a slot of the deadline chart under its bar.
func (d *doc) monthLabel(k int) string {
	switch k {
	case 0:
		return d.m.short("更早", "before")
	case 13:
		return d.m.short("以后", "after")
	}
	return strconv.Itoa(k)
}

// progressChart draws reviewed / total for every included reviewer.
func (d *doc) progressChart(x, y, w float64) {
	m := d.m
	y = d.heading(x, y, w, m.tr("评审进度", "Reviewed / total"))
	total := len(m.pledges)
	labelW, valW := 34.0, 20.0
	trackW := w - labelW - valW
	rowH := lineH(sizeSmall) + 1.2
	limit := d.bottom - lineH(sizeSmall)
	line := func(name string, done int) {
		d.text(x, y, labelW, d.fit(name, sizeSmall, labelW-1), sizeSmall, ink, "L", 0)
		d.fill(paleBox)
		d.f.Rect(x+labelW, y+1, trackW, rowH-3, "F")
		d.fill(accent)
		d.f.Rect(x+labelW, y+1, float64(done)/float64(total)*trackW, rowH-3, "F")
		d.text(x+labelW+trackW+1, y, valW-1, fmt.Sprintf("%d/%d", done, total), sizeTiny, muted, "L", 0)
		y += rowH
	}
	any := 0
	for _, it := range m.pledges {
		if it.reviewed {
			any++
		}
	}
	line(m.tr("任一评审人", "anyone"), any)
	for i := range m.reviewers {
		if y+rowH > limit {
			d.text(x, y, w, m.trf("…另有 %d 位", "…%d more", len(m.reviewers)-i), sizeTiny, muted, "L", 0)
			return
		}
		done := 0
		for _, it := range m.pledges {
			if r := it.revs[i]; r != nil && r.Reviewed() {
				done++
			}
		}
		line(m.reviewerName(i), done)
	}
}

// alphaCell is an alpha as data.FormatAlpha writes it, in the colour that
// says whether it is missing, too low to conclude, or fine.
func alphaCell(v float64, ok bool) (string, rgb) {
	switch {
	case !ok:
		return data.FormatAlpha(v, ok), muted
	case data.AlphaLow(v, ok):
		return data.FormatAlpha(v, ok), warn
	}
	return data.FormatAlpha(v, ok), ink
}

// agreementTable draws the reviewer agreement figures, or says that sharing
// is not in use.
func (d *doc) agreementTable(x, y, w float64) {
	m := d.m
	y = d.heading(x, y, w, m.tr("评审一致性", "Reviewer agreement"))
	if m.in.Agreement == nil {
		d.mutedLines(x, y, w, m.tr("少于两位评审人评审过本报告：没有同事的评审可比较。", "Fewer than two reviewers have reviewed this report: no colleague's reviews to compare."), sizeSmall)
		return
	}
	cols := []float64{w * 0.4, w * 0.2, w * 0.2, w * 0.2}
	cell := func(i int, s string, c rgb, size float64) {
		cx := x
		for k := 0; k < i; k++ {
			cx += cols[k]
		}
		align := "R"
		if i == 0 {
			align = "L"
		}
		d.text(cx, y, cols[i]-1, d.fit(s, size, cols[i]-1), size, c, align, 0)
	}
	for i, h := range []string{m.tr("项目", "item"), m.short("α 序数", "α ordinal"), m.short("α 区间", "α interval"), m.tr("配对", "pairs")} {
		cell(i, h, muted, sizeTiny)
	}
	y += lineH(sizeTiny) + 0.5
	for _, a := range m.in.Agreement {
		if y+lineH(sizeSmall) > d.bottom {
			break
		}
		cell(0, d.agreementLabel(a), ink, sizeSmall)
		if a.Criterion == StatusAgreement {
			s, c := percentCell(a)
			cell(1, s, c, sizeSmall)
		} else {
			s, c := alphaCell(a.Ordinal, a.OrdinalOK)
			cell(1, s, c, sizeSmall)
			s, c = alphaCell(a.Interval, a.IntervalOK)
			cell(2, s, c, sizeSmall)
		}
		cell(3, strconv.Itoa(a.Pairs), muted, sizeSmall)
		y += lineH(sizeSmall) + 0.6
	}
	limit := data.FormatAlpha(data.AlphaThreshold, true)
	note := m.tr(
		fmt.Sprintf("α：1 = 评审人完全一致，0 = 与随机无异；低于 %s（红色）一致性不足以下结论；—：两位评审人评过的承诺不足 %d 项，或评分没有差异。", limit, data.MinAgreementPledges),
		fmt.Sprintf("α: 1 = full agreement, 0 = no better than chance; below %s (red) too little to conclude; —: fewer than %d pledges scored by two reviewers, or no variation.", limit, data.MinAgreementPledges))
	d.mutedLines(x, y+1, w, note, sizeTiny)
}

// agreementLabel names the item of an agreement row: the label given, else
// the status or the rubric criterion.
func (d *doc) agreementLabel(a AgreementRow) string {
	switch {
	case a.Label != "":
		return a.Label
	case a.Criterion == StatusAgreement:
		return d.m.tr("状态一致率", "status")
	}
	if c := d.m.in.Rubric.Criterion(a.Criterion); c != nil {
		return d.m.criterionName(*c)
	}
	return a.Criterion
}

// percentCell is the percent agreement on status, or a dash.
func percentCell(a AgreementRow) (string, rgb) {
	if !a.PercentOK {
		return "—", muted
	}
	return fmt.Sprintf("%.0f%%", a.Percent), ink
}

// mutedLines writes a small muted text wrapped to w from y, as far as the
// page allows.
func (d *doc) mutedLines(x, y, w float64, s string, size float64) {
	for _, ln := range d.lines(s, size, w) {
		if y+lineH(size) > d.bottom {
			return
		}
		d.text(x, y, w, ln, size, muted, "L", 0)
		y += lineH(size)
	}
}
