package window

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// maxUnplacedShown caps the unplaced records the dialog lists one by one.
const maxUnplacedShown = 200

// unplacedDialog lists unplaced records: who, the pledge's text as the
// author's file gave it, and what the review says.
func unplacedDialog(list []data.UnplacedRecord, names map[string]string, rb data.Rubric, win fyne.Window) dialog.Dialog {
	if len(list) == 0 {
		return newMessage(lang.X("unplaced.title", "Unplaced records"),
			lang.X("unplaced.none", "Every record of colleagues' files found its pledge in this report."), win)
	}
	items := container.NewVBox(newMessageLabel(lang.X("unplaced.intro",
		"These records were written on another form or version of the report and found no pledge with their text here. They are kept as their authors wrote them, and placed when a later import or merge makes them fit.")))
	for i, u := range list {
		if i == maxUnplacedShown {
			items.Add(widget.NewLabel(lang.X("share.plan.more", "… and {{.N}} more", map[string]any{"N": len(list) - maxUnplacedShown})))
			break
		}
		items.Add(widget.NewSeparator())
		who := names[u.Review.ReviewerID]
		if who == "" {
			who = u.Review.ReviewerID
		}
		head := newTextLabel(who + " — " + u.Review.PledgeID)
		head.TextStyle = fyne.TextStyle{Bold: true}
		items.Add(head)
		items.Add(newMessageLabel(u.PledgeText))
		items.Add(caption(reviewLine(u.Review, rb)))
	}
	scroll := container.NewVScroll(items)
	scroll.SetMinSize(fyne.NewSize(620, min(440, items.MinSize().Height)))
	return dialog.NewCustom(lang.X("unplaced.title", "Unplaced records"), lang.X("close", "Close"), scroll, win)
}

// reviewLine is what a review says, in one line: status, scores, flag, note.
func reviewLine(r data.Review, rb data.Rubric) string {
	parts := []string{statusLabel(r.Status)}
	for _, k := range slices.Sorted(maps.Keys(r.Scores)) {
		name := k
		if c := rb.Criterion(k); c != nil {
			name = criterionLabel(c)
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, r.Scores[k]))
	}
	if r.Flag {
		parts = append(parts, lang.X("unplaced.flagged", "flagged"))
	}
	if r.Note != "" {
		parts = append(parts, "“"+r.Note+"”")
	}
	return strings.Join(parts, " · ")
}
