package window

// The desk's side of the workspace dialogs: open, new, a failed open and
// a damaged store (workspacedialog.go, damaged.go), settings, the
// reviewer's name and About.

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

func (d *Desk) onOpenWorkspace() {
	d.chooseFile([]string{workspaceExt}, d.workspaceFolder(), func(path string) { d.openWorkspace(path, nil) })
}

func (d *Desk) onNewWorkspace() {
	fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(d.win, err)
			return
		}
		if wc == nil {
			return
		}
		path := workspace.CleanPath(wc.URI().Path())
		wc.Close()
		if !workspace.HasExt(path, workspaceExt) {
			// the dialog created an empty file under the name typed; the
			// workspace gets the proper ending beside it
			removeIfEmpty(path)
			path += workspaceExt
		} else {
			removeIfEmpty(path)
		}
		d.openWorkspace(path, nil)
	}, d.win)
	fd.SetFileName("review" + workspaceExt)
	d.setDialogFolder(fd)
	showFileDialog(fd, lang.X("file.title.save", "Save a file"))
}

// workspaceFolder is the folder of the open workspace.
func (d *Desk) workspaceFolder() string {
	path := d.opt.Workspace
	if d.sess != nil {
		path = d.sess.Path()
	}
	return filepath.Dir(path)
}

// setDialogFolder starts a file dialog in the folder of the open workspace.
func (d *Desk) setDialogFolder(fd *dialog.FileDialog) {
	if u, err := storage.ListerForURI(storage.NewFileURI(d.workspaceFolder())); err == nil {
		fd.SetLocation(u)
	}
}

// openWorkspace opens (or creates and seeds) a workspace off the UI
// goroutine and puts it on the desk; on failure the current one stays.
// done, when not nil, is told on the UI goroutine whether it worked.
func (d *Desk) openWorkspace(path string, done func(bool)) {
	if done == nil {
		done = func(bool) {}
	}
	if d.sess != nil && workspace.SamePath(d.sess.Path(), path) {
		done(true)
		return
	}
	runJob(d.jobs, job[*workspace.Session]{
		title: lang.X("open.progress", "Opening the workspace…"),
		work: func(context.Context, func(int, int)) (*workspace.Session, error) {
			return workspace.Open(path, d.opt.ConfigDir)
		},
		done: func(sess *workspace.Session) {
			d.sel.row = -1
			d.loaded.report = nil
			d.useSession(sess, done)
		},
		failed: func(err error) {
			if d.sess == nil {
				d.showOpenFailure(path, err)
			} else {
				d.showOpenError(err)
			}
			done(false)
		},
		discard: closeSession,
	})
}

// showOpenFailure fills the window with what went wrong and the ways on:
// open another workspace or make a new one.
func (d *Desk) showOpenFailure(path string, err error) {
	d.sess = nil
	d.failure.failPath, d.failure.failErr = path, err
	d.rebuild()
	if err != nil {
		d.showOpenError(err)
	}
}

// failureContent is the window's content while no workspace is open.
func (d *Desk) failureContent() fyne.CanvasObject {
	path, err := d.failure.failPath, d.failure.failErr
	msg := newMessageLabel(lang.X("open.failed", "The workspace {{.Path}} could not be opened.", map[string]any{"Path": path}))
	why := newMessageLabel("")
	if err != nil {
		why.SetMessage(plainWords(err))
	}
	open := widget.NewButtonWithIcon(lang.X("menu.open", "Open workspace…"), theme.FolderOpenIcon(), d.onOpenWorkspace)
	create := widget.NewButtonWithIcon(lang.X("menu.new", "New workspace…"), theme.DocumentCreateIcon(), d.onNewWorkspace)
	open.Importance = widget.HighImportance
	buttons := container.NewHBox(open, create)
	if dmg, ok := backupOf(err); ok {
		restore := widget.NewButtonWithIcon(restoreLabel(dmg), theme.HistoryIcon(), func() { d.restoreBackup(dmg) })
		restore.Importance = widget.HighImportance
		open.Importance = widget.MediumImportance
		buttons = container.NewHBox(restore, open, create)
	}
	box := container.NewVBox(msg, why, buttons)
	return container.NewCenter(container.New(&maxWidth{w: 560}, box))
}

// showOpenError tells why a workspace could not be opened: a damaged one
// with a backup gets the offer to open the backup, anything else its plain
// words.
func (d *Desk) showOpenError(err error) {
	dmg, ok := backupOf(err)
	if !ok {
		showError(d.win, err)
		return
	}
	fyne.LogError("pledgereview", err)
	msg := plainWords(err) + "\n\n" + lang.X("damaged.offer",
		"The newest backup was taken {{.Date}}. Opening it puts it in place of the damaged file, which is kept in the backups folder.",
		map[string]any{"Date": backupDate(dmg.Backup)})
	dlg := dialog.NewCustomConfirm(lang.X("damaged.title", "The workspace is damaged"), restoreLabel(dmg),
		lang.X("damaged.notnow", "Not now"), newMessageLabel(msg), func(yes bool) {
			if yes {
				d.restoreBackup(dmg)
			}
		}, d.win)
	dlg.Show()
}

