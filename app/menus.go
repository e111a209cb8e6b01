package app

import (
	"path/filepath"
	"pledgereview/app/workspace"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// FileMenuItem builds an entry of the File menu for a desk. Features that
// come later (export, sharing) register theirs with AddFileMenuItem.
type FileMenuItem func(d *Desk) *fyne.MenuItem

var (
	extraMu   sync.Mutex
	extraFile []FileMenuItem
)

// AddFileMenuItem adds an entry to the File menu of every desk, below the
// workspace entries; call it from an init function. An item builder may
// return nil to add nothing (for example while no workspace is open).
func AddFileMenuItem(item FileMenuItem) {
	extraMu.Lock()
	defer extraMu.Unlock()
	extraFile = append(extraFile, item)
}

func fileMenuExtras(d *Desk) []*fyne.MenuItem {
	extraMu.Lock()
	builders := append([]FileMenuItem(nil), extraFile...)
	extraMu.Unlock()
	var out []*fyne.MenuItem
	for _, b := range builders {
		if it := b(d); it != nil {
			out = append(out, it)
		}
	}
	return out
}

// buildMenu makes the main menu in the current language.
func (d *Desk) buildMenu() *fyne.MainMenu {
	p := d.app.Preferences()
	open := fyne.NewMenuItem(lang.X("menu.open", "Open workspace…"), d.onOpenWorkspace)
	create := fyne.NewMenuItem(lang.X("menu.new", "New workspace…"), d.onNewWorkspace)
	imp := fyne.NewMenuItem(lang.X("menu.import", "Import report…"), d.onImportReport)
	imp.Disabled = d.sess == nil
	recent := fyne.NewMenuItem(lang.X("menu.recent", "Recent workspaces"), nil)
	var recentItems []*fyne.MenuItem
	for _, path := range recentWorkspaces(p) {
		it := fyne.NewMenuItem(filepath.Base(path)+"  —  "+filepath.Dir(path), func() { d.openWorkspace(path, nil) })
		it.Checked = d.sess != nil && workspace.SamePath(d.sess.Path(), path)
		recentItems = append(recentItems, it)
	}
	if len(recentItems) > 0 {
		recent.ChildMenu = fyne.NewMenu("", recentItems...)
	} else {
		recent.Disabled = true
	}
	settings := fyne.NewMenuItem(lang.X("menu.settings", "Settings…"), d.showSettings)
	settings.Disabled = d.sess == nil
	items := []*fyne.MenuItem{open, create, recent, fyne.NewMenuItemSeparator(), imp}
	if extras := fileMenuExtras(d); len(extras) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
		items = append(items, extras...)
	}
	items = append(items, fyne.NewMenuItemSeparator(), settings)
	file := fyne.NewMenu(lang.X("menu.file", "File"), items...)

	review := fyne.NewMenu(lang.X("menu.review", "Review"), d.reviewMenuItems()...)

	variant := p.String(prefVariant)
	sys := fyne.NewMenuItem(lang.X("menu.system", "System colours"), func() { d.setVariant(variantSystem) })
	light := fyne.NewMenuItem(lang.X("menu.light", "Light"), func() { d.setVariant(variantLight) })
	dark := fyne.NewMenuItem(lang.X("menu.dark", "Dark"), func() { d.setVariant(variantDark) })
	sys.Checked, light.Checked, dark.Checked = variant == variantSystem, variant == variantLight, variant == variantDark
	zh := fyne.NewMenuItem("中文", func() { d.setLanguage(langZh) })
	en := fyne.NewMenuItem("English", func() { d.setLanguage(langEn) })
	zh.Checked, en.Checked = isZh(), !isZh()
	view := fyne.NewMenu(lang.X("menu.view", "View"), light, dark, sys, fyne.NewMenuItemSeparator(), zh, en)

	help := fyne.NewMenu(lang.X("menu.help", "Help"),
		fyne.NewMenuItem(lang.X("menu.shortcuts", "Keyboard shortcuts"), d.showShortcuts),
		fyne.NewMenuItem(lang.X("menu.about", "About Pledge Review"), d.showAbout))
	return fyne.NewMainMenu(file, review, view, help)
}

// setVariant switches between light, dark and the system's colours.
func (d *Desk) setVariant(v string) {
	d.app.Preferences().SetString(prefVariant, v)
	d.app.Settings().SetTheme(newDeskTheme(v))
	d.win.SetMainMenu(d.buildMenu())
	if d.sess != nil {
		d.rowGen++
		d.list.list.Refresh()
		d.tree.refresh()
		d.form.setFocus(d.form.focus)
	}
}

// setLanguage switches the interface language and rebuilds the window.
func (d *Desk) setLanguage(l string) {
	if d.form != nil && d.sess != nil {
		d.form.flush()
	}
	d.app.Preferences().SetString(prefLanguage, l)
	setLanguage(l)
	d.rebuild()
}
