package briefing

import (
	"pledgereview/data"
)

// progressRows show, in a pledge block of the full pack, the schedule test
// of the pledge in one line with its arithmetic and, when it has updates,
// a small chart of them against the straight elapsed-time line.
func (d *doc) progressRows(it *item) []*row {
	if len(it.ups) == 0 {
		return nil
	}
	s := it.sug
	lw := 24.0
	var out []*row
	text := d.m.tr(s.Verdict.Info().Zh, s.Verdict.Info().En) + d.m.colon() + d.m.short(s.Zh, s.En)
	colour := ink
	if s.Verdict == data.VerdictBehind || s.Verdict == data.VerdictOverdue {
		colour = warn
	}
	for i, ln := range d.lines(text, sizeSmall, d.bodyW()-lw) {
		out = append(out, &row{h: lineH(sizeSmall), draw: func(y float64) {
			if i == 0 {
				d.text(d.left, y, lw, d.m.tr("进度", "Progress"), sizeSmall, muted, "L", 0)
			}
			d.text(d.left+lw, y, d.bodyW()-lw, ln, sizeSmall, colour, "L", 0)
		}})
	}
	if pts := d.chartPoints(it); len(pts) > 0 {
		const h = 16.0
		out = append(out, &row{h: h + 2, draw: func(y float64) { d.sparkline(d.left+lw, y+1, 70, h, pts, s.Kind) }})
	}
	return out
}

// chartPoints are the updates of the target the suggestion speaks of.
func (d *doc) chartPoints(it *item) []data.ChartPoint {
	return data.ProgressPoints(it.p, d.m.year, it.ups, it.sug, d.m.schedule)
}

// sparkline draws the points in a w×h box: the elapsed-time line from 0 to
// 100 % for a count or a share, the target level for a rate.
func (d *doc) sparkline(x, y, w, h float64, pts []data.ChartPoint, kind data.TargetKind) {
	f := d.f
	d.fill(paleBox)
	f.Rect(x, y, w, h, "F")
	top := y + h*(1-1/1.2) // y of 100 %
	px := func(p data.ChartPoint) (float64, float64) { return x + p.X*w, y + h - p.Y/1.2*h }
	f.SetLineWidth(0.3)
	d.draw(muted)
	f.SetDashPattern([]float64{0.8, 0.8}, 0)
	if kind == data.KindCount || kind == data.KindShare {
		f.Line(x, y+h, x+w, top)
	} else {
		f.Line(x, top, x+w, top)
	}
	f.SetDashPattern(nil, 0)
	d.draw(accent)
	d.fill(accent)
	f.SetLineWidth(0.45)
	for i, p := range pts {
		cx, cy := px(p)
		if i > 0 {
			lx, ly := px(pts[i-1])
			f.Line(lx, ly, cx, cy)
		}
		f.Circle(cx, cy, 0.6, "F")
	}
	label := d.m.tr("虚线：序时进度", "dashed: elapsed time")
	if kind != data.KindCount && kind != data.KindShare {
		label = d.m.tr("虚线：目标值", "dashed: the target")
	}
	d.text(x+w+2, y+h-lineH(sizeTiny), 60, label, sizeTiny, muted, "L", 0)
	d.text(x+w+2, y, 60, d.m.trf("%d 次更新", "%d updates", len(pts)), sizeTiny, muted, "L", 0)
}

// vagueAnnex lists the vague pledges in the annex; the exceptions list
// gives only their count and points here.
func (d *doc) vagueAnnex() {
	if len(d.vague) == 0 {
		return
	}
	d.add(gapRow(2), &row{keep: 3, page: &d.vaguePage, draw: func(y float64) { d.f.SetLink(d.vagueLink, y, -1) }})
	d.exceptionGroup(d.m.tr("模糊承诺清单", "Vague pledges")+d.m.paren(d.m.short("无目标且无期限，或具体性/可衡量均分 ≤ 1", "no target and no deadline, or specific/measurable mean ≤ 1")), d.vague, "")
}
