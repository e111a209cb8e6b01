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
		kicker := d.m.trf("第 %d 章", "Chapter %d", cv.ch.N)
		if cv.ch.Annex != data.AnnexNone {
			kicker = d.m.tr("附件", "Annex")
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
			label += "  · " + d.m.tr("标题承诺", "headline pledge")
		}
		d.text(x, y, w*0.6, d.fit(label, sizeSmall, w*0.6), sizeSmall, accent, "L", 0)
		right := d.m.statusName(it.status)
		if it.flagged {
			right = d.m.tr("已标记", "flagged") + " · " + right
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
	m := d.m
	out := []*row{gapRow(1)}
	field := func(label, value string, c rgb) { out = append(out, d.fieldRows(label, value, c)...) }
	if len(p.Targets) == 0 {
		field(m.tr("目标", "Targets"), m.tr("未写明", "none stated"), muted)
	}
	for i, t := range p.Targets {
		label := ""
		if i == 0 {
			label = m.tr("目标", "Targets")
		}
		field(label, targetText(t, m.short("约", "≈")), ink)
	}
	deadline, c := d.deadlineText(it)
	field(m.tr("期限", "Deadline"), deadline, c)
	field(m.tr("机器提示", "Hints"), m.tr("可衡量", "measurable")+m.colon()+d.yesNo(p.Hints.Measurable)+" · "+
		m.tr("有时限", "time-bound")+m.colon()+d.yesNo(p.Hints.TimeBound)+m.paren(m.tr("机器判断，仅供参考", "machine guess")), muted)
	return append(out, d.glossaryRows(p)...)
}

// fieldRows are the lines of one field of a pledge block: the label in a
// narrow column, the value wrapped beside it.
func (d *doc) fieldRows(label, value string, c rgb) []*row {
	lw := 24.0
	var out []*row
	for i, ln := range d.lines(value, sizeSmall, d.bodyW()-lw) {
		out = append(out, &row{h: lineH(sizeSmall), draw: func(y float64) {
			if i == 0 {
				d.text(d.left, y, lw, label, sizeSmall, muted, "L", 0)
			}
			d.text(d.left+lw, y, d.bodyW()-lw, ln, sizeSmall, c, "L", 0)
		}})
	}
	return out
}

// deadlineText is the deadline field of a pledge and its colour: the
// report's words and the date read from them, in warning red when past.
func (d *doc) deadlineText(it *item) (string, rgb) {
	p := it.p
	switch {
	case p.Deadline == nil:
		return d.m.tr("未写明", "none stated"), muted
	case it.overdue:
		return p.Deadline.Raw + " → " + p.Deadline.Due + d.m.paren(d.m.tr("已过期未完成", "past due, not done")), warn
	case p.Deadline.Due == "":
		return p.Deadline.Raw + " → ?", ink
	}
	return p.Deadline.Raw + " → " + p.Deadline.Due, ink
}

