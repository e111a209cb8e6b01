package window

// The desk's side of the team folder (teamfolder.go) and of sharing my
// reviews (sharedialog.go).

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// teamFolderNotice is the status bar's part of the team folder, told again
// in the language of a status bar built anew.
func (d *Desk) teamFolderNotice() fyne.CanvasObject {
	if d.teamdir == nil {
		d.teamdir = newTeamFolder(d)
	}
	d.teamdir.refresh()
	return d.teamdir.notice
}

// startTeamFolder starts watching the team folder set for the open
// workspace, if any.
func (d *Desk) startTeamFolder() {
	if d.teamdir == nil {
		d.teamdir = newTeamFolder(d)
	}
	t := d.teamdir
	t.stop()
	if d.sess == nil {
		return
	}
	dir := teamFolderOf(d.app.Preferences(), d.sess.Path())
	if t.tf == nil || t.tf.Dir != dir || t.owner != d.sess {
		t.tf, t.owner, t.last, t.when, t.undo, t.needs, t.lost, t.failed = nil, nil, nil, time.Time{}, nil, nil, nil, nil
		if dir != "" {
			t.tf, t.owner = d.sess.TeamFolder(dir), d.sess
		}
	}
	if t.tf != nil {
		sess := d.sess
		// what a pass found is shown on the UI goroutine, through the
		// desk's runner like the results of its other background work
		t.w = t.tf.Watch(workspace.WatchOptions{
			OnEvent: func(ev workspace.WatchEvent) { d.jobs.toUI.Do(func() { t.show(sess, ev) }) },
		})
	}
	t.refresh()
}

// stopTeamFolder stops the watcher, writing my file of the saves not yet
// written; call it before the workspace closes or is replaced.
func (d *Desk) stopTeamFolder() {
	if d.teamdir != nil {
		d.teamdir.stop()
	}
}

// teamFolderSaved tells the watcher that I saved a review or a progress update.
func (d *Desk) teamFolderSaved() {
	if d.teamdir != nil && d.teamdir.w != nil && d.loaded.report != nil {
		d.teamdir.w.Saved(d.loaded.report.ID)
	}
}

// setTeamFolder makes dir the team folder of the open workspace ("" for
// none) and starts watching it at once.
func (d *Desk) setTeamFolder(dir string) {
	if d.sess == nil {
		return
	}
	d.views.form.flush()
	if dir != "" {
		dir = filepath.Clean(dir)
	}
	storeTeamFolder(d.app.Preferences(), d.sess.Path(), dir)
	d.startTeamFolder()
}

// showColleagues puts the colleagues' reviews of a report read again on
// the desk, keeping my own as the desk holds them (saved meanwhile, maybe):
// the list, the form and what I am typing stay as they are. Only if the
// merge brought a newer record of mine (a copy of my own file, after the
// workspace was put back from a backup) is the whole desk read again.
func (d *Desk) showColleagues(l loadedReport) {
	me := d.sess.Me().ID
	var reviews []data.Review
	for _, rv := range l.team.all() {
		if rv.ReviewerID != me {
			reviews = append(reviews, rv)
			continue
		}
		if i, ok := d.loaded.index.Position(rv.PledgeID); ok && rv.Updated.Compare(d.loaded.index.Rows[i].Mine.Updated) > 0 {
			d.views.form.flush()
			d.reloadWith(l)
			return
		}
	}
	for i := range d.loaded.index.Rows {
		if mine := d.loaded.index.Rows[i].Mine; !mine.Updated.IsZero() {
			reviews = append(reviews, mine)
		}
	}
	d.loaded.team = newTeam(d.loaded.index, me, l.team.reviewers, reviews)
	d.loaded.progress = l.progress // colleagues' progress updates merged with their reviews
	d.listing.rowGen++
	if d.listing.disputedOnly {
		d.applyFilter()
	} else {
		d.views.list.list.Refresh()
	}
	d.views.bar.showDisputedCount()
	if row := d.currentRow(); row != nil {
		d.views.side.show(d.loaded.team, row.Pledge.ID)
		d.views.prog.show(row.Pledge, row.Mine)
	}
}

