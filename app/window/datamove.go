package window

import "fyne.io/fyne/v2/lang"

// tellMoved says once that the data folder moved at this start (Windows:
// from the roaming to the local AppData), and where it is now.
func (d *Desk) tellMoved() {
	m := d.opt.Moved
	if m == nil {
		return
	}
	args := map[string]any{"From": m.From, "To": m.To}
	msg := lang.X("data.moved", "Your workspaces and reviewer identity moved from {{.From}} to {{.To}}. That folder stays on this computer instead of being copied with a roaming profile at every logon.", args)
	if m.Left {
		msg += "\n" + lang.X("data.moved.left", "Some files of the old folder could not be removed; it is no longer used.")
	}
	showMessage(lang.X("data.moved.title", "Data folder moved"), msg, d.win)
}
