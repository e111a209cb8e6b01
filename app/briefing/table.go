package briefing

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"pledgereview/data"
)

// Sheet is a sheet of the spreadsheet export.
type Sheet int

// The sheets of the spreadsheet export.
const (
	SheetPledges Sheet = iota
	SheetRubric
	SheetProgress
)

var sheetNames = [...][2]string{{"承诺", "Pledges"}, {"评分标准", "Rubric"}, {"进度", "Progress"}}

// Name is the sheet's name in the language of the export.
func (s Sheet) Name(l Language) string { return l.tr(sheetNames[s][0], sheetNames[s][1]) }

// maxCellRunes keeps a cell under Excel's 32,767-character limit, counted
// in UTF-16 units.
const maxCellRunes = 16000

// table is the pledge sheet: a header and one row per pledge of the report,
// in reading order. A value is a string, an int (a score) or nil (no score).
type table struct {
	header []string
	rows   [][]any
}

// pledgeTable builds the pledge sheet for every pledge and every reviewer;
// its own words (headers, statuses, punctuation) are in the language l.
func pledgeTable(in Input, l Language) (*table, error) {
	if in.Report == nil {
		return nil, fmt.Errorf("export table: no report")
	}
	b := newTableBuilder(in, l)
	t := &table{header: b.header()}
	for _, ch := range in.Report.Chapters {
		chapter := chapterCell(ch, l)
		for _, p := range ch.Pledges {
			t.rows = append(t.rows, b.row(p, chapter, ""))
		}
		for _, h := range ch.Headlines {
			headline := fmt.Sprintf("%d.%d %s", ch.N, h.N, h.Title)
			for _, p := range h.Pledges {
				t.rows = append(t.rows, b.row(p, chapter, headline))
			}
		}
	}
	return t, nil
}

// pledgeHeader heads the columns of the pledge itself; reviewFields those
// of each reviewer's review after the scores, in the order reviewCells
// fills them.
var (
	pledgeHeader = [][2]string{{"编号", "ID"}, {"章", "Chapter"}, {"标题", "Headline"}, {"原文", "Text"}, {"目标", "Targets"}, {"目标数值", "Value"}, {"单位", "Unit"}, {"期限", "Deadline"}}
	reviewFields = [][2]string{{"状态", "Status"}, {"牵头单位", "Lead unit"}, {"标记", "Flag"}, {"标签", "Tags"}, {"证据", "Evidence"}, {"备注", "Note"}}
)

// tableBuilder holds what every row of the pledge sheet needs: the rubric,
// the reviewers in column order and their reviews by pledge.
type tableBuilder struct {
	lang      Language
	rubric    data.Rubric
	reviewers []data.Reviewer
	byPledge  map[string][]*data.Review // pledge id → review per reviewer column (nil: none)
}

func newTableBuilder(in Input, l Language) *tableBuilder {
	b := &tableBuilder{lang: l, rubric: in.Rubric, reviewers: includedReviewers(in, ReviewersAll), byPledge: map[string][]*data.Review{}}
	if len(b.rubric.Criteria) == 0 {
		b.rubric = data.DefaultRubric()
	}
	slot := map[string]int{}
	for i, r := range b.reviewers {
		slot[r.ID] = i
	}
	for i := range in.Reviews {
		r := &in.Reviews[i]
		k, ok := slot[r.ReviewerID]
		if !ok {
			continue
		}
		if b.byPledge[r.PledgeID] == nil {
			b.byPledge[r.PledgeID] = make([]*data.Review, len(b.reviewers))
		}
		b.byPledge[r.PledgeID][k] = r
	}
	return b
}

// header is the header row: the pledge's columns, then for every reviewer
// a column per criterion and per review field, named after the reviewer.
func (b *tableBuilder) header() []string {
	h := make([]string, 0, len(pledgeHeader))
	for _, f := range pledgeHeader {
		h = append(h, b.lang.tr(f[0], f[1]))
	}
	for _, rv := range b.reviewers {
		name := rv.Name
		if name == "" {
			name = rv.ID
		}
		for _, c := range b.rubric.Criteria {
			h = append(h, name+" · "+b.lang.tr(c.Zh, c.En))
		}
		for _, f := range reviewFields {
			h = append(h, name+" · "+b.lang.tr(f[0], f[1]))
		}
	}
	return h
}

// row is the pledge's row: its own cells, then every reviewer's review.
func (b *tableBuilder) row(p data.Pledge, chapter, headline string) []any {
	row := pledgeCells(p, chapter, headline, b.lang)
	revs := b.byPledge[p.ID]
	for k := range b.reviewers {
		var r *data.Review
		if revs != nil {
			r = revs[k]
		}
		row = append(row, b.reviewCells(r)...)
	}
	return row
}