// teamFolderItem is the Team folder row of the settings: the folder, its
// state, and buttons to choose another or stop using it. A choice takes
// effect at once.
func (d *Desk) teamFolderItem() *widget.FormItem {
	if d.teamdir == nil {
		d.teamdir = newTeamFolder(d)
	}
	t := d.teamdir
	folder := newTextLabel("")
	state := newMessageLabel("")
	var clear *widget.Button
	show := func() {
		if t.tf == nil {
			folder.SetText(lang.X("team.folder.none", "None"))
			clear.Disable()
		} else {
			folder.SetText(t.tf.Dir)
			clear.Enable()
		}
		state.SetMessage(t.state())
	}
	choose := widget.NewButtonWithIcon(lang.X("team.choose", "Choose…"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(lu fyne.ListableURI, err error) {
			if err != nil {
				showError(d.win, err)
				return
			}
			if lu != nil {
				d.setTeamFolder(lu.Path())
				show()
			}
		}, d.win)
		if t.tf != nil {
			if lu, err := storage.ListerForURI(storage.NewFileURI(t.tf.Dir)); err == nil {
				fd.SetLocation(lu)
			}
		}
		showFileDialog(fd, titleFolder())
	})
	clear = widget.NewButton(lang.X("team.clear", "Stop using"), func() {
		d.setTeamFolder("")
		show()
	})
	show()
	item := widget.NewFormItem(lang.X("team.title", "Team folder"),
		container.NewVBox(folder, container.NewHBox(choose, clear), state))
	item.HintText = lang.X("team.help", "A folder your team synchronises (Syncthing, Nextcloud, a network share). Your review file is written there; your colleagues' are merged as they arrive, with a backup first.")
	return item
}

// showReviewExport opens the export dialog, once the reviewer has a name:
// a file must tell colleagues whose reviews it holds. Without one, the name
// is asked first and the export follows.
func (d *Desk) showReviewExport(all bool) {
	if d.sess == nil || d.loaded.report == nil {
		return
	}
	if d.sess.Me().Name == "" {
		if sd := d.askNameForFile(); sd != nil {
			sd.then = func() { d.showReviewExport(all) }
		}
		return
	}
	d.openReviewExport(all)
}

func (d *Desk) openReviewExport(all bool) *reviewExport {
	d.views.form.flush() // what is typed belongs in the file
	x := &reviewExport{h: d, all: all}
	mine, reviews := 0, 0
	who := map[string]bool{d.sess.Me().ID: true}
	for _, rs := range d.loaded.team.byPledge {
		for _, rv := range rs {
			reviews++
			who[rv.ReviewerID] = true
			if rv.ReviewerID == d.sess.Me().ID {
				mine++
			}
		}
	}
	x.summary = newTextLabel("")
	title := lang.X("share.export.mine.title", "Export my review file")
	if all {
		title = lang.X("share.export.all.title", "Export everything")
		x.summary.SetText(lang.X("share.export.all.summary", "The file will hold {{.N}} reviews by {{.R}} reviewers: everything this workspace holds on the report, to hand over a whole review.",
			map[string]any{"N": reviews, "R": len(who)}))
	} else {
		x.summary.SetText(lang.X("share.export.mine.summary", "The file will hold your {{.N}} reviews. Send it to your colleagues; they merge it with File → Merge a colleague's file….",
			map[string]any{"N": mine}))
	}
	name := share.DefaultFileName(d.loaded.report.ID, d.sess.Me().Name, time.Now())
	x.target = newSaveTarget(d, name, ".json")
	if dir := d.app.Preferences().String(prefShareFolder); dir != "" && isDir(dir) {
		x.target.entry.SetText(filepath.Join(dir, name))
	}
	form := widget.NewForm(widget.NewFormItem(lang.X("export.file", "Save as"), x.target.box))
	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() { x.dlg.Hide() })
	save := widget.NewButtonWithIcon(lang.X("share.export.button", "Export"), theme.DocumentSaveIcon(), x.onExportTapped)
	save.Importance = widget.HighImportance
	x.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(x.summary, form), d.win)
	x.dlg.SetButtons([]fyne.CanvasObject{cancel, save})
	x.dlg.Resize(fyne.NewSize(680, x.dlg.MinSize().Height))
	x.dlg.Show()
	return x
}

// onDropped merges the review files dropped on the window, all in one
// plan, after the import of any report files dropped with them.
func (d *Desk) onDropped(_ fyne.Position, uris []fyne.URI) {
	if d.sess == nil {
		return
	}
	if d.win.Canvas().Overlays().Top() != nil {
		// a plan, a merge or an export is on the screen: one thing at a time
		showMessage(lang.X("share.drop.busy.title", "Busy"),
			lang.X("share.drop.busy", "Finish or close the open dialog first, then drop the file again."), d.win)
		return
	}
	paths, reports := droppedFiles(uris)
	if len(paths) == 0 && len(reports) == 0 {
		showMessage(lang.X("share.drop.title", "Not a review file"),
			lang.X("share.drop.none", "Drop a review file (.json) that a colleague exported to merge it, or a report (.docx, .pdf, .html, .txt) to import it."), d.win)
		return
	}
	d.importDropped(reports, func() { d.mergeFiles(paths, nil) })
}
