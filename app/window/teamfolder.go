package window

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// prefTeamFolders maps each workspace (by its path) to its team folder, as
// a JSON object. The folder is kept in the preferences of this machine, not
// in the workspace: its path is a fact of this machine (the same team
// folder is /home/wang/Sync/team here and D:\Sync\team on a colleague's
// laptop), and a workspace copied to another machine must not start writing
// into a folder that happens to carry the same path there.
const prefTeamFolders = "team.folders"

func teamFolders(p fyne.Preferences) map[string]string {
	m := map[string]string{}
	if raw := p.String(prefTeamFolders); raw != "" {
		json.Unmarshal([]byte(raw), &m)
	}
	return m
}

func teamFolderOf(p fyne.Preferences, workspacePath string) string {
	return teamFolders(p)[workspacePath]
}

func storeTeamFolder(p fyne.Preferences, workspacePath, folder string) {
	m := teamFolders(p)
	if folder == "" {
		delete(m, workspacePath)
	} else {
		m[workspacePath] = folder
	}
	raw, _ := json.Marshal(m)
	p.SetString(prefTeamFolders, string(raw))
}

// teamFolder is the team folder of the desk's workspace: its watcher, what
// the last passes found, and the quiet notice in the status bar that opens
// the details.
type teamFolder struct {
	h      teamHost
	tf     *workspace.TeamFolder    // kept while the workspace is open, so an undone merge is not merged again
	owner  *workspace.Session       // the workspace tf belongs to
	w      *workspace.Watcher       // nil while stopped
	lost   error                    // the folder cannot be reached
	failed error                    // the last pass failed otherwise (the workspace could not be written, say)
	last   []workspace.AuthorMerged // what the last merge brought, worded when shown (the language may change)
	when   time.Time                // of the last merge; zero when there is none to tell (none, or undone)
	undo   error                    // the last merge is done, but its undo is limited (SyncReport.UndoLimited)
	needs  []workspace.FileIssue    // files that need a decision, newest last
	// notice is the status bar's button; hidden while no folder is set.
	notice *widget.Button
}

// teamHost is what the team folder's notice needs of the desk: a reload
// of the report that keeps what I am typing (showColleagues), the menus
// built again (Undo last merge), and the merge dialog and the settings its
// details open.
type teamHost interface {
	host
	loadReport(sess *workspace.Session, id string, first func() error, shown func(loadedReport, error))
	showColleagues(l loadedReport)
	menusChanged()
	mergeFiles(paths []string, ended func())
	showSettings()
}

func newTeamFolder(h teamHost) *teamFolder {
	t := &teamFolder{h: h}
	t.notice = widget.NewButtonWithIcon("", theme.FolderIcon(), t.showDetails)
	t.notice.Importance = widget.LowImportance
	t.notice.Hide()
	return t
}

func (t *teamFolder) stop() {
	if t.w != nil {
		t.w.Close()
		t.w = nil
	}
}

// show puts what a pass did on the desk: the notice, and the merged reviews
// in the list and the side-by-side view.
func (t *teamFolder) show(sess *workspace.Session, ev workspace.WatchEvent) {
	d := t.h
	if d.session() != sess || t.w == nil {
		return // the workspace or the folder changed meanwhile
	}
	t.lost, t.failed = nil, nil
	switch {
	case errors.Is(ev.Err, workspace.ErrFolderUnreachable):
		t.lost = ev.Err
	case ev.Err != nil:
		fyne.LogError("team folder", ev.Err)
		t.failed = ev.Err
	}
	rep := ev.Report
	for _, name := range rep.Files {
		t.forget(filepath.Join(t.tf.Dir, name)) // merged after all
	}
	for _, a := range rep.Attention {
		t.forget(a.Path)
		t.needs = append(t.needs, a)
	}
	for _, path := range rep.Gone {
		t.forget(path) // taken out of the folder: nothing left to look at
	}
	if !rep.Changed() {
		t.refresh()
		return
	}
	t.last, t.when, t.undo = rep.Merged, time.Now(), rep.UndoLimited
	if t.undo != nil {
		fyne.LogError("team folder: merged, undo limited", t.undo)
	}
	t.refresh()
	d.menusChanged() // Undo last merge is now possible
	t.reloadDesk()
}

// undone forgets the last merge once it is undone: the notice no longer
// tells what it brought.
func (t *teamFolder) undone() {
	t.last, t.when, t.undo = nil, time.Time{}, nil
	t.refresh()
}

// mergedNotice says who brought how much: "3 reviews from 张伟 merged".
func mergedNotice(merged []workspace.AuthorMerged) string {
	if len(merged) == 0 { // only names or history came
		return lang.X("team.merged.other", "Colleagues' files merged")
	}
	var parts []string
	for _, a := range merged {
		if a.Reviews == 1 {
			parts = append(parts, lang.X("team.merged.one", "1 review from {{.Name}}", map[string]any{"Name": a.Name}))
		} else {
			parts = append(parts, lang.X("team.merged.from", "{{.N}} reviews from {{.Name}}", map[string]any{"N": a.Reviews, "Name": a.Name}))
		}
	}
	return lang.X("team.merged", "{{.Who}} merged", map[string]any{"Who": strings.Join(parts, lang.X("team.merged.sep", ", "))})
}

// reloadDesk reads the report again off the UI goroutine and shows my
// colleagues' reviews.
func (t *teamFolder) reloadDesk() {
	d := t.h
	r := d.shownReport()
	if r == nil {
		return
	}
	reportID := r.ID
	d.loadReport(d.session(), reportID, nil, func(l loadedReport, err error) {
		if err != nil {
			fyne.LogError("team folder: read the report again", err)
			return
		}
		if r := d.shownReport(); r != nil && r.ID == reportID {
			d.showColleagues(l)
		}
	})
}