// restoreBackup puts the backup in place of the damaged workspace (which
// is kept in the backups folder), opens it and says where the damaged
// file is.
func (d *Desk) restoreBackup(dmg *workspace.DamagedError) {
	runJob(d.jobs, job[string]{
		work: func(context.Context, func(int, int)) (string, error) {
			return workspace.RestoreBackup(dmg.Path, dmg.Backup)
		},
		done: func(kept string) {
			d.openWorkspace(dmg.Path, func(ok bool) {
				if ok && kept != "" {
					showMessage(lang.X("damaged.title.restored", "Backup opened"), lang.X("damaged.restored",
						"The backup of {{.Date}} is open. The damaged file is kept as {{.Kept}}.",
						map[string]any{"Date": backupDate(dmg.Backup), "Kept": kept}), d.win)
				}
			})
		},
	})
}

// showRolledBack says that the workspace opened as it was before its last
// change (its newer header page is damaged) and offers the newest backup,
// which may hold that change.
func (d *Desk) showRolledBack(path string) {
	msg := lang.X("rolledback.message", "A header page of the workspace is damaged: it opened as it was before its last change, which may be lost.")
	b, err := workspace.NewestBackup(path)
	if err != nil {
		showMessage(lang.X("rolledback.title", "The last change was lost"), msg, d.win)
		return
	}
	dmg := &workspace.DamagedError{Path: path, Backup: b}
	msg += "\n\n" + lang.X("rolledback.offer", "The newest backup was taken {{.Date}}. Opening it puts it in place of this file, which is kept in the backups folder.",
		map[string]any{"Date": backupDate(b)})
	dialog.NewCustomConfirm(lang.X("rolledback.title", "The last change was lost"), restoreLabel(dmg),
		lang.X("damaged.notnow", "Not now"), newMessageLabel(msg), func(yes bool) {
			if !yes || d.sess == nil || d.sess.Path() != path {
				return
			}
			d.views.form.flush()
			d.stopTeamFolder()
			d.jobs.wait()
			d.sess.Close()
			d.sess = nil
			d.restoreBackup(dmg)
		}, d.win).Show()
}

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

func (d *Desk) showSettings() { d.askName(false) }

// askName asks the reviewer's name: with a welcome on first start (first),
// with the other settings from File → Settings… .
func (d *Desk) askName(first bool) *settingsDialog {
	title := lang.X("settings.title", "Settings")
	if first {
		title = lang.X("settings.welcome", "Welcome — who is reviewing?")
	}
	return d.nameDialog(title, first)
}

// askNameForFile asks the name of a reviewer who has none before a review
// file is written, saying why it is asked now.
func (d *Desk) askNameForFile() *settingsDialog {
	return d.nameDialog(lang.X("settings.forfile", "Your name goes into the review file — who are you?"), true)
}

// nameDialog shows the name dialog titled title; nameOnly leaves out the
// other settings.
func (d *Desk) nameDialog(title string, nameOnly bool) *settingsDialog {
	if d.sess == nil {
		return nil
	}
	sd := &settingsDialog{setName: d.sess.SetName, saved: func() { d.views.status.refresh() }, win: d.win, name: newEscEntry()}
	sd.name.SetText(d.sess.Me().Name)
	sd.name.SetPlaceHolder(lang.X("settings.name.hint", "e.g. 王芳"))
	sd.name.Validator = func(s string) error {
		if data.CleanName(s) == "" {
			return errors.New(lang.X("settings.name.empty", "Please give a name"))
		}
		if utf8.RuneCountInString(strings.TrimSpace(s)) > data.MaxNameRunes {
			return errors.New(lang.X("settings.name.long", "At most {{.N}} characters", map[string]any{"N": data.MaxNameRunes}))
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem(lang.X("settings.name", "Your name"), sd.name)}
	items[0].HintText = lang.X("settings.name.help", "Shown beside your reviews when colleagues merge them.")
	key := newMessageLabel(keyWords(d.sess.PublicKey()))
	items = append(items, widget.NewFormItem(lang.X("settings.key", "Your key"), key))
	items[1].HintText = lang.X("settings.key.help", "Your review files are signed with it. A colleague who doubts a file from you compares these words with you by phone.")
	if !nameOnly {
		items = append(items, d.teamFolderItem())
		sd.schedule = newScheduleFields(d.sess.SetScheduleSettings, d.Reload)
		items = append(items, sd.schedule.items()...)
		d.readScheduleSettings(sd.schedule)
	}
	sd.dlg = dialog.NewForm(title, lang.X("ok", "OK"), lang.X("cancel", "Cancel"), items, sd.onSubmit, d.win)
	sd.name.OnSubmitted = sd.onEnter
	sd.name.onEsc = sd.dlg.Dismiss // as Cancel does
	sd.dlg.Resize(fyne.NewSize(520, sd.dlg.MinSize().Height))
	sd.dlg.Show()
	d.win.Canvas().Focus(sd.name)
	return sd
}

// readScheduleSettings reads the settings of the schedule test off the UI
// goroutine into sf; they are dropped when another workspace was opened
// meanwhile.
func (d *Desk) readScheduleSettings(sf *scheduleFields) {
	sess := d.sess
	var set data.ScheduleSettings
	d.inBackground(func() (err error) {
		set, err = sess.ScheduleSettings()
		return err
	}, func(err error) {
		switch {
		case d.sess != sess:
		case err != nil:
			showError(d.win, err)
		default:
			sf.show(set)
			refreshForm(d.win.Canvas())
		}
	})
}

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