// chapterCell names a chapter in the chapter column.
func chapterCell(ch data.Chapter, l Language) string {
	if ch.Annex != data.AnnexNone {
		return fmt.Sprintf("%d %s %s", ch.N, l.tr("附件", "Annex"), ch.Title)
	}
	return fmt.Sprintf("%d %s", ch.N, ch.Title)
}

// pledgeCells are the cells of the pledge itself, as pledgeHeader names
// them; the first target's value stays a number in its own column.
func pledgeCells(p data.Pledge, chapter, headline string, l Language) []any {
	var targets []string
	for _, tg := range p.Targets {
		targets = append(targets, targetText(tg, l.short("约", "≈")))
	}
	deadline := ""
	if p.Deadline != nil {
		deadline = p.Deadline.Raw + " → " + p.Deadline.Due
	}
	var value any
	unit := ""
	if len(p.Targets) > 0 {
		value, unit = p.Targets[0].Value, p.Targets[0].Unit
	}
	return []any{p.ID, chapter, headline, p.Text, strings.Join(targets, l.short("；", "; ")), value, unit, deadline}
}

// reviewCells are one reviewer's cells of a pledge: a score per criterion
// (nil when not scored), then the review fields; all empty for no review.
func (b *tableBuilder) reviewCells(r *data.Review) []any {
	cells := make([]any, 0, len(b.rubric.Criteria)+len(reviewFields))
	for _, c := range b.rubric.Criteria {
		if v, ok := score(r, c.ID); ok {
			cells = append(cells, v)
		} else {
			cells = append(cells, nil)
		}
	}
	if r == nil {
		for range reviewFields {
			cells = append(cells, "")
		}
		return cells
	}
	l := b.lang
	return append(cells, statusCell(r.Status, l), r.LeadUnit, flagCell(r.Flag, l),
		l.list(r.Tags), evidenceCell(r.Evidence, l), r.Note)
}

func statusCell(s data.Status, l Language) string {
	if s == "" || s == data.NotRated {
		return ""
	}
	info := s.Info()
	return l.tr(info.Zh, info.En)
}

func flagCell(flag bool, l Language) string {
	if flag {
		return l.tr("是", "yes")
	}
	return ""
}

// evidenceCell is a review's evidence as one cell: a line per item, its
// text, then the link and the date in brackets when they are given.
func evidenceCell(ev []data.Evidence, l Language) string {
	lines := make([]string, 0, len(ev))
	for _, e := range ev {
		var where []string
		for _, s := range []string{e.Link, e.Date} {
			if s = strings.TrimSpace(s); s != "" {
				where = append(where, s)
			}
		}
		line := strings.TrimSpace(e.Text)
		if len(where) > 0 {
			line += l.paren(strings.Join(where, l.short("，", ", ")))
		}
		lines = append(lines, strings.TrimSpace(line))
	}
	return strings.Join(lines, "\n")
}

// headerCells is the header row, cleaned and defused: reviewer names are in
// it, and a name is whatever a colleague typed.
func (t *table) headerCells() []string {
	out := make([]string, len(t.header))
	for i, h := range t.header {
		out[i] = defuseFormula(cellText(h))
	}
	return out
}

func (t *table) cells(row []any, csvSafe bool) []string {
	out := make([]string, len(row))
	for i, v := range row {
		switch v := v.(type) {
		case int:
			out[i] = strconv.Itoa(v)
		case float64:
			out[i] = strconv.FormatFloat(v, 'f', -1, 64)
		case string:
			out[i] = cellText(v)
			if csvSafe {
				out[i] = defuseFormula(out[i])
			}
		}
	}
	return out
}

// cellText drops what a spreadsheet cannot hold or should not show:
// control characters other than tab and newline, bidi overrides, invalid
// UTF-8, and text beyond the cell limit.
func cellText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case data.UnsafeRune(r) && r != utf8.RuneError:
			return -1 // controls, bidi overrides, non-characters
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	if rs := []rune(s); len(rs) > maxCellRunes {
		s = string(rs[:maxCellRunes]) + "…"
	}
	return s
}

// defuseFormula keeps a spreadsheet from running a cell as a formula: text
// that starts with = + - @, a tab or a carriage return (or their full-width
// forms, which some spreadsheets take too) gets a leading apostrophe.
func defuseFormula(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("=+-@\t\r＝＋－＠", r) {
		return "'" + s
	}
	return s
}

