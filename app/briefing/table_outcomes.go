package briefing

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// writeOutcomesSheet adds the outcomes sheet, its words in language l.
// The outcomes sheet (SheetOutcomes) holds one row per pledge with what
// the next year's report says of it; it is written only when that report
// is in the workspace.
func writeOutcomesSheet(f *excelize.File, in Input, l Language) error {
	if in.Outcomes == nil {
		return nil
	}
	sheet := SheetOutcomes.Name(l)
	if _, err := f.NewSheet(sheet); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	m := &model{in: in, opt: Options{Language: l}}
	text := map[string]string{}
	for _, p := range in.Report.Pledges() {
		text[p.ID] = p.Text
	}
	hdr := []any{l.tr("编号", "ID"), l.tr("承诺", "Pledge"), l.tr("兑现", "Verdict"), l.tr("算式", "Arithmetic"),
		l.tr("下一年报告所述", "What the next report says"), l.tr("出处", "Source"), l.tr("再次列入", "Carried over to")}
	if err := f.SetSheetRow(sheet, "A1", &hdr); err != nil {
		return fmt.Errorf("export table: outcomes: %w", err)
	}
	for i, o := range in.Outcomes {
		row := []any{o.PledgeID, cellText(text[o.PledgeID]), m.outcomeVerdict(o.Verdict), cellText(m.arithmetic(o)),
			cellText(o.Outcome), m.source(o), o.CarriedOver}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return fmt.Errorf("export table: outcomes row %d: %w", i+2, err)
		}
	}
	if err := f.SetColWidth(sheet, "B", "B", 60); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	if err := f.SetColWidth(sheet, "D", "E", 50); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	return nil
}
