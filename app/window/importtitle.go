package window

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// titleRow is the report's title in the import preview: the file's own,
// or, when the file has none (most city Word files start at 各位代表) or
// one of the genre's name alone (政府工作报告), a proposal
// "<place><year>年政府工作报告" the user may change before adding.
func (ip *importPreview) titleRow() fyne.CanvasObject {
	ip.title = widget.NewEntry()
	ip.titleNote = newTextLabel("")
	ip.proposed = ip.draft.ProposedTitle()
	if ip.proposed != "" {
		ip.title.SetText(ip.proposed)
		ip.titleNote.SetText(lang.X("import.title.proposed", "This title is proposed from the file name and the text, so that the report can be told from the others. Change it if needed."))
	} else {
		ip.title.SetText(ip.report.Title)
		ip.titleNote.Hide()
	}
	row := container.NewBorder(nil, nil, widget.NewLabel(lang.X("import.title.label", "Title")), nil, ip.title)
	return container.NewVBox(row, ip.titleNote)
}

// chosenTitle is the title to store: what the title field holds, else the
// file's.
func (ip *importPreview) chosenTitle() string {
	if t := strings.TrimSpace(ip.title.Text); t != "" {
		return t
	}
	return ip.report.Title
}

// yearSource says in words where the report's year was read.
func yearSource(from string) string {
	switch from {
	case data.YearFromDelivery:
		return lang.X("import.yearfrom.delivery", "from the delivery date")
	case data.YearFromTitle:
		return lang.X("import.yearfrom.title", "from the title")
	case data.YearFromReview:
		return lang.X("import.yearfrom.review", "from the review chapter: the year it reviews, plus one")
	case data.YearFromPlan:
		return lang.X("import.yearfrom.plan", "from the plan chapter")
	case data.YearFromCount:
		return lang.X("import.yearfrom.most-named", "the year the text names most often: no date, title or chapter gives it")
	}
	return lang.X("import.yearfrom.none", "no year found")
}
