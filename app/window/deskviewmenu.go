package window

// What the View menu sets: the colours and the interface language.

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
