package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/briefing"
)

// newPackKindChoice offers the two packs of the export dialog, the full
// pack or the meeting brief, with the one last chosen (key) selected.
func newPackKindChoice(key string) *widget.RadioGroup {
	r := widget.NewRadioGroup([]string{
		lang.X("export.kind.full", "Full pack (a block per pledge)"),
		lang.X("export.kind.meeting", "Meeting brief (at most 4 pages: behind schedule, disputes, flagged, a column for decisions)"),
	}, nil)
	r.Required = true
	r.SetSelected(r.Options[0])
	if key == "meeting" {
		r.SetSelected(r.Options[1])
	}
	return r
}

func packKindKey(k briefing.Kind) string {
	if k == briefing.KindMeeting {
		return "meeting"
	}
	return "full"
}
