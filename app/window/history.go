package window

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
// newest first. The history is read off the UI goroutine.
type historyView struct {
	rb           data.Rubric
	read         func(pledgeID string) ([]data.HistoryEntry, error) // runs off the UI goroutine
	inBackground func(work func() error, show func(error))
	shown        func() // after the list changed
	items        *fyne.Container
	box          fyne.CanvasObject

	pledge string // the pledge whose history is shown, or asked for
	asked  int    // counts the reads: the result of an earlier one is stale
}

const maxHistoryShown = 30

// newHistoryView names the fields after rb, reads a history with read on
// inBackground and calls shown when the list changed.
func newHistoryView(rb data.Rubric, read func(pledgeID string) ([]data.HistoryEntry, error),
	inBackground func(work func() error, show func(error)), shown func()) *historyView {
	hv := &historyView{rb: rb, read: read, inBackground: inBackground, shown: shown, items: container.NewVBox()}
	title := widget.NewLabel(lang.X("history.title", "History of this review"))
	hv.box = container.NewVBox(title, hv.items)
	return hv
}

// show reads the history of a pledge and lists it when it comes, unless
// another read was asked for meanwhile (another pledge selected, or this
// one saved again). Another pledge's changes never stay listed under it.
func (hv *historyView) show(pledgeID string) {
	if pledgeID != hv.pledge {
		hv.items.RemoveAll()
		hv.pledge = pledgeID
	}
	hv.asked++
	ask, read := hv.asked, hv.read
	var entries []data.HistoryEntry
	hv.inBackground(func() (err error) {
		entries, err = read(pledgeID)
		return err
	}, func(err error) {
		if ask != hv.asked {
			return // stale
		}
		hv.list(entries, err)
		hv.shown()
	})
}

// list shows the entries read, or why they could not be read.
func (hv *historyView) list(entries []data.HistoryEntry, err error) {
	hv.items.RemoveAll()
	if err != nil {
		fyne.LogError("read history", err)
		hv.say(lang.X("history.unreadable", "The history of this review could not be read. {{.Why}}", map[string]any{"Why": plainWords(err)}))
		return
	}
	if len(entries) == 0 {
		hv.say(lang.X("history.none", "No changes yet."))
		return
	}
	for k := len(entries) - 1; k >= 0 && len(entries)-k <= maxHistoryShown; k-- {
		l := newTextLabel(historyLine(hv.rb, entries[k]))
		l.SizeName = theme.SizeNameCaptionText
		hv.items.Add(l)
	}
}

// say puts one line in place of the list of changes.
func (hv *historyView) say(text string) {
	l := newTextLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	hv.items.Add(l)
}

// historyLine writes one save: when, where from, and each field old → new.
func historyLine(rb data.Rubric, e data.HistoryEntry) string {
	var parts []string
	for _, c := range e.Changes {
		o, n := data.DiffExcerpts(c.Old, c.New, 40) // cut around the change, not at a fixed prefix
		parts = append(parts, fmt.Sprintf("%s: %s → %s", fieldLabel(rb, c.Field), changeValue(c.Field, o), changeValue(c.Field, n)))
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
	return v
}
