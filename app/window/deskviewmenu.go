package window

// What the View menu sets: the colours, the interface language and whether
// the cursor blinks.

// setVariant switches between light, dark and the system's colours.
func (d *Desk) setVariant(v string) {
	d.app.Preferences().SetString(prefVariant, v)
	d.app.Settings().SetTheme(newDeskTheme(v))
	d.menusChanged()
	if d.sess != nil {
		d.listing.rowGen++
		d.views.list.list.Refresh()
		d.views.tree.refresh()
		d.views.form.setFocus(d.views.form.focus)
	}
}

// setLanguage switches the interface language and rebuilds the window.
func (d *Desk) setLanguage(l string) {
	if d.views.form != nil && d.sess != nil {
		d.views.form.flush()
	}
	d.app.Preferences().SetString(prefLanguage, l)
	setLanguage(l)
	d.rebuild()
	if d.teamdir != nil {
		d.teamdir.refresh() // the notice is worded anew
	}
}

// animates reports whether View → Blinking cursor is on (animations.go).
func (d *Desk) animates() bool { return d.app.Preferences().Bool(prefAnimate) }

// setAnimate turns View → Blinking cursor on or off; a field focused now
// takes it when it is next focused.
func (d *Desk) setAnimate(on bool) {
	d.app.Preferences().SetBool(prefAnimate, on)
	d.menusChanged()
}
