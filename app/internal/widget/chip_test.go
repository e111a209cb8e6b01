package widget

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Golden image: a target, a deadline and a mark; the empty chip takes no
// room. To make it again after an intended change: delete testdata/chip,
// run the test, look at testdata/failed/chip and move it in place.
func TestChipGolden(t *testing.T) {
	target := NewChip(theme.ColorNamePrimary, theme.ColorNameInputBackground)
	target.Set("≥5000座")
	deadline := NewChip(theme.ColorNameForeground, theme.ColorNameInputBackground)
	deadline.Set("2021-12-31")
	empty := NewChip(theme.ColorNameForeground, theme.ColorNameInputBackground)
	empty.Set("")
	mark := NewChip(theme.ColorNameError, theme.ColorNameInputBackground)
	mark.Set("有分歧")
	row := container.NewHBox(target, empty, deadline, mark)
	w := newGoldenWindow(t, row, fyne.NewSize(300, 40))

	if empty.Visible() || !slices.Equal(drawnTexts(row), []string{"≥5000座", "2021-12-31", "有分歧"}) {
		t.Errorf("chips show %q (empty visible %v)", drawnTexts(row), empty.Visible())
	}
	assertGolden(t, "chip/chips.png", w)
}
