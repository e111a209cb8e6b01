package window

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// evidenceList edits the evidence entries of a review: what was seen, an
// optional link and date; entries are added and removed with buttons.
type evidenceList struct {
	f    evidenceForm
	rows []*evidenceRow
	list *fyne.Container
	add  *widget.Button
	box  fyne.CanvasObject
}

// evidenceForm is what the list needs of the review form it is part of.
type evidenceForm interface {
	hasReview() bool // a pledge's review is loaded: entries can be added
	// touchEvidence is typing in (typed) or moving into or out of a field
	// of entry r.
	touchEvidence(r *evidenceRow, typed bool)
	relayout()        // the list grew
	evidenceRemoved() // an entry was removed: save at once
}

type evidenceRow struct {
	text, link, date *xwidget.FormEntry
	box              fyne.CanvasObject
}

func newEvidenceList(f evidenceForm) *evidenceList {
	el := &evidenceList{f: f, list: container.NewVBox()}
	el.add = widget.NewButtonWithIcon(lang.X("form.evidence.add", "Add evidence"), theme.ContentAddIcon(), el.onAdd)
	title := widget.NewLabel(lang.X("form.evidence", "Evidence"))
	el.box = container.NewVBox(container.NewBorder(nil, nil, title, el.add), el.list)
	return el
}

func (el *evidenceList) load(ev []data.Evidence) {
	el.rows = nil
	el.list.RemoveAll()
	for _, e := range ev {
		el.addRow(e)
	}
}

func (el *evidenceList) addRow(e data.Evidence) *evidenceRow {
	f := el.f
	r := &evidenceRow{}
	// the fields of one entry are saved together: one edit, one history entry
	typed := func(string) { f.touchEvidence(r, true) }
	moved := func() { f.touchEvidence(r, false) }
	r.text = xwidget.NewFormEntry(false, typed, moved)
	r.link = xwidget.NewFormEntry(false, typed, moved)
	r.date = xwidget.NewFormEntry(false, typed, moved)
	for _, e := range []*xwidget.FormEntry{r.text, r.link, r.date} {
		e.OnFocus = moved
	}
	r.text.SetPlaceHolder(lang.X("form.evidence.text", "What was seen"))
	r.link.SetPlaceHolder(lang.X("form.evidence.link", "Link (optional)"))
	r.date.SetPlaceHolder(lang.X("form.evidence.date", "Date YYYY-MM-DD"))
	r.text.SetText(e.Text)
	r.link.SetText(e.Link)
	r.date.SetText(e.Date)
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { el.onRemove(r) })
	remove.Importance = widget.LowImportance
	r.box = container.NewBorder(nil, nil, nil, remove,
		container.NewVBox(r.text, container.NewGridWithColumns(2, r.link, r.date)))
	el.rows = append(el.rows, r)
	el.list.Add(r.box)
	return r
}

func (el *evidenceList) onAdd() {
	if !el.f.hasReview() {
		return
	}
	r := el.addRow(data.Evidence{})
	el.f.relayout()
	if c := fyne.CurrentApp().Driver().CanvasForObject(el.box); c != nil {
		c.Focus(r.text)
	}
}

func (el *evidenceList) onRemove(r *evidenceRow) {
	for i, x := range el.rows {
		if x == r {
			el.rows = append(el.rows[:i], el.rows[i+1:]...)
			break
		}
	}
	el.list.Remove(r.box)
	el.f.evidenceRemoved()
}

// entries returns the evidence typed so far; rows left empty are skipped.
func (el *evidenceList) entries() []data.Evidence {
	var out []data.Evidence
	for _, r := range el.rows {
		e := data.Evidence{Text: strings.TrimSpace(r.text.Text), Link: strings.TrimSpace(r.link.Text), Date: strings.TrimSpace(r.date.Text)}
		if e != (data.Evidence{}) {
			out = append(out, e)
		}
	}
	return out
}
