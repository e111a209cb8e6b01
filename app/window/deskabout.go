package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

func (d *Desk) showAbout() {
	md := d.app.Metadata()
	version := md.Version
	if version == "" {
		version = "dev"
	}
	text := newMessageLabel(lang.X("about.text", "Pledge Review {{.Version}}\nReview the pledges of a government work report offline: score, set a status, take notes, share with colleagues.\nFont: WenQuanYi Micro Hei (Apache 2.0 / GPLv3 with font exception).", map[string]any{"Version": version}))
	c := container.NewVBox(text)
	dlg := dialog.NewCustom(lang.X("menu.about", "About Pledge Review"), lang.X("close", "Close"), c, d.win)
	dlg.Resize(fyne.NewSize(460, 220))
	dlg.Show()
}
