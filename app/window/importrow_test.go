package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestLineRowRoleNeverRunsOverTheLine: in both languages the line of a
// row starts after the widest role name ("其他文字", "Review (outcomes)"),
// whatever role the row showed before.
func TestLineRowRoleNeverRunsOverTheLine(t *testing.T) {
	test.NewTempApp(t)
	for _, l := range []string{langZh, langEn} {
		setLanguage(l)
		row := newLineRow()
		row.Resize(fyne.NewSize(700, 40))
		setLineRow(row, "坚持以法为纲驭善治。", roleLabel(roleHeadline))
		for _, r := range lineRoleNames {
			setLineRow(row, "各位代表！", roleLabel(r))
			c := row.(*fyne.Container)
			text, role := c.Objects[0].(*widget.Label), c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
			need := fyne.MeasureText(role.Text, theme.TextSize(), role.TextStyle).Width
			if got := text.Position().X; got < role.Position().X+need {
				t.Errorf("%s: the line starts at %.0f, inside the role %q (%.0f wide)", l, got, role.Text, need)
			}
		}
	}
	setLanguage(langZh)
}