// refresh shows the folder's state on the notice.
func (t *teamFolder) refresh() {
	if t.tf == nil {
		t.notice.Hide()
		return
	}
	text := lang.X("team.on", "Team folder on")
	icon := theme.FolderIcon()
	switch {
	case t.lost != nil:
		text = lang.X("team.lost", "Team folder out of reach — working on, resumes when it is back")
		icon = theme.WarningIcon()
	case t.failed != nil:
		text = lang.X("team.failed", "Team folder: the last merge failed — tap for why")
		icon = theme.WarningIcon()
	case !t.when.IsZero():
		text = mergedNotice(t.last) + " · " + t.when.Format("15:04")
		if t.undo != nil {
			text += " · " + lang.X("team.undo.limited", "its undo is limited — tap for why")
			icon = theme.WarningIcon()
		}
	}
	if n := len(t.needs); n > 0 {
		text += " · " + needsNotice(n)
		icon = theme.WarningIcon()
	}
	t.notice.SetText(text)
	t.notice.SetIcon(icon)
	t.notice.Show()
}

// needsNotice counts the files that need a look: "1 file needs a look".
func needsNotice(n int) string {
	if n == 1 {
		return lang.X("team.needs.one", "1 file needs a look")
	}
	return lang.X("team.needs", "{{.N}} files need a look", map[string]any{"N": n})
}

// needsHelp says what to do with the files that need a look: open those
// that can be, take out of the folder those never opened (links, folders).
func needsHelp(needs []workspace.FileIssue) string {
	openable, notFiles := false, false
	for _, fi := range needs {
		if notAFile(fi.Err) {
			notFiles = true
		} else {
			openable = true
		}
	}
	help := lang.X("team.needs.help", "These files were not merged; nothing in the workspace changed because of them.")
	if openable {
		help += " " + lang.X("team.needs.open", "Open one to see why and decide.")
	}
	if notFiles {
		help += " " + lang.X("team.needs.remove", "A link, a folder or a device is never opened: take it out of the team folder, and it goes from this list.")
	}
	return help
}

// state says in a sentence how the folder is, for the details and the
// settings.
func (t *teamFolder) state() string {
	switch {
	case t.tf == nil:
		return lang.X("team.state.none", "No team folder: review files are exchanged by hand.")
	case t.lost != nil:
		return lang.X("team.state.lost", "The folder cannot be reached (a network share that dropped, a stick removed). Your work is saved in the workspace as usual; your review file is written there as soon as the folder is back.")
	case t.failed != nil:
		return lang.X("team.state.failed", "The last pass failed: {{.Why}} It is tried again at the next change.", map[string]any{"Why": plainWords(t.failed)})
	case !t.when.IsZero():
		merged := lang.X("team.state.merged", "Watching. Last merge at {{.Time}}: {{.What}}.", map[string]any{"Time": t.when.Format("15:04"), "What": mergedNotice(t.last)})
		if t.undo != nil {
			merged += " " + plainWords(t.undo)
		}
		return merged
	}
	return lang.X("team.state.on", "Watching: your review file is written here after each save, and your colleagues' files are merged as they arrive.")
}

// showDetails is the notice tapped: the folder, its state, and the files
// that need a decision, each of which opens in the usual merge dialog.
func (t *teamFolder) showDetails() {
	d := t.h
	if t.tf == nil {
		return
	}
	box := container.NewVBox(
		widget.NewLabel(t.tf.Dir),
		newMessageLabel(t.state()))
	var dlg dialog.Dialog
	if len(t.needs) > 0 {
		box.Add(widget.NewSeparator())
		box.Add(newMessageLabel(needsHelp(t.needs)))
		for _, fi := range t.needs {
			path := fi.Path
			why := newMessageLabel(mergeRefusalLine(fi.Err, path))
			if notAFile(fi.Err) {
				box.Add(why) // a link is never followed, so there is nothing to open
				continue
			}
			open := widget.NewButton(lang.X("team.open", "Open…"), func() {
				dlg.Hide()
				t.forget(path)
				d.mergeFiles([]string{path}, nil)
			})
			box.Add(container.NewBorder(nil, nil, nil, open, why))
		}
	}
	settings := widget.NewButton(lang.X("menu.settings", "Settings…"), func() {
		dlg.Hide()
		d.showSettings()
	})
	dlg = dialog.NewCustom(lang.X("team.title", "Team folder"), lang.X("close", "Close"),
		container.NewVBox(box, container.NewHBox(settings)), d.window())
	dlg.Resize(fyne.NewSize(620, dlg.MinSize().Height))
	dlg.Show()
}

// notAFile tells whether a file of the folder was refused for being a link,
// a folder or a pipe: the merge dialog would open what a link points to.
func notAFile(err error) bool {
	return errors.Is(err, workspace.ErrTeamLink) || errors.Is(err, data.ErrNotAFile)
}

// mergeRefusalLine is the first line of mergeRefusal: why, without the
// reassurance that follows it.
func mergeRefusalLine(err error, path string) string {
	line, _, _ := strings.Cut(mergeRefusal(err, path), "\n")
	return line
}

// forget drops a file from those that need a look, once the user opened it
// or it is gone from the folder.
func (t *teamFolder) forget(path string) {
	out := t.needs[:0]
	for _, fi := range t.needs {
		if fi.Path != path {
			out = append(out, fi)
		}
	}
	t.needs = out
	t.refresh()
}
