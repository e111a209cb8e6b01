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

// The sheet names of the spreadsheet export.
const (
	SheetPledges = "Pledges"
	SheetRubric  = "Rubric"
)

// maxCellRunes keeps a cell under Excel's 32,767-character limit, counted
// in UTF-16 units.
const maxCellRunes = 16000

// table is the pledge sheet: a header and one row per pledge of the report,
// in reading order. A value is a string, an int (a score) or nil (no score).
type table struct {
	header []string
	rows   [][]any
}

// pledgeTable builds the pledge sheet for every pledge and every reviewer.
func pledgeTable(in Input) (*table, error) {
	if in.Report == nil {
		return nil, fmt.Errorf("export table: no report")
	}
	rb := in.Rubric
	if len(rb.Criteria) == 0 {
		rb = data.DefaultRubric()
	}
	reviewers := includedReviewers(in, ReviewersAll)
	slot := map[string]int{}
	for i, r := range reviewers {
		slot[r.ID] = i
	}
	byPledge := map[string][]*data.Review{}
	for i := range in.Reviews {
		r := &in.Reviews[i]
		k, ok := slot[r.ReviewerID]
		if !ok {
			continue
		}
		if byPledge[r.PledgeID] == nil {
			byPledge[r.PledgeID] = make([]*data.Review, len(reviewers))
		}
		byPledge[r.PledgeID][k] = r
	}

	t := &table{header: []string{"编号 ID", "章 Chapter", "标题 Headline", "原文 Text", "目标 Targets", "目标数值 Value", "单位 Unit", "期限 Deadline"}}
	for _, rv := range reviewers {
		name := rv.Name
		if name == "" {
			name = rv.ID
		}
		for _, c := range rb.Criteria {
			t.header = append(t.header, name+" · "+c.Zh+" "+c.En)
		}
		t.header = append(t.header, name+" · 状态 Status", name+" · 牵头单位 Lead unit", name+" · 标记 Flag", name+" · 备注 Note")
	}
	for _, ch := range in.Report.Chapters {
		chapter := fmt.Sprintf("%d %s", ch.N, ch.Title)
		if ch.Annex != data.AnnexNone {
			chapter = fmt.Sprintf("%d 附件 Annex %s", ch.N, ch.Title)
		}
		add := func(p data.Pledge, headline string) {
			var targets []string
			for _, tg := range p.Targets {
				targets = append(targets, targetText(tg))
			}
			deadline := ""
			if p.Deadline != nil {
				deadline = p.Deadline.Raw + " → " + p.Deadline.Due
			}
			// the first target's value stays a number in its own column
			var value any
			unit := ""
			if len(p.Targets) > 0 {
				value, unit = p.Targets[0].Value, p.Targets[0].Unit
			}
			row := []any{p.ID, chapter, headline, p.Text, strings.Join(targets, "；"), value, unit, deadline}
			revs := byPledge[p.ID]
			for k := range reviewers {
				var r *data.Review
				if revs != nil {
					r = revs[k]
				}
				for _, c := range rb.Criteria {
					if v, ok := score(r, c.ID); ok {
						row = append(row, v)
					} else {
						row = append(row, nil)
					}
				}
				if r == nil {
					row = append(row, "", "", "", "")
					continue
				}
				status := ""
				if r.Status != "" && r.Status != data.NotRated {
					status = r.Status.Info().Zh
				}
				flag := ""
				if r.Flag {
					flag = "是"
				}
				row = append(row, status, r.LeadUnit, flag, r.Note)
			}
			t.rows = append(t.rows, row)
		}
		for _, p := range ch.Pledges {
			add(p, "")
		}
		for _, h := range ch.Headlines {
			for _, p := range h.Pledges {
				add(p, fmt.Sprintf("%d.%d %s", ch.N, h.N, h.Title))
			}
		}
	}
	return t, nil
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
// reviewer the scores, status, lead unit, flag and note), and sheet "Rubric"
// with every criterion's levels.
func WriteXLSX(w io.Writer, in Input) error {
	t, err := pledgeTable(in)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetPledges); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	sw, err := f.NewStreamWriter(SheetPledges)
	if err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	head, err := f.NewStyle(&excelize.Style{
		Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E5E7EB"}},
	})
	if err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	for _, cw := range []struct {
		from, to int
		w        float64
	}{{1, 1, 24}, {2, 3, 22}, {4, 4, 60}, {5, 5, 24}, {6, 7, 12}, {8, 8, 24}, {9, len(t.header), 12}} {
		if cw.to >= cw.from {
			if err := sw.SetColWidth(cw.from, cw.to, cw.w); err != nil {
				return fmt.Errorf("export table: %w", err)
			}
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	hdr := make([]any, len(t.header))
	for i, h := range t.headerCells() {
		hdr[i] = excelize.Cell{Value: h, StyleID: head}
	}
	if err := sw.SetRow("A1", hdr); err != nil {
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
	if _, err := f.NewSheet(SheetRubric); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	for i, row := range rubricRows(in.Rubric) {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(SheetRubric, cell, &row); err != nil {
			return fmt.Errorf("export table: rubric: %w", err)
		}
	}
	if err := f.SetColWidth(SheetRubric, "A", "H", 20); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	if err := writeProgressSheet(f, in); err != nil {
		return err
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("export table: write: %w", err)
	}
	return nil
}

// WriteCSV writes the pledge sheet as CSV: UTF-8 with a byte-order mark so
// Excel reads the Chinese correctly. Text that starts with = + - or @ gets
// a leading apostrophe so a spreadsheet never runs it as a formula.
func WriteCSV(w io.Writer, in Input) error {
	t, err := pledgeTable(in)
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
