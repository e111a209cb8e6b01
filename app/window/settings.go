package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// settingsDialog asks the reviewer's name: on first start, and from
// File → Settings… later.
type settingsDialog struct {
	setName  func(string) error // stores the name
	saved    func()             // after the name and the settings are stored
	win      fyne.Window
	name     *escEntry
	schedule *scheduleFields // nil on first start
	dlg      *dialog.FormDialog
	then     func() // after the name is saved: what asked for it goes on
}

// refreshForm refreshes the form of the dialog on top of c: a form gives a
// label the disabled colour while its field is disabled, and looks again
// only when it is refreshed.
func refreshForm(c fyne.Canvas) {
	var walk func(o fyne.CanvasObject) bool
	walk = func(o fyne.CanvasObject) bool {
		switch o := o.(type) {
		case *widget.Form:
			o.Refresh()
			return true
		case *widget.PopUp:
			return walk(o.Content)
		case *fyne.Container:
			for _, child := range o.Objects {
				if walk(child) {
					return true
				}
			}
		}
		return false
	}
	if top := c.Overlays().Top(); top != nil {
		walk(top)
	}
}

// onEnter confirms the dialog with Enter, as OK does, once a name is given.
func (sd *settingsDialog) onEnter(string) {
	if sd.name.Validate() == nil {
		sd.dlg.Submit()
	}
}

func (sd *settingsDialog) onSubmit(ok bool) {
	if !ok {
		return
	}
	if err := sd.setName(data.CleanName(sd.name.Text)); err != nil {
		showError(sd.win, err)
		return
	}
	if sd.schedule != nil {
		if err := sd.schedule.save(); err != nil {
			showError(sd.win, err)
			return
		}
	}
	sd.saved()
	if sd.then != nil {
		sd.then()
	}
}