// glossaryRows explain, under the pledge, the report's glossary terms that
// the pledge uses: a heading line, then each term with its text, wrapped.
func (d *doc) glossaryRows(p data.Pledge) []*row {
	entries := d.m.in.Report.GlossaryFor(p.Text)
	if len(entries) == 0 {
		return nil
	}
	out := []*row{{h: lineH(sizeSmall), draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), d.m.tr("名词解释", "Glossary"), sizeSmall, muted, "L", 0)
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

// targetText is a target as a line: subject, comparison, quantity and the
// report's words; about is the word for "about" (约, or ≈ in English).
func targetText(t data.Target, about string) string {
	cmp := map[string]string{data.AtLeast: "≥", data.AtMost: "≤", data.About: about, data.Exactly: "="}[t.Comparator]
	s := strings.TrimSpace(fmt.Sprintf("%s %s %s", t.Subject, cmp, t.Quantity()))
	if t.Quote != "" {
		s += "「" + t.Quote + "」"
	}
	return s
}

func (d *doc) yesNo(b bool) string {
	if b {
		return d.m.tr("是", "yes")
	}
	return d.m.tr("否", "no")
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

// reviewerCells lays out reviewer i's judgement of a pledge in a column:
// the name, then the status and the scores, then what the reviewer wrote.
func (d *doc) reviewerCells(it *item, i int, w float64) []cell {
	name := d.m.reviewerName(i)
	out := []cell{{h: lineH(sizeSmall) + 0.6, draw: func(x, y, w float64) {
		d.fill(paleBox)
		d.f.Rect(x, y, w, lineH(sizeSmall)+0.2, "F")
		d.text(x+1, y, w-2, d.fit(name, sizeSmall, w-2), sizeSmall, accent, "L", 0)
	}}}
	r := it.revs[i]
	if r == nil || !r.HasContent() {
		return append(out, d.smallCells(d.m.tr("未评审", "not reviewed"), muted, w)...)
	}
	out = append(out, d.statusCell(r.Status))
	for _, c := range d.m.in.Rubric.Criteria {
		v, ok := r.Scores[c.ID]
		out = append(out, d.scoreCell(d.m.short(c.Zh, c.En), v, ok))
	}
	out = append(out, d.writtenCells(r, w)...)
	return append(out, d.evidenceCells(r.Evidence, w)...)
}

// smallCells are the lines of a small text wrapped to a column.
func (d *doc) smallCells(s string, c rgb, w float64) []cell {
	var out []cell
	for _, ln := range d.lines(s, sizeTiny+0.5, w) {
		out = append(out, cell{h: lineH(sizeTiny + 0.5), draw: func(x, y, w float64) {
			d.text(x, y, w, ln, sizeTiny+0.5, c, "L", 0)
		}})
	}
	return out
}

// statusCell is a reviewer's status with its colour.
func (d *doc) statusCell(st data.Status) cell {
	if !st.Valid() {
		st = data.NotRated
	}
	label := d.m.tr("状态", "Status") + " " + d.m.statusName(st)
	return cell{h: lineH(sizeSmall), draw: func(x, y, w float64) {
		d.fill(statusColour[st])
		d.f.Rect(x, y+0.9, 2.8, 2.8, "F")
		d.text(x+4, y, w-4, d.fit(label, sizeSmall, w-4), sizeSmall, ink, "L", 0)
	}}
}

// scoreCell is one criterion's score as a row of boxes and the figure
// (a dash when not scored).
func (d *doc) scoreCell(label string, v int, ok bool) cell {
	return cell{h: lineH(sizeTiny + 0.5), draw: func(x, y, w float64) {
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
	}}
}

// writtenCells are the lead unit, the flag, the tags and (when the pack
// includes them) the note of a review.
func (d *doc) writtenCells(r *data.Review, w float64) []cell {
	m := d.m
	var out []cell
	if r.LeadUnit != "" {
		out = append(out, d.smallCells(m.opt.Language.labelled("牵头", "Lead", r.LeadUnit), ink, w)...)
	}
	if r.Flag {
		out = append(out, d.smallCells(m.tr("已标记", "flagged"), warn, w)...)
	}
	if len(r.Tags) > 0 {
		out = append(out, d.smallCells(m.opt.Language.labelled("标签", "Tags", m.opt.Language.list(r.Tags)), muted, w)...)
	}
	if m.opt.IncludeNotes && r.Note != "" {
		out = append(out, d.smallCells(m.opt.Language.labelled("备注", "Note", r.Note), ink, w)...)
	}
	return out
}

// evidenceCells list a review's evidence under a label, an item a line:
// the text, its date and its link.
func (d *doc) evidenceCells(ev []data.Evidence, w float64) []cell {
	if len(ev) == 0 {
		return nil
	}
	out := d.smallCells(strings.TrimSpace(d.m.opt.Language.labelled("证据", "Evidence", "")), muted, w)
	for _, e := range ev {
		s := e.Text
		if e.Date != "" {
			s += d.m.paren(e.Date)
		}
		if e.Link != "" {
			s += " " + e.Link
		}
		out = append(out, d.smallCells("· "+s, ink, w)...)
	}
	return out
}
