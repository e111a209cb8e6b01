package widget

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The owner takes Up and Down; every other key edits the text. Golden
// image: the field with a Chinese search typed into it.
func TestKeyEntry(t *testing.T) {
	e := NewKeyEntry()
	e.SetPlaceHolder("搜索承诺（Ctrl+F）")
	var taken []fyne.KeyName
	e.OnKey = func(ev *fyne.KeyEvent) bool {
		if ev.Name == fyne.KeyUp || ev.Name == fyne.KeyDown {
			taken = append(taken, ev.Name)
			return true
		}
		return false
	}
	w := newGoldenWindow(t, e, fyne.NewSize(260, 44))
	assertGolden(t, "keyentry/empty.png", w)

	test.Type(e, "5G基站x")
	cases := []struct {
		key      fyne.KeyName
		wantText string
	}{
		{fyne.KeyDown, "5G基站x"},
		{fyne.KeyBackspace, "5G基站"},
		{fyne.KeyUp, "5G基站"},
	}
	for _, c := range cases {
		e.TypedKey(&fyne.KeyEvent{Name: c.key})
		if e.Text != c.wantText {
			t.Errorf("after %s the field reads %q, want %q", c.key, e.Text, c.wantText)
		}
	}
	if len(taken) != 2 || taken[0] != fyne.KeyDown || taken[1] != fyne.KeyUp {
		t.Errorf("the owner got %v, want Down and Up", taken)
	}
	w.Canvas().Unfocus()
	assertGolden(t, "keyentry/typed.png", w)
}
