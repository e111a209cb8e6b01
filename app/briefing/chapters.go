package briefing

import (
	"fmt"
	"strconv"
	"strings"

	"pledgereview/data"
)

// planChapters lays out every chapter in scope: a heading, then one block
// per pledge, headline by headline.
func (d *doc) planChapters() {
	for _, cv := range d.m.chapters {
		head := d.chapterHeading(cv)
		d.add(head)
		for i, it := range cv.loose {
			rows, keep := d.block(it)
			if i == 0 {
				head.keep = keep
			}
			d.add(rows...)
		}
		for hi, hv := range cv.heads {
			hr := d.headlineHeading(cv, hv)
			d.add(gapRow(3), hr)
			for i, it := range hv.items {
				rows, keep := d.block(it)
				if i == 0 {
					hr.keep = keep
					if hi == 0 && len(cv.loose) == 0 {
						head.keep = 2 + keep // chapter heading, gap, headline, block start
					}
				}
				d.add(rows...)
			}
		}
	}
}

func (d *doc) chapterHeading(cv *chapterView) *row {
	w := d.bodyW() - 4
	title := d.capLines(cv.ch.Title, sizeH2, w, 3)
	h := lineH(sizeSmall) + float64(len(title))*lineH(sizeH2) + 4
	return d.mark(&row{h: h, breakBefore: true, draw: func(y float64) {
		d.fill(accent)
		d.f.Rect(d.left, y+0.5, 1.2, h-4, "F")
		x := d.left + 4
		kicker := fmt.Sprintf("第 %d 章 Chapter %d", cv.ch.N, cv.ch.N)
		if cv.ch.Annex != data.AnnexNone {
			kicker = "附件 Annex"
		}
		d.text(x, y, w, kicker, sizeSmall, accent, "L", 0)
		y += lineH(sizeSmall)
		for _, ln := range title {
			d.text(x, y, w, ln, sizeH2, ink, "L", 0)
			y += lineH(sizeH2)
		}
	}}, cv.entry)
}

func (d *doc) headlineHeading(cv *chapterView, hv *headView) *row {
	lines := d.capLines(headlineLabel(cv.ch, hv.h), sizeH3, d.bodyW(), 4)
	h := float64(len(lines))*lineH(sizeH3) + 1
	return d.mark(&row{h: h, draw: func(y float64) {
		for _, ln := range lines {
			d.text(d.left, y, d.bodyW(), ln, sizeH3, accent, "L", 0)
			y += lineH(sizeH3)
		}
	}}, hv.entry)
}

// block returns the rows of one pledge block and how many rows after the
// first must stay on the first row's page: the whole block when it is short,
// else the header with the pledge text (or its first lines when the text
// alone is longer than a page).
func (d *doc) block(it *item) ([]*row, int) {
	x, w := d.left, d.bodyW()
	rows := []*row{gapRow(3.5)}
	header := &row{h: lineH(sizeSmall) + 1.5, pledge: true, draw: func(y float64) {
		d.f.SetLink(it.link, y, -1)
		d.draw(faint)
		d.f.SetLineWidth(0.2)
		d.f.Line(x, y, x+w, y)
		y += 0.8
		label := it.p.ID
		if it.p.IsHeadline() {
			label += "  · 标题承诺 headline pledge"
		}
		d.text(x, y, w*0.6, d.fit(label, sizeSmall, w*0.6), sizeSmall, accent, "L", 0)
		right := it.status.Info().Zh + " " + it.status.Info().En
		if it.flagged {
			right = "已标记 flagged · " + right
		}
		rw := d.strW(right, sizeSmall)
		d.text(x+w-rw, y, rw, right, sizeSmall, ink, "L", 0)
		d.fill(statusColour[it.status])
		d.f.Rect(x+w-rw-4, y+0.9, 2.8, 2.8, "F")
	}}
	rows = append(rows, header)
	text := d.textRows(it.p.Text, sizeBody, ink, x, w)
	rows = append(rows, text...)
	rows = append(rows, d.metaRows(it)...)
	rows = append(rows, d.progressRows(it)...)
	rows = append(rows, d.reviewerRows(it)...)

	body := d.bottom - d.top
	total := 0.0
	for _, r := range rows[1:] {
		total += r.h
	}
	keep := len(text) // header + text
	switch {
	case total <= body*0.4:
		keep = len(rows) - 2
	case header.h+float64(len(text))*lineH(sizeBody) > body*0.8:
		keep = min(3, len(text))
	}
	header.keep = keep
	return rows, keep + 2 // a heading before it keeps the gap row, the header and its kept rows
}

