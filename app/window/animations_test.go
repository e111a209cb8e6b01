//go:build !darwin

package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// countingApp counts the animations started on it: each one repaints the
// whole window on every frame it changes something.
type countingApp struct {
	fyne.App
	drv *countingDriver
}

func (a *countingApp) Driver() fyne.Driver { return a.drv }

type countingDriver struct {
	fyne.Driver
	started int
}

func (d *countingDriver) StartAnimation(a *fyne.Animation) {
	d.started++
	d.Driver.StartAnimation(a)
}

// A focused text field costs nothing while nobody types: its cursor starts
// no animation, which would repaint the whole window about 16 times a
// second, unless the reviewer turned on View → Blinking cursor.
func TestFocusedFieldStartsNoAnimation(t *testing.T) {
	for _, blink := range []bool{false, true} {
		a := test.NewTempApp(t)
		counted := &countingApp{App: a, drv: &countingDriver{Driver: a.Driver()}}
		calmAnimations(counted)
		t.Cleanup(func() { fyne.SetCurrentApp(a) })
		ws, cfg := tempPaths(t)
		d := newTestDesk(t, a, ws, cfg)
		if blink {
			viewMenuItem(t, d, "光标闪烁").Action()
		}
		pressKey(d, fyne.KeyDown)
		for _, field := range []fyne.Focusable{d.views.form.note, d.views.list.search} {
			counted.drv.started = 0
			d.win.Canvas().Focus(field)
			if got := counted.drv.started > 0; got != blink {
				t.Errorf("blinking cursor %v: focusing %T started %d animations", blink, field, counted.drv.started)
			}
		}
	}
}

func viewMenuItem(t *testing.T, d *Desk, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range d.win.MainMenu().Items[2].Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no %q in the View menu", label)
	return nil
}
