package window

import (
	"fmt"
	"slices"
	"time"

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

// packFileName is the file name a pack of the kind chosen (0 full, 1
// meeting brief) is offered under: the two never share a name, so saving a
// brief does not ask to replace the full pack of the same day.
func packFileName(reportID string, kind int) string {
	what := "briefing"
	if kind == 1 {
		what = "meeting-brief"
	}
	return fmt.Sprintf("%s-%s-%s.pdf", reportID, what, time.Now().Format("2006-01-02"))
}

func packKindKey(k briefing.Kind) string {
	if k == briefing.KindMeeting {
		return "meeting"
	}
	return "full"
}

// packLangs are the languages of a pack in the order the dialog offers them.
var packLangs = []briefing.Language{briefing.LangZh, briefing.LangEn, briefing.LangBoth}

// newPackLangChoice offers the languages of the pack's own words (the
// report's text is Chinese in all of them), with the one last chosen (key)
// selected, else the interface language.
func newPackLangChoice(key string) *widget.RadioGroup {
	r := widget.NewRadioGroup([]string{"中文", "English", lang.X("export.lang.both", "中文 + English")}, nil)
	r.Horizontal = true
	r.Required = true
	r.SetSelected(r.Options[slices.Index(packLangs, exportLang(key))])
	return r
}

// exportLang is the language named key (the one last chosen for a pack),
// else the interface language.
func exportLang(key string) briefing.Language {
	if l, ok := briefing.ParseLanguage(key); ok {
		return l
	}
	if isZh() {
		return briefing.LangZh
	}
	return briefing.LangEn
}

// packLang is the language chosen in a newPackLangChoice.
func packLang(r *widget.RadioGroup) briefing.Language {
	if i := radioIndex(r); i >= 0 {
		return packLangs[i]
	}
	return briefing.LangBoth
}

// radioIndex is the position of a radio group's choice, or -1.
func radioIndex(r *widget.RadioGroup) int { return slices.Index(r.Options, r.Selected) }
