package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// historyView lists the changes to my review of the selected pledge, the
// newest first.
type historyView struct {
	d     *Desk
	items *fyne.Container
	box   fyne.CanvasObject
}

const maxHistoryShown = 30

func newHistoryView(d *Desk) *historyView {
	hv := &historyView{d: d, items: container.NewVBox()}
	title := widget.NewLabel(lang.X("history.title", "History of this review"))
	hv.box = container.NewVBox(title, hv.items)
	return hv
}

func (hv *historyView) show(pledgeID string) {
	hv.items.RemoveAll()
	entries, err := hv.d.sess.MyHistory(pledgeID)
	if err != nil {
		fyne.LogError("read history", err)
	}
	if len(entries) == 0 {
		l := widget.NewLabel(lang.X("history.none", "No changes yet."))
		l.SizeName = theme.SizeNameCaptionText
		hv.items.Add(l)
		return
	}
	rb := hv.d.sess.Rubric()
	for k := len(entries) - 1; k >= 0 && len(entries)-k <= maxHistoryShown; k-- {
		l := newTextLabel(historyLine(rb, entries[k]))
		l.SizeName = theme.SizeNameCaptionText
		hv.items.Add(l)
	}
}

// historyLine writes one save: when, where from, and each field old → new.
func historyLine(rb data.Rubric, e data.HistoryEntry) string {
	var parts []string
	for _, c := range e.Changes {
		parts = append(parts, fmt.Sprintf("%s: %s → %s", fieldLabel(rb, c.Field), changeValue(c.Field, c.Old), changeValue(c.Field, c.New)))
	}
	when := e.At.Time().Format("2006-01-02 15:04:05")
	if e.Source != "" {
		when += " (" + e.Source + ")"
	}
	return when + "  " + strings.Join(parts, "; ")
}

func changeValue(field, v string) string {
	switch {
	case v == "":
		return lang.X("history.empty", "(none)")
	case field == "status":
		return statusLabel(data.Status(v))
	case field == "flag":
		return yesNo(v == "true")
	}
	if r := []rune(v); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return v
}