// metaRows shows the targets, the deadline and the machine hints.
func (d *doc) metaRows(it *item) []*row {
	p := it.p
	var out []*row
	field := func(label, value string, c rgb) {
		lw := 24.0
		lines := d.lines(value, sizeSmall, d.bodyW()-lw)
		for i, ln := range lines {
			out = append(out, &row{h: lineH(sizeSmall), draw: func(y float64) {
				if i == 0 {
					d.text(d.left, y, lw, label, sizeSmall, muted, "L", 0)
				}
				d.text(d.left+lw, y, d.bodyW()-lw, ln, sizeSmall, c, "L", 0)
			}})
		}
	}
	out = append(out, gapRow(1))
	if len(p.Targets) == 0 {
		field("目标 Targets", "未写明 none stated", muted)
	}
	for i, t := range p.Targets {
		label := ""
		if i == 0 {
			label = "目标 Targets"
		}
		field(label, targetText(t), ink)
	}
	switch {
	case p.Deadline == nil:
		field("期限 Deadline", "未写明 none stated", muted)
	case it.overdue:
		field("期限 Deadline", fmt.Sprintf("%s → %s（已过期未完成 past due, not done）", p.Deadline.Raw, p.Deadline.Due), warn)
	default:
		due := p.Deadline.Due
		if due == "" {
			due = "?"
		}
		field("期限 Deadline", p.Deadline.Raw+" → "+due, ink)
	}
	field("机器提示 Hints", fmt.Sprintf("可衡量 measurable: %s · 有时限 time-bound: %s（机器判断，仅供参考 machine guess）",
		yesNo(p.Hints.Measurable), yesNo(p.Hints.TimeBound)), muted)
	return append(out, d.glossaryRows(p)...)
}

// glossaryRows explain, under the pledge, the report's glossary terms that
// the pledge uses: a heading line, then each term with its text, wrapped.
func (d *doc) glossaryRows(p data.Pledge) []*row {
	entries := d.m.in.Report.GlossaryFor(p.Text)
	if len(entries) == 0 {
		return nil
	}
	out := []*row{{h: lineH(sizeSmall), draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), "名词解释 Glossary", sizeSmall, muted, "L", 0)
	}}}
	indent := 4.0
	for _, g := range entries {
		for _, ln := range d.lines(g.Term+"："+g.Text, sizeSmall, d.bodyW()-indent) {
			out = append(out, &row{h: lineH(sizeSmall), draw: func(y float64) {
				d.text(d.left+indent, y, d.bodyW()-indent, ln, sizeSmall, muted, "L", 0)
			}})
		}
	}
	return out
}

func targetText(t data.Target) string {
	cmp := map[string]string{data.AtLeast: "≥", data.AtMost: "≤", data.About: "约", data.Exactly: "="}[t.Comparator]
	s := strings.TrimSpace(fmt.Sprintf("%s %s %s", t.Subject, cmp, t.Quantity()))
	if t.Quote != "" {
		s += "「" + t.Quote + "」"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "是 yes"
	}
	return "否 no"
}

// cell is one line of a reviewer's column.
type cell struct {
	h    float64
	draw func(x, y, w float64)
}

const (
	colGap     = 4.0
	colsPerRow = 3
)

