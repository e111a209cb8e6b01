package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
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
	column := container.New(xwidget.FixedWidth(roleColumnWidth(role)), role)
	return container.NewBorder(nil, nil, column, nil, text)
}

// roleColumnWidth is the width of the role column for label l.
func roleColumnWidth(l *widget.Label) float32 {
	var w float32
	for _, r := range lineRoleNames {
		w = max(w, fyne.MeasureText(roleLabel(r), theme.TextSize(), l.TextStyle).Width)
	}
	return w + 2*theme.InnerPadding()
}

// setLineRow shows line text and its role name in a row of newLineRow.
func setLineRow(row fyne.CanvasObject, text, role string) {
	c := row.(*fyne.Container)
	c.Objects[0].(*widget.Label).SetText(text)
	c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(role)
}
