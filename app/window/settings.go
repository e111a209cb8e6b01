package window

import (
	"errors"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// settingsDialog asks the reviewer's name: on first start, and from
// File → Settings… later.
type settingsDialog struct {
	setName  func(string) error // stores the name
	saved    func()             // after the name and the settings are stored
	win      fyne.Window
	name     *escEntry
	schedule *scheduleFields // nil on first start
	dlg      *dialog.FormDialog
	then     func() // after the name is saved: what asked for it goes on
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

// refreshForm refreshes the form of the dialog on top of c: a form gives a
// label the disabled colour while its field is disabled, and looks again
// only when it is refreshed.
func refreshForm(c fyne.Canvas) {
	var walk func(o fyne.CanvasObject) bool
	walk = func(o fyne.CanvasObject) bool {
		switch o := o.(type) {
		case *widget.Form:
			o.Refresh()
			return true
		case *widget.PopUp:
			return walk(o.Content)
		case *fyne.Container:
			for _, child := range o.Objects {
				if walk(child) {
					return true
				}
			}
		}
		return false
	}
	if top := c.Overlays().Top(); top != nil {
		walk(top)
	}
}

// onEnter confirms the dialog with Enter, as OK does, once a name is given.
func (sd *settingsDialog) onEnter(string) {
	if sd.name.Validate() == nil {
		sd.dlg.Submit()
	}
}

func (sd *settingsDialog) onSubmit(ok bool) {
	if !ok {
		return
	}
	if err := sd.setName(data.CleanName(sd.name.Text)); err != nil {
		showError(sd.win, err)
		return
	}
	if sd.schedule != nil {
		if err := sd.schedule.save(); err != nil {
			showError(sd.win, err)
			return
		}
	}
	sd.saved()
	if sd.then != nil {
		sd.then()
	}
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

// escEntry is an entry that gives Esc to its dialog: a focused entry
// keeps every key, so without it Esc would not cancel the dialog while
// the reviewer types.
type escEntry struct {
	widget.Entry
	onEsc func()
}

func newEscEntry() *escEntry {
	e := &escEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}