// reviewerRows shows each reviewer's judgement, reviewers side by side in
// columns (three to a band), drawn line by line so a band may continue on
// the next page.
func (d *doc) reviewerRows(it *item) []*row {
	var out []*row
	n := len(d.m.reviewers)
	for start := 0; start < n; start += colsPerRow {
		end := min(start+colsPerRow, n)
		k := end - start
		cols := max(k, min(n, colsPerRow))
		w := (d.bodyW() - colGap*float64(cols-1)) / float64(cols)
		var cells [][]cell
		longest := 0
		for i := start; i < end; i++ {
			c := d.reviewerCells(it, i, w)
			cells = append(cells, c)
			longest = max(longest, len(c))
		}
		out = append(out, gapRow(1.5))
		for j := 0; j < longest; j++ {
			h := 0.0
			for _, c := range cells {
				if j < len(c) {
					h = max(h, c[j].h)
				}
			}
			out = append(out, &row{h: h, draw: func(y float64) {
				for ci, c := range cells {
					if j < len(c) {
						c[j].draw(d.left+float64(ci)*(w+colGap), y, w)
					}
				}
			}})
		}
	}
	return out
}

// reviewerCells lays out reviewer i's judgement of a pledge in a column.
func (d *doc) reviewerCells(it *item, i int, w float64) []cell {
	m := d.m
	r := it.revs[i]
	name := m.reviewerName(i)
	out := []cell{{h: lineH(sizeSmall) + 0.6, draw: func(x, y, w float64) {
		d.fill(paleBox)
		d.f.Rect(x, y, w, lineH(sizeSmall)+0.2, "F")
		d.text(x+1, y, w-2, d.fit(name, sizeSmall, w-2), sizeSmall, accent, "L", 0)
	}}}
	small := func(s string, c rgb) {
		for _, ln := range d.lines(s, sizeTiny+0.5, w) {
			out = append(out, cell{h: lineH(sizeTiny + 0.5), draw: func(x, y, w float64) {
				d.text(x, y, w, ln, sizeTiny+0.5, c, "L", 0)
			}})
		}
	}
	if r == nil || !r.HasContent() {
		small("未评审 not reviewed", muted)
		return out
	}
	st := r.Status
	if !st.Valid() {
		st = data.NotRated
	}
	info := st.Info()
	out = append(out, cell{h: lineH(sizeSmall), draw: func(x, y, w float64) {
		d.fill(statusColour[st])
		d.f.Rect(x, y+0.9, 2.8, 2.8, "F")
		d.text(x+4, y, w-4, d.fit("状态 "+info.Zh+" "+info.En, sizeSmall, w-4), sizeSmall, ink, "L", 0)
	}})
	for _, c := range m.in.Rubric.Criteria {
		v, ok := r.Scores[c.ID]
		label := c.Zh
		out = append(out, cell{h: lineH(sizeTiny + 0.5), draw: func(x, y, w float64) {
			size := sizeTiny + 0.5
			lw := min(18.0, w*0.4)
			d.text(x, y, lw, d.fit(label, size, lw), size, muted, "L", 0)
			bx := x + lw
			for k := 1; k <= data.MaxScore; k++ {
				if ok && v >= k {
					d.fill(accent)
				} else {
					d.fill(paleBox)
				}
				d.f.Rect(bx, y+0.8, 2.4, 2.2, "F")
				bx += 3
			}
			val := "—"
			if ok {
				val = strconv.Itoa(v)
			}
			d.text(bx+0.5, y, 8, val, size, ink, "L", 0)
		}})
	}
	if r.LeadUnit != "" {
		small("牵头 Lead: "+r.LeadUnit, ink)
	}
	if r.Flag {
		small("已标记 flagged", warn)
	}
	if len(r.Tags) > 0 {
		small("标签 Tags: "+strings.Join(r.Tags, "、"), muted)
	}
	if m.opt.IncludeNotes && r.Note != "" {
		small("备注 Note: "+r.Note, ink)
	}
	for k, e := range r.Evidence {
		s := e.Text
		if e.Date != "" {
			s += "（" + e.Date + "）"
		}
		if e.Link != "" {
			s += " " + e.Link
		}
		prefix := "· "
		if k == 0 {
			small("证据 Evidence:", muted)
		}
		small(prefix+s, ink)
	}
	return out
}
