package window

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pledgereview/app/workspace"
)

// buildMenu makes the main menu in the current language. Every entry of
// every menu is listed here, in the order the user sees it.
func (d *Desk) buildMenu() *fyne.MainMenu {
	return fyne.NewMainMenu(d.fileMenu(), d.reviewMenu(), d.viewMenu(), d.helpMenu())
}

// entry is a menu entry that is greyed out when off is true.
func entry(label string, action func(), off bool) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Disabled = off
	return it
}

// withKey gives an entry its keyboard shortcut.
func withKey(it *fyne.MenuItem, key fyne.Shortcut) *fyne.MenuItem {
	it.Shortcut = key
	return it
}

func (d *Desk) fileMenu() *fyne.Menu {
	noDesk := d.sess == nil
	noReport := d.sess == nil || d.loaded.report == nil
	sep := fyne.NewMenuItemSeparator
	quit := withKey(fyne.NewMenuItem(lang.X("menu.quit", "Quit"), d.onQuit), keyQuit)
	quit.IsQuit = true
	return fyne.NewMenu(lang.X("menu.file", "File"),
		fyne.NewMenuItem(lang.X("menu.open", "Open workspace…"), d.onOpenWorkspace),
		fyne.NewMenuItem(lang.X("menu.new", "New workspace…"), d.onNewWorkspace),
		d.recentMenuItem(),
		sep(),
		entry(lang.X("menu.import", "Import report…"), d.onImportReport, noDesk),
		entry(lang.X("menu.reports", "Reports…"), d.showReports, noDesk),
		sep(),
		entry(lang.X("export.menu.pack", "Export briefing pack…"), func() { d.showExportDialog() }, noReport),
		entry(lang.X("export.menu.table", "Export spreadsheet…"), func() { d.showTableDialog() }, noReport),
		entry(lang.X("progress.menu", "Progress by chapter…"), func() { d.showProgressView() }, noReport),
		entry(lang.X("outcomes.menu", "Last year's pledges…"), func() { d.showOutcomes() }, noReport),
		entry(lang.X("outcomes.pick.menu", "Last year's pledges, two reports chosen…"), d.chooseLaterReport, noReport),
		sep(),
		entry(lang.X("share.menu.mine", "Export my review file…"), func() { d.showReviewExport(false) }, noReport),
		entry(lang.X("share.menu.all", "Export everything…"), func() { d.showReviewExport(true) }, noReport),
		entry(lang.X("share.menu.merge", "Merge a colleague's file…"), d.onMergeFile, noReport),
		entry(lang.X("share.menu.undo", "Undo last merge"), d.onUndoMerge, noDesk || !d.sess.CanUndoMerge()),
		entry(lang.X("unplaced.menu", "Unplaced records…"), d.showUnplaced, noReport),
		sep(),
		entry(lang.X("menu.settings", "Settings…"), d.showSettings, noDesk),
		sep(),
		quit,
	)
}

// recentMenuItem lists the workspaces opened before, the open one checked.
func (d *Desk) recentMenuItem() *fyne.MenuItem {
	recent := fyne.NewMenuItem(lang.X("menu.recent", "Recent workspaces"), nil)
	var items []*fyne.MenuItem
	for _, path := range recentWorkspaces(d.app.Preferences()) {
		it := fyne.NewMenuItem(filepath.Base(path)+"  —  "+filepath.Dir(path), func() { d.openWorkspace(path, nil) })
		it.Checked = d.sess != nil && workspace.SamePath(d.sess.Path(), path)
		items = append(items, it)
	}
	if len(items) == 0 {
		recent.Disabled = true
		return recent
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	return recent
}

func (d *Desk) reviewMenu() *fyne.Menu {
	off := d.sess == nil
	return fyne.NewMenu(lang.X("menu.review", "Review"),
		withKey(entry(lang.X("menu.search", "Search"), d.onSearch, off), keySearch),
		withKey(entry(lang.X("menu.flag", "Flag or unflag"), d.onFlag, off), keyFlag),
		withKey(entry(lang.X("menu.next", "Next unreviewed pledge"), d.onNextUnreviewed, off), keyNext),
		fyne.NewMenuItemSeparator(),
		withKey(entry(lang.X("menu.nextdisputed", "Next disputed pledge"), func() { d.nextDisputed() }, off), keyNextDisputed),
		entry(lang.X("menu.disputed", "Disputed pledges…"), func() { d.showDisputed() }, off),
		entry(lang.X("menu.agreement", "Reviewer agreement…"), func() { d.showAgreement() }, off),
	)
}

func (d *Desk) viewMenu() *fyne.Menu {
	variant := d.app.Preferences().String(prefVariant)
	sys := fyne.NewMenuItem(lang.X("menu.system", "System colours"), func() { d.setVariant(variantSystem) })
	light := fyne.NewMenuItem(lang.X("menu.light", "Light"), func() { d.setVariant(variantLight) })
	dark := fyne.NewMenuItem(lang.X("menu.dark", "Dark"), func() { d.setVariant(variantDark) })
	sys.Checked, light.Checked, dark.Checked = variant == variantSystem, variant == variantLight, variant == variantDark
	zh := fyne.NewMenuItem("中文", func() { d.setLanguage(langZh) })
	en := fyne.NewMenuItem("English", func() { d.setLanguage(langEn) })
	zh.Checked, en.Checked = isZh(), !isZh()
	items := []*fyne.MenuItem{light, dark, sys, fyne.NewMenuItemSeparator(), zh, en}
	if calmOffered {
		on := d.animates()
		blink := fyne.NewMenuItem(lang.X("menu.blink", "Blinking cursor"), func() { d.setAnimate(!on) })
		blink.Checked = on
		items = append(items, fyne.NewMenuItemSeparator(), blink)
	}
	return fyne.NewMenu(lang.X("menu.view", "View"), items...)
}

func (d *Desk) helpMenu() *fyne.Menu {
	return fyne.NewMenu(lang.X("menu.help", "Help"),
		fyne.NewMenuItem(lang.X("menu.shortcuts", "Keyboard shortcuts"), d.showShortcuts),
		fyne.NewMenuItem(lang.X("menu.about", "About Pledge Review"), d.showAbout))
}
