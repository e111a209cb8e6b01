package briefing

import (
	"fmt"
	"strconv"
	"strings"
)

// planCover lays out the cover: one full page with the title, what the pack
// holds, who reviewed, when, and from which workspace.
func (d *doc) planCover() {
	d.add(&row{h: d.bottom - d.top, breakBefore: true, draw: d.drawCover})
}

func (d *doc) drawCover(float64) {
	m, f := d.m, d.f
	x, w := d.left, d.bodyW()
	// A band of colour across the top.
	d.fill(accent)
	f.Rect(0, 0, d.pageW, 10, "F")

	y := 52.0
	d.text(x, y, w, strings.Join(m.sentences("评审简报", "Briefing pack"), " / "), sizeH3, accent, "L", 0)
	y += lineH(sizeH3) + 6
	for _, ln := range d.capLines(m.in.Report.Title, sizeH1, w, 4) {
		d.text(x, y, w, ln, sizeH1, ink, "L", 0)
		y += lineH(sizeH1)
	}
	if m.in.Report.Subtitle != "" {
		y += 2
		for _, ln := range d.capLines(m.in.Report.Subtitle, sizeH2, w, 2) {
			d.text(x, y, w, ln, sizeH2, muted, "L", 0)
			y += lineH(sizeH2)
		}
	}
	y += 8
	d.draw(accent)
	f.SetLineWidth(0.8)
	f.Line(x, y, x+40, y)
	y += 10

	var names []string
	for i := range m.reviewers {
		names = append(names, m.reviewerName(i))
	}
	notes := m.tr("不含", "excluded")
	if m.opt.IncludeNotes {
		notes = m.tr("包含", "included")
	}
	fields := [][2]string{
		{m.tr("范围", "Scope"), m.scopeText()},
		{m.tr("评审人", "Reviewers"), m.opt.Language.list(names)},
		{m.tr("备注", "Notes"), notes},
		{m.tr("日期", "Date"), m.in.Generated.Format("2006-01-02")},
		{m.tr("工作区", "Workspace"), m.in.Workspace},
		{m.tr("报告", "Report"), m.in.Report.ID + m.paren(m.short(fmt.Sprintf("%d 年", m.year), strconv.Itoa(m.year)))},
	}
	labelW := 38.0
	for _, fl := range fields {
		if strings.TrimSpace(fl[1]) == "" {
			fl[1] = "—"
		}
		d.text(x, y, labelW, fl[0], sizeSmall, muted, "L", 0)
		for _, ln := range d.capLines(fl[1], sizeBody+1, w-labelW, 3) {
			d.text(x+labelW, y-0.4, w-labelW, ln, sizeBody+1, ink, "L", 0)
			y += lineH(sizeBody + 1)
		}
		y += 3
	}

	reviewed := 0
	for _, it := range m.pledges {
		if it.reviewed {
			reviewed++
		}
	}
	chapters, headlines, _ := m.in.Report.Count()
	summary := fmt.Sprintf("本简报收录 %d 项承诺，其中 %d 项已有评审。报告共 %d 章、%d 条标题承诺。",
		len(m.pledges), reviewed, chapters, headlines)
	summaryEn := fmt.Sprintf("This pack holds %d pledges, %d of them reviewed. The report has %d chapters and %d headline pledges.",
		len(m.pledges), reviewed, chapters, headlines)
	y = d.bottom - 30
	d.fill(paleBox)
	f.Rect(x, y-4, w, 26, "F")
	for _, s := range m.sentences(summary, summaryEn) {
		for _, ln := range d.lines(s, sizeSmall, w-8) {
			d.text(x+4, y, w-8, ln, sizeSmall, muted, "L", 0)
			y += lineH(sizeSmall)
		}
		y += 1.5
	}
}
