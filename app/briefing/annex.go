package briefing

import (
	"pledgereview/data"
)

// planAnnex lays out the method annex: the rubric with every level's text,
// the status definitions, and how the figures are taken.
func (d *doc) planAnnex() {
	x, w := d.left, d.bodyW()
	d.add(d.mark(&row{h: lineH(sizeH2) + 2, breakBefore: true, draw: func(y float64) {
		d.text(x, y, w, d.m.tr("方法附录", "Method annex"), sizeH2, ink, "L", 0)
	}}, d.annexEntry))

	section := func(s string) {
		d.add(gapRow(4), &row{h: lineH(sizeH3) + 1, keep: 2, draw: func(y float64) {
			d.text(x, y, w, s, sizeH3, accent, "L", 0)
		}})
	}
	para := func(s string, size float64, c rgb, indent float64) []*row {
		rs := d.textRows(s, size, c, x+indent, w-indent)
		d.add(rs...)
		return rs
	}

	rb := d.m.in.Rubric
	section(d.m.tr("评分标准", "Rubric") + d.m.paren(rb.ID+d.m.short("，每项 0–4 分", ", each criterion scored 0–4")))
	for _, c := range rb.Criteria {
		d.add(gapRow(2.5))
		title := &row{h: lineH(sizeBody+1) + 0.5, draw: func(y float64) {
			d.text(x, y, w, d.fit(d.m.criterionName(c), sizeBody+1, w), sizeBody+1, ink, "L", 0)
		}}
		d.add(title)
		n := len(d.rows)
		for _, desc := range d.m.sentences(c.DescZh, c.DescEn) {
			para(desc, sizeSmall, muted, 0)
		}
		for _, l := range c.Levels {
			d.pair(d.m.sentences(l.Zh, l.En), 5)
		}
		title.keep = min(3, len(d.rows)-n)
	}

	section(d.m.tr("落实状态", "Delivery statuses"))
	for _, si := range data.Statuses {
		d.add(gapRow(1.5))
		first := true
		for _, ln := range d.lines(d.m.tr(si.DefZh, si.DefEn), sizeSmall, w-40) {
			label := ""
			if first {
				label = d.m.tr(si.Zh, si.En)
			}
			st := si.ID
			chip := first
			d.add(&row{h: lineH(sizeSmall), draw: func(y float64) {
				if chip {
					d.fill(statusColour[st])
					d.f.Rect(x, y+0.9, 2.8, 2.8, "F")
					d.text(x+4, y, 36, d.fit(label, sizeSmall, 35), sizeSmall, ink, "L", 0)
				}
				d.text(x+40, y, w-40, ln, sizeSmall, ink, "L", 0)
			}})
			first = false
		}
	}

	section(d.m.tr("数字怎样得出", "How the figures are taken"))
	for _, s := range methodNotes {
		d.add(gapRow(1.5))
		d.pair(d.m.sentences(s[0], s[1]), 0)
	}
	d.vagueAnnex()
}

// pair sets a text in the pack's language: one paragraph, or the Chinese
// and under it the English in a smaller, muted type, kept together.
func (d *doc) pair(texts []string, indent float64) {
	x, w := d.left+indent, d.bodyW()-indent
	first := d.textRows(texts[0], sizeSmall, ink, x, w)
	d.add(first...)
	if len(texts) < 2 || len(first) == 0 {
		return
	}
	second := d.textRows(texts[1], sizeTiny+0.5, muted, x, w)
	d.add(second...)
	first[0].keep = len(first) - 1 + len(second)
}

var methodNotes = [][2]string{
	{"评分均值：把范围内每位所含评审人对该项标准打出的每一个分数相加，再除以分数的个数；未打分的不计入，不当作 0 分。",
		"Average score: every score the included reviewers gave on the criterion, over the pledges in scope, summed and divided by the number of scores. Criteria left unscored are left out, not counted as 0."},
	{"落实状态（图表与例外清单）：取所含评审人多数给出的状态；票数相同时取更值得关注的一种（未完成 > 滞后 > 部分完成 > 未启动 > 逾期完成 > 推进中 > 已完成）；“未评估”不计票。",
		"Delivery status (charts and exceptions): the status most included reviewers gave; a tie goes to the more worrying status (not done > behind > partly done > not started > done late > in progress > done); 'not rated' casts no vote."},
	{"逾期未完成：期限日期早于简报日期，且多数意见的状态不是“已完成”或“逾期完成”。期限日期由机器从原文推断（如“年底”→ 当年 12 月 31 日）。",
		"Past deadline, not done: the due date is before the date of the pack and the majority status is neither done nor done late. Due dates are inferred by machine from the text ('by year end' → 31 December)."},
	{"模糊：既没有数量目标也没有期限，或“具体性”“可衡量”两项所有分数的平均值不超过 1。",
		"Vague: neither a numeric target nor a deadline, or the mean of all 'specific' and 'measurable' scores is 1 or less."},
	{"已评审：评审人打过分、设过状态、做过标记或写过备注、牵头单位、标签或证据中的任何一项。",
		"Reviewed: the reviewer scored it, set a status, flagged it, or wrote a note, a lead unit, a tag or evidence."},
	{"评审一致性由共享模块计算：各项标准用 Krippendorff α（序数与区间两种度量），状态用百分比一致率；α 低于 0.67 表示一致性不足以下结论。",
		"Reviewer agreement comes from the sharing module: Krippendorff's alpha per criterion (ordinal and interval metrics) and percent agreement on status; alpha below 0.67 is too little agreement to draw conclusions."},
}
