package briefing

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"pledgereview/data"
)

// The progress sheet (SheetProgress) holds one row per update, with plain
// numbers and the pledge's chapter and suggestion, for pivot tables.
var progressHeader = [][2]string{{"编号", "ID"}, {"章", "Chapter"}, {"目标号", "Target no."}, {"目标", "Target"}, {"目标值", "Goal"}, {"单位", "Unit"},
	{"数值", "Value"}, {"截至", "As of"}, {"完成比例", "Done share"}, {"评审人", "Reviewer"}, {"来源", "Source"}, {"链接", "Link"}, {"来源日期", "Source date"},
	{"原因", "Reason"}, {"录入", "Recorded"}, {"序时进度建议", "Suggestion"}}

// progressRows are the rows of the progress sheet, in the store's order
// (pledge, reviewer, date). Done share is value over goal for a count or a
// share, empty for a rate or an act; the suggestion is the pledge's on the
// pack's date.
func progressRows(in Input, l Language) [][]any {
	ps := newProgressSheet(in, l)
	var rows [][]any
	for _, u := range in.Progress {
		if p, ok := ps.pledges[u.PledgeID]; ok {
			rows = append(rows, ps.row(p, u))
		}
	}
	return rows
}

// progressSheet holds what the rows of the progress sheet look up.
type progressSheet struct {
	in       Input
	l        Language
	pledges  map[string]data.Pledge
	chapter  map[int]string
	names    map[string]string // reviewer id → name
	set      data.ScheduleSettings
	today    time.Time
	byPledge map[string][]data.ProgressUpdate
	sugs     map[string]string // pledge id → its suggestion, worked out once
}

func newProgressSheet(in Input, l Language) *progressSheet {
	ps := &progressSheet{in: in, l: l, pledges: map[string]data.Pledge{}, chapter: map[int]string{}, names: map[string]string{},
		set: data.DefaultScheduleSettings(), today: in.Generated, byPledge: map[string][]data.ProgressUpdate{}, sugs: map[string]string{}}
	for _, ch := range in.Report.Chapters {
		ps.chapter[ch.N] = fmt.Sprintf("%d %s", ch.N, ch.Title)
	}
	for _, p := range in.Report.Pledges() {
		ps.pledges[p.ID] = p
	}
	for _, r := range in.Reviewers {
		ps.names[r.ID] = r.Name
	}
	if in.Schedule != nil {
		ps.set = *in.Schedule
	}
	if ps.today.IsZero() {
		ps.today = time.Now()
	}
	for _, u := range in.Progress {
		ps.byPledge[u.PledgeID] = append(ps.byPledge[u.PledgeID], u)
	}
	return ps
}

// suggestion is the schedule test's worst verdict on the pledge.
func (ps *progressSheet) suggestion(p data.Pledge) string {
	s, done := ps.sugs[p.ID]
	if !done {
		v := data.Worst(data.Schedule(p, ps.in.Report.Year, ps.byPledge[p.ID], ps.today, ps.set)).Verdict.Info()
		s = ps.l.tr(v.Zh, v.En)
		ps.sugs[p.ID] = s
	}
	return s
}

// row is the sheet's row of one update of pledge p.
func (ps *progressSheet) row(p data.Pledge, u data.ProgressUpdate) []any {
	target, unit, kind, goal := ps.l.tr("完成比例", "completion share"), "%", data.PledgeKind(p), 100.0
	if u.Target > 0 && u.Target <= len(p.Targets) {
		t := p.Targets[u.Target-1]
		target, unit, kind, goal = t.Subject+" "+t.Quote, t.Unit, data.ClassifyTarget(p, t), t.Value
	}
	var share any
	if (kind == data.KindCount || kind == data.KindShare) && goal != 0 {
		share = u.Value / goal
	}
	who := ps.names[u.ReviewerID]
	if who == "" {
		who = u.ReviewerID
	}
	return []any{p.ID, ps.chapter[p.Chapter], u.Target, cellText(target), goal, unit, u.Value, u.AsOf, share, who,
		cellText(u.Source.Text), cellText(u.Source.Link), u.Source.Date, cellText(u.Reason),
		u.Recorded.Time().UTC().Format(time.RFC3339), ps.suggestion(p)}
}

// writeProgressSheet adds the progress sheet to the workbook.
func writeProgressSheet(f *excelize.File, in Input, l Language) error {
	sheet := SheetProgress.Name(l)
	if _, err := f.NewSheet(sheet); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	hdr := make([]any, len(progressHeader))
	for i, h := range progressHeader {
		hdr[i] = l.tr(h[0], h[1])
	}
	if err := f.SetSheetRow(sheet, "A1", &hdr); err != nil {
		return fmt.Errorf("export table: progress: %w", err)
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
	if err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	rows := progressRows(in, l)
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return fmt.Errorf("export table: progress row %d: %w", i+2, err)
		}
	}
	if len(rows) > 0 {
		last, _ := excelize.CoordinatesToCellName(9, len(rows)+1)
		if err := f.SetCellStyle(sheet, "I2", last, pct); err != nil {
			return fmt.Errorf("export table: %w", err)
		}
	}
	if err := f.SetColWidth(sheet, "A", "P", 16); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	return nil
}
