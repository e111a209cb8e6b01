package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lineRoleNames are the roles a line of the preview can have, for the
// width of the column that names them.
var lineRoleNames = []string{roleFront, roleChapter, roleAnnex, roleHeadline, roleBody, roleGlossary, roleOutcome, roleMixed, roleOther}

// newLineRow is a row of the preview's list of lines: what the parse made
// of the line, in a column as wide as the widest of those names, so that
// a long one ("其他文字") never runs over the line, then the line.
func newLineRow() fyne.CanvasObject {
	role := widget.NewLabel("")
	role.TextStyle.Bold = true
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	column := container.New(layout.NewGridWrapLayout(roleColumnSize(role)), role)
	return container.NewBorder(nil, nil, column, nil, text)
}

// roleColumnSize is the size of the role column for label l.
func roleColumnSize(l *widget.Label) fyne.Size {
	var w float32
	for _, r := range lineRoleNames {
		w = max(w, fyne.MeasureText(roleLabel(r), theme.TextSize(), l.TextStyle).Width)
	}
	return fyne.NewSize(w+2*theme.InnerPadding(), l.MinSize().Height)
}

// setLineRow shows line text and its role name in a row of newLineRow.
func setLineRow(row fyne.CanvasObject, text, role string) {
	c := row.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(text)
	c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(role)
}