// rubricRows is the rubric sheet: one row per criterion level.
func rubricRows(rb data.Rubric) [][]string {
	if len(rb.Criteria) == 0 {
		rb = data.DefaultRubric()
	}
	out := [][]string{{"标准 ID", "标准 Criterion", "Criterion", "说明", "Description", "分数 Level", "等级说明", "Level text"}}
	for _, c := range rb.Criteria {
		for lv, l := range c.Levels {
			out = append(out, []string{c.ID, c.Zh, c.En, c.DescZh, c.DescEn, strconv.Itoa(lv), l.Zh, l.En})
		}
	}
	return out
}

// WriteXLSX writes the spreadsheet export: sheet "Pledges" with one row per
// pledge (id, chapter, headline, text, targets, deadline, and for every
// reviewer the scores, status, lead unit, flag, tags, evidence and note),
// sheet "Rubric" with every criterion's levels, and sheet "Progress".
// Its own words, the sheets' names too, are in the language l, as a pack's
// are.
func WriteXLSX(w io.Writer, in Input, l Language) error {
	t, err := pledgeTable(in, l)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetPledges.Name(l)); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	if err := writePledgeSheet(f, t, SheetPledges.Name(l)); err != nil {
		return err
	}
	if err := writeRubricSheet(f, in.Rubric, SheetRubric.Name(l)); err != nil {
		return err
	}
	if err := writeProgressSheet(f, in, l); err != nil {
		return err
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("export table: write: %w", err)
	}
	return nil
}

// pledgeColWidths are the widths of the pledge sheet's columns, from the
// first column to the last of a span; to 0 is the last column of the sheet.
var pledgeColWidths = []struct {
	from, to int
	w        float64
}{{1, 1, 24}, {2, 3, 22}, {4, 4, 60}, {5, 5, 24}, {6, 7, 12}, {8, 8, 24}, {9, 0, 12}}

// writePledgeSheet streams the pledge sheet: a frozen, shaded header and a
// row per pledge.
func writePledgeSheet(f *excelize.File, t *table, name string) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	if err := pledgeSheetLayout(f, sw, t); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	for i, row := range t.rows {
		vals := make([]any, len(row))
		for k, v := range row {
			if s, ok := v.(string); ok {
				v = cellText(s)
			}
			vals[k] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, vals); err != nil {
			return fmt.Errorf("export table: row %d: %w", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	return nil
}

// pledgeSheetLayout sets the column widths, freezes the id column and the
// header, and writes the header row.
func pledgeSheetLayout(f *excelize.File, sw *excelize.StreamWriter, t *table) error {
	head, err := f.NewStyle(&excelize.Style{
		Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}},
	})
	if err != nil {
		return err
	}
	for _, cw := range pledgeColWidths {
		to := cw.to
		if to == 0 {
			to = len(t.header)
		}
		if to < cw.from {
			continue
		}
		if err := sw.SetColWidth(cw.from, to, cw.w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	hdr := make([]any, len(t.header))
	for i, h := range t.headerCells() {
		hdr[i] = excelize.Cell{Value: h, StyleID: head}
	}
	return sw.SetRow("A1", hdr)
}

// writeRubricSheet adds the rubric sheet: a row per criterion level.
func writeRubricSheet(f *excelize.File, rb data.Rubric, name string) error {
	if _, err := f.NewSheet(name); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	for i, row := range rubricRows(rb) {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(name, cell, &row); err != nil {
			return fmt.Errorf("export table: rubric: %w", err)
		}
	}
	if err := f.SetColWidth(name, "A", "H", 20); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	return nil
}

// WriteCSV writes the pledge sheet as CSV: UTF-8 with a byte-order mark so
// Excel reads the Chinese correctly. Text that starts with = + - or @ gets
// a leading apostrophe so a spreadsheet never runs it as a formula.
// Its own words are in the language l, as a pack's are.
func WriteCSV(w io.Writer, in Input, l Language) error {
	t, err := pledgeTable(in, l)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("export CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(t.headerCells()); err != nil {
		return fmt.Errorf("export CSV: %w", err)
	}
	for _, row := range t.rows {
		if err := cw.Write(t.cells(row, true)); err != nil {
			return fmt.Errorf("export CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export CSV: %w", err)
	}
	return nil
}

// score is a nil-safe score lookup.
func score(r *data.Review, criterion string) (int, bool) {
	if r == nil {
		return 0, false
	}
	v, ok := r.Scores[criterion]
	return v, ok
}
