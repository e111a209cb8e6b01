package window

// The look the views and dialogs share: the colours of statuses and
// verdicts, the chips of the list and the words of targets and labels.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// newChip is a chip of the list in the desk's colours.
func newChip(fg fyne.ThemeColorName) *xwidget.Chip { return xwidget.NewChip(fg, colorChip) }

// verdictColor is the colour of a schedule verdict: behind or overdue in
// the error colour, done in the success colour.
func verdictColor(v data.Verdict) fyne.ThemeColorName {
	switch v {
	case data.VerdictBehind, data.VerdictOverdue:
		return theme.ColorNameError
	case data.VerdictDone:
		return theme.ColorNameSuccess
	}
	return theme.ColorNamePrimary
}

// statusColor is the mark of a delivery status in the list, the tree and the form.
func statusColor(s data.Status) color.NRGBA {
	switch s {
	case data.NotStarted:
		return color.NRGBA{0x78, 0x84, 0x94, 0xff}
	case data.InProgress:
		return color.NRGBA{0x1e, 0x78, 0xd2, 0xff}
	case data.Behind:
		return color.NRGBA{0xf0, 0x8c, 0x00, 0xff}
	case data.Done:
		return color.NRGBA{0x2e, 0x9e, 0x44, 0xff}
	case data.DoneLate:
		return color.NRGBA{0x8a, 0xb4, 0x2a, 0xff}
	case data.PartlyDone:
		return color.NRGBA{0xd4, 0xb1, 0x06, 0xff}
	case data.NotDone:
		return color.NRGBA{0xd0, 0x30, 0x30, 0xff}
	}
	return color.NRGBA{0xc8, 0xc8, 0xc8, 0xff} // not rated
}

// mixColor is a status's colour in the bar; not rated shows nothing.
func mixColor(s data.Status) color.Color {
	if s == data.NotRated {
		return color.Transparent
	}
	return statusColor(s)
}

// reviewLabel marks a chapter that reviews a past period.
func reviewLabel() string { return lang.X("review.label", "Review") }

// newContextLabel is a wrapped low-importance label, hidden until it has
// something to add (the outcomes a review chapter looks back on, what a
// search found).
func newContextLabel() *messageLabel {
	l := newTextLabel("")
	l.Importance = widget.LowImportance
	l.Hide()
	return l
}

// targetText writes a target as a chip, its value as the report writes
// it: "≥5000座", "1万户", "≈1200亿元".
func targetText(t data.Target) string {
	q := t.Quantity()
	switch t.Comparator {
	case data.AtLeast:
		return "≥" + q
	case data.AtMost:
		return "≤" + q
	case data.About:
		return "≈" + q
	}
	return q
}
