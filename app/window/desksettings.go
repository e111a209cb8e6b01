package window

// The desk's side of the settings (settings.go): the reviewer's name, the
// team folder and the schedule test's settings.

import (
	"errors"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

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
