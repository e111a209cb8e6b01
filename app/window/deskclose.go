package window

import (
	"fyne.io/fyne/v2"

	"pledgereview/data"
)

// onClose saves what is typed and the window's state, closes the workspace
// and closes the window. When typed text cannot be saved, the first close
// is refused so the user sees why and can copy the text; a second close
// goes through.
func (d *Desk) onClose() {
	if d.sess != nil && !d.closing.closeForced && !d.views.form.flush() {
		d.closing.closeForced = true
		if d.sess.ReadOnly() {
			showError(d.win, data.ErrReadOnly)
		}
		return
	}
	d.shutdown()
	d.win.Close()
}

func (d *Desk) shutdown() {
	if d.closing.closed {
		return
	}
	d.closing.closed = true
	d.jobs.stop()
	p := d.app.Preferences()
	storeWindowSize(p, d.win.Canvas().Size())
	if d.sess != nil {
		d.views.form.flush()
		storeFilter(p, d.listing.filter)
		d.stopTeamFolder()
		if err := d.sess.Close(); err != nil {
			fyne.LogError("close workspace", err)
		}
		d.sess = nil
	}
}

// onQuit is File → Quit and Ctrl+Q: it saves and closes as closing the
// window does (a save that fails refuses the first time), then quits.
func (d *Desk) onQuit() {
	d.onClose()
	if d.closing.closed {
		d.app.Quit()
	}
}
