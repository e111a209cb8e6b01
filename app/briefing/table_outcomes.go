package briefing

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// SheetOutcomes is the sheet of last year's pledges: one row per pledge
// with what the next year's report says of it. It is written only when
// that report is in the workspace.
const SheetOutcomes = "Outcomes"

// writeOutcomesSheet adds the outcomes sheet, its words in language l.
func writeOutcomesSheet(f *excelize.File, in Input, l Language) error {
	if in.Outcomes == nil {
		return nil
	}
	if _, err := f.NewSheet(SheetOutcomes); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	m := &model{in: in, opt: Options{Language: l}}
	text := map[string]string{}
	for _, p := range in.Report.Pledges() {
		text[p.ID] = p.Text
	}
	hdr := []any{l.tr("编号", "ID"), l.tr("承诺", "Pledge"), l.tr("兑现", "Verdict"), l.tr("算式", "Arithmetic"),
		l.tr("下一年报告所述", "What the next report says"), l.tr("出处", "Source"), l.tr("再次列入", "Carried over to")}
	if err := f.SetSheetRow(SheetOutcomes, "A1", &hdr); err != nil {
		return fmt.Errorf("export table: outcomes: %w", err)
	}
	for i, o := range in.Outcomes {
		row := []any{o.PledgeID, cellText(text[o.PledgeID]), m.outcomeVerdict(o.Verdict), cellText(o.Arithmetic),
			cellText(o.Outcome), o.Source, o.CarriedOver}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(SheetOutcomes, cell, &row); err != nil {
			return fmt.Errorf("export table: outcomes row %d: %w", i+2, err)
		}
	}
	if err := f.SetColWidth(SheetOutcomes, "B", "B", 60); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	if err := f.SetColWidth(SheetOutcomes, "D", "E", 50); err != nil {
		return fmt.Errorf("export table: %w", err)
	}
	return nil
}
