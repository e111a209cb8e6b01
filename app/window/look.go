package window

// The look the views and dialogs share: the colours of statuses and
// verdicts, and the chips of the list.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

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
