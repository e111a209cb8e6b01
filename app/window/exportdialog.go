package window

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/briefing"
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Preference keys of the export dialogs: the last folder and the last
// choices survive a restart.
const (
	prefExportFolder    = "export.folder"
	prefExportScope     = "export.scope"
	prefExportChapter   = "export.chapter"
	prefExportReviewers = "export.reviewers"
	prefExportNotes     = "export.notes"
	prefExportPaper     = "export.paper"
	prefExportKind      = "export.kind"
	prefExportLang      = "export.lang"
	prefExportTableExt  = "export.table.ext"
)

// Scope choices of the export dialog, in the order they are offered.
const (
	scopeAll = iota
	scopeFlagged
	scopeFilter
	scopeChapter // last, so that the chapter list sits under it
)

var scopeKeys = []string{"all", "flagged", "filter", "chapter"}

// exportDialog is File → Export briefing pack…: the options of the pack,
// the file to write, then the build off the UI goroutine with a progress
// bar, and a result dialog that opens the PDF.
type exportDialog struct {
	h         packHost
	in        briefing.Input
	filterIDs []string
	chapters  []*data.Chapter
	perChap   []int // pledges per chapter, as chapters

	kind      *widget.RadioGroup // full pack or meeting brief
	lang      *widget.RadioGroup // the language of the pack's own words
	scope     *widget.RadioGroup
	scopeIdx  int
	chapter   *widget.Select
	reviewers *widget.RadioGroup
	notes     *widget.Check
	paper     *widget.RadioGroup
	summary   *messageLabel
	target    *saveTarget
	exportBtn *widget.Button
	dlg       *dialog.CustomDialog
}

// packHost is what the pack dialog needs of the desk: the filter of the
// list, which the pack may follow.
type packHost interface {
	host
	filter() data.Filter
}

func (x *exportDialog) build() {
	p := x.h.prefs()

	x.scope = widget.NewRadioGroup(nil, nil)
	x.scopeIdx = max(0, slices.Index(scopeKeys, p.StringWithFallback(prefExportScope, "all")))

	var chapterOpts []string
	for i, ch := range x.chapters {
		chapterOpts = append(chapterOpts, fmt.Sprintf("%s（%d）", ch.Title, x.perChap[i]))
	}
	x.chapter = widget.NewSelect(chapterOpts, nil)
	if len(chapterOpts) > 0 {
		x.chapter.SetSelectedIndex(0)
		want := p.Int(prefExportChapter)
		for i, ch := range x.chapters {
			if ch.N == want {
				x.chapter.SetSelectedIndex(i)
			}
		}
	}
	if x.h.filter().Chapter > 0 && x.scopeIdx != scopeChapter {
		// the chapter the reviewer is working on is the likely choice
		for i, ch := range x.chapters {
			if ch.N == x.h.filter().Chapter {
				x.chapter.SetSelectedIndex(i)
			}
		}
	}

	me := x.h.session().Me().Name
	if me == "" {
		me = x.h.session().Me().ID
	}
	x.reviewers = widget.NewRadioGroup([]string{
		lang.X("export.reviewers.me", "Only me ({{.Name}})", map[string]any{"Name": me}),
		lang.X("export.reviewers.all", "Everyone (reviewers: {{.N}})", map[string]any{"N": max(1, len(x.in.Reviewers))}),
	}, nil)
	x.reviewers.Horizontal = true
	x.reviewers.Required = true
	x.reviewers.SetSelected(x.reviewers.Options[0])
	if p.StringWithFallback(prefExportReviewers, "all") == "all" {
		x.reviewers.SetSelected(x.reviewers.Options[1])
	}

	x.notes = widget.NewCheck(lang.X("export.notes", "Include the notes"), nil)
	x.notes.SetChecked(p.BoolWithFallback(prefExportNotes, true))

	x.paper = widget.NewRadioGroup([]string{
		lang.X("export.paper.a4", "A4"),
		lang.X("export.paper.letter", "US Letter"),
	}, nil)
	x.paper.Horizontal = true
	x.paper.Required = true
	x.paper.SetSelected(x.paper.Options[0])
	if p.String(prefExportPaper) == briefing.PaperLetter {
		x.paper.SetSelected(x.paper.Options[1])
	}

	x.kind = newPackKindChoice(p.String(prefExportKind))
	x.lang = newPackLangChoice(p.String(prefExportLang))

	x.summary = newTextLabel("")
	x.summary.TextStyle = strongStyle

	x.target = newSaveTarget(x.h, packFileName(x.in.Report.ID, radioIndex(x.kind)), ".pdf")
	x.kind.OnChanged = func(string) { x.onKindChanged() }

	x.scope.Required = true
	x.scope.OnChanged = func(s string) {
		if i := slices.Index(x.scope.Options, s); i >= 0 {
			x.scopeIdx = i
		}
		x.refresh()
	}
	x.chapter.OnChanged = func(string) {
		x.scopeIdx = scopeChapter
		x.refresh()
	}
	x.reviewers.OnChanged = func(string) { x.refresh() }

	form := widget.NewForm(
		widget.NewFormItem(lang.X("export.kind", "Pack"), x.kind),
		widget.NewFormItem(lang.X("export.scope", "Scope"), container.NewVBox(x.scope, x.chapter)),
		widget.NewFormItem(lang.X("export.reviewers", "Reviews of"), x.reviewers),
		widget.NewFormItem(lang.X("export.content", "Notes"), x.notes),
		widget.NewFormItem(lang.X("export.paper", "Paper"), x.paper),
		widget.NewFormItem(lang.X("export.lang", "Language"), x.lang),
		widget.NewFormItem(lang.X("export.file", "Save as"), x.target.box),
	)
	cancel := widget.NewButton(lang.X("cancel", "Cancel"), func() { x.dlg.Hide() })
	x.exportBtn = widget.NewButtonWithIcon(lang.X("export.button", "Export"), theme.DocumentSaveIcon(), x.onExportTapped)
	x.exportBtn.Importance = widget.HighImportance
	x.dlg = dialog.NewCustomWithoutButtons(lang.X("export.title", "Export briefing pack"),
		container.NewVBox(form, widget.NewSeparator(), x.summary), x.h.window())
	x.dlg.SetButtons([]fyne.CanvasObject{cancel, x.exportBtn})
	x.refresh()
	x.dlg.Resize(fyne.NewSize(680, x.dlg.MinSize().Height))
}

// refresh shows the count of every scope for the chosen reviewers, and
// enables Export only when the chosen scope holds a pledge.
func (x *exportDialog) refresh() {
	counts := x.counts()
	opts := []string{
		lang.X("export.scope.all", "All pledges ({{.N}})", map[string]any{"N": counts[scopeAll]}),
		lang.X("export.scope.flagged", "Flagged pledges ({{.N}})", map[string]any{"N": counts[scopeFlagged]}),
		lang.X("export.scope.filter", "The current filter ({{.N}})", map[string]any{"N": counts[scopeFilter]}),
		lang.X("export.scope.chapter", "One chapter ({{.N}}):", map[string]any{"N": counts[scopeChapter]}),
	}
	x.scope.Options = opts
	x.scope.Selected = opts[x.scopeIdx]
	x.scope.Refresh()
	n := counts[x.scopeIdx]
	if n == 0 {
		x.summary.SetText(lang.X("export.empty", "No pledge is in this scope. Choose another scope."))
		x.exportBtn.Disable()
	} else {
		x.summary.SetText(lang.X("export.summary", "The pack will hold {{.N}} pledges.", map[string]any{"N": n}))
		x.exportBtn.Enable()
	}
}

// counts returns how many pledges each scope holds for the chosen reviewers.
func (x *exportDialog) counts() [4]int {
	var c [4]int
	inReport := map[string]bool{}
	for _, p := range x.in.Report.Pledges() {
		inReport[p.ID] = true
	}
	c[scopeAll] = len(inReport)
	onlyMe := radioIndex(x.reviewers) == 0
	flagged := map[string]bool{}
	for _, rv := range x.in.Reviews {
		if rv.Flag && inReport[rv.PledgeID] && (!onlyMe || rv.ReviewerID == x.in.Me) {
			flagged[rv.PledgeID] = true
		}
	}
	c[scopeFlagged] = len(flagged)
	if i := x.chapter.SelectedIndex(); i >= 0 {
		c[scopeChapter] = x.perChap[i]
	}
	c[scopeFilter] = len(x.filterIDs)
	return c
}

// options returns the briefing options the dialog shows.
func (x *exportDialog) options() briefing.Options {
	opt := briefing.Options{IncludeNotes: x.notes.Checked, Paper: briefing.PaperA4, Reviewers: briefing.ReviewersAll, Language: packLang(x.lang)}
	if radioIndex(x.reviewers) == 0 {
		opt.Reviewers = briefing.ReviewersMe
	}
	if radioIndex(x.paper) == 1 {
		opt.Paper = briefing.PaperLetter
	}
	if radioIndex(x.kind) == 1 {
		opt.Kind = briefing.KindMeeting
	}
	switch x.scopeIdx {
	case scopeFlagged:
		opt.Scope = briefing.Scope{Kind: briefing.ScopeFlagged}
	case scopeChapter:
		opt.Scope = briefing.Scope{Kind: briefing.ScopeChapter}
		if i := x.chapter.SelectedIndex(); i >= 0 {
			opt.Scope.Chapter = x.chapters[i].N
		}
	case scopeFilter:
		opt.Scope = briefing.Scope{Kind: briefing.ScopeIDs, IDs: x.filterIDs, Label: filterLabel(x.h.filter(), x.in.Report, opt.Language)}
	default:
		opt.Scope = briefing.Scope{Kind: briefing.ScopeAll}
	}
	return opt
}

// remember stores the choices for the next export.
func (x *exportDialog) remember(opt briefing.Options, path string) {
	p := x.h.prefs()
	p.SetString(prefExportScope, scopeKeys[x.scopeIdx])
	p.SetString(prefExportKind, packKindKey(opt.Kind))
	p.SetString(prefExportLang, opt.Language.String())
	if opt.Scope.Kind == briefing.ScopeChapter {
		p.SetInt(prefExportChapter, opt.Scope.Chapter)
	}
	who := "all"
	if opt.Reviewers == briefing.ReviewersMe {
		who = "me"
	}
	p.SetString(prefExportReviewers, who)
	p.SetBool(prefExportNotes, opt.IncludeNotes)
	p.SetString(prefExportPaper, opt.Paper)
	p.SetString(prefExportFolder, filepath.Dir(path))
}

func (x *exportDialog) onExportTapped() {
	path, err := x.target.path()
	if err != nil {
		showExportError(x.h.window(), err, path, nil)
		return
	}
	if err := x.h.session().OwnFiles().Check(path); err != nil {
		showExportError(x.h.window(), err, path, nil)
		return
	}
	confirmReplace(x.h.window(), path, func() { x.export(path) })
}

// export builds the pack with the dialog's options and writes it to path,
// off the UI goroutine; a file already at path is replaced only once the
// new one is complete.
func (x *exportDialog) export(path string) {
	opt := x.options()
	in := x.in
	if x.in.Schedule != nil {
		in.Generated = x.in.Schedule.AsOf(time.Now()) // today may have turned since the dialog opened
	}
	own := x.h.session().OwnFiles()
	x.dlg.Hide()
	x.h.runSteps(lang.X("export.building", "Building the briefing pack…"), true,
		func(progress func(done, total int)) error {
			if err := workspace.CheckWritable(path); err != nil {
				return err
			}
			opt.Progress = progress
			pdf, err := briefing.Build(in, opt)
			if err != nil {
				return err
			}
			return workspace.WriteExport(own, path, pdf)
		},
		func(err error) {
			if err != nil {
				showExportError(x.h.window(), err, path, x.dlg.Show)
			} else {
				x.remember(opt, path)
				showExportDone(x.h.window(), lang.X("export.done.pack", "The briefing pack is saved."), path,
					lang.X("export.open.pdf", "Open the PDF"))
			}
		})
}

// filterLabel describes the list's filter for the cover of the pack, in
// the pack's language.
func filterLabel(f data.Filter, r *data.Report, l briefing.Language) string {
	tr := func(zh, en string) string {
		switch l {
		case briefing.LangZh:
			return zh
		case briefing.LangEn:
			return en
		}
		return zh + " " + en
	}
	parts := filterPlace(f, r)
	if s := strings.TrimSpace(f.Text); s != "" {
		parts = append(parts, tr("搜索", "search")+"“"+s+"”")
	}
	for _, s := range f.Statuses {
		parts = append(parts, tr(s.Info().Zh, s.Info().En))
	}
	for _, t := range []struct {
		v               data.Tri
		yes, no, yE, nE string
	}{
		{f.Flagged, "已标记", "未标记", "flagged", "not flagged"},
		{f.Scored, "已评分", "未评分", "scored", "not scored"},
		{f.HasTarget, "有目标", "无目标", "with a target", "without a target"},
	} {
		switch t.v {
		case data.Yes:
			parts = append(parts, tr(t.yes, t.yE))
		case data.No:
			parts = append(parts, tr(t.no, t.nE))
		}
	}
	if f.DeadlineBefore != "" {
		parts = append(parts, tr(f.DeadlineBefore+" 前到期", "due before "+f.DeadlineBefore))
	}
	label := tr("当前筛选", "Current filter")
	if len(parts) > 0 {
		sep := "："
		if l == briefing.LangEn {
			sep = ": "
		}
		label += sep + strings.Join(parts, " · ")
	}
	return label
}

// filterPlace is the chapter and headline the filter keeps to, if any.
func filterPlace(f data.Filter, r *data.Report) []string {
	c := r.Chapter(f.Chapter)
	if f.Chapter <= 0 || c == nil {
		return nil
	}
	t := c.Title
	if h := r.Headline(f.Chapter, f.Headline); f.Headline > 0 && h != nil {
		t += " › " + h.Title
	}
	return []string{t}
}

// saveTarget is the "Save as" row of an export dialog: the whole path in an
// entry, and a button that chooses the folder. (Fyne's file save dialog
// empties an existing file as soon as it is chosen, before anything is
// written, so a failed export would lose it; choosing only the folder keeps
// the promise that a good file is replaced only by a complete one.)
type saveTarget struct {
	h     host
	ext   string // the extension added when the name has none we accept
	entry *widget.Entry
	box   fyne.CanvasObject
}

func newSaveTarget(h host, name, ext string) *saveTarget {
	st := &saveTarget{h: h, ext: ext, entry: widget.NewEntry()}
	st.entry.SetText(filepath.Join(exportFolder(h.prefs()), name))
	choose := widget.NewButtonWithIcon(lang.X("export.choose", "Folder…"), theme.FolderOpenIcon(), st.onChooseFolder)
	st.box = container.NewBorder(nil, nil, nil, choose, st.entry)
	return st
}

func (st *saveTarget) onChooseFolder() {
	fd := dialog.NewFolderOpen(func(lu fyne.ListableURI, err error) {
		if err != nil {
			showError(st.h.window(), err)
			return
		}
		if lu == nil {
			return
		}
		st.entry.SetText(filepath.Join(lu.Path(), filepath.Base(st.entry.Text)))
	}, st.h.window())
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(st.entry.Text))); err == nil {
		fd.SetLocation(dir)
	}
	showFileDialog(fd, titleFolder())
}

// setExt changes the extension of the file name shown.
func (st *saveTarget) setExt(ext string) {
	st.ext = ext
	p := st.entry.Text
	st.entry.SetText(strings.TrimSuffix(p, filepath.Ext(p)) + ext)
}

// path returns the file the entry names, made absolute, with the extension
// added when it has none of those accepted.
func (st *saveTarget) path(accepted ...string) (string, error) {
	p := strings.TrimSpace(st.entry.Text)
	if p == "" || strings.HasSuffix(p, string(filepath.Separator)) {
		return p, errNoFileName
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(exportFolder(st.h.prefs()), p)
	}
	ext := strings.ToLower(filepath.Ext(p))
	ok := ext == st.ext
	for _, a := range accepted {
		ok = ok || ext == a
	}
	if !ok {
		p += st.ext
	}
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		return p, errIsFolder
	}
	return filepath.Clean(p), nil
}

var (
	errNoFileName = errors.New("export: no file name")
	errIsFolder   = errors.New("export: the path is a folder")
)

// exportFolder is the folder offered for an export: the last one used,
// else Documents, else the home folder.
func exportFolder(p fyne.Preferences) string {
	isDir := func(d string) bool {
		fi, err := os.Stat(d)
		return err == nil && fi.IsDir()
	}
	if d := p.String(prefExportFolder); d != "" && isDir(d) {
		return d
	}
	if home, err := os.UserHomeDir(); err == nil {
		if docs := filepath.Join(home, "Documents"); isDir(docs) {
			return docs
		}
		return home
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// confirmReplace runs do at once for a new file, after a question for a
// file that exists.
func confirmReplace(w fyne.Window, path string, do func()) {
	if _, err := os.Stat(path); err != nil {
		do()
		return
	}
	confirmAction(w, lang.X("export.replace.title", "Replace the file?"),
		lang.X("export.replace", "{{.File}} already exists in {{.Dir}}. Replace it?",
			map[string]any{"File": filepath.Base(path), "Dir": filepath.Dir(path)}),
		lang.X("export.replace.button", "Replace"), do)
}

// showExportError says in plain words why an export failed; then, when
// again is set, shows the export dialog again to try another choice.
func showExportError(w fyne.Window, err error, path string, again func()) {
	fyne.LogError("export "+path, err)
	dlg := newMessage(lang.X("export.failed", "Export failed"), exportErrorText(err, path), w)
	dlg.SetDismissText(lang.X("ok", "OK"))
	if again != nil {
		dlg.SetOnClosed(again)
	}
	dlg.Show()
}

// exportErrorText words an export error for the reviewer.
func exportErrorText(err error, path string) string {
	dir := filepath.Dir(path)
	args := map[string]any{"File": filepath.Base(path), "Dir": dir}
	switch {
	case errors.Is(err, briefing.ErrEmptyScope):
		return lang.X("export.empty", "No pledge is in this scope. Choose another scope.")
	case errors.Is(err, workspace.ErrOwnFile):
		return lang.X("export.ownfile", "{{.File}} is one of Pledge Review's own files (the workspace, its backups or your reviewer identity), or a link to one. An export may never replace it: choose another name or folder. The file was left as it was.", args)
	case errors.Is(err, errNoFileName):
		return lang.X("export.noname", "Give the file a name.")
	case errors.Is(err, errIsFolder):
		return lang.X("export.isfolder", "{{.File}} is a folder. Give the file a name.", map[string]any{"File": path})
	case errors.Is(err, workspace.ErrInUse):
		return lang.X("export.inuse", "{{.File}} is open in another program (an editor or a virus scanner). Close it there and export again, or choose another name. The file was left as it was.", args)
	case workspace.IsDiskFull(err):
		return lang.X("export.full", "The disk is full: {{.File}} could not be written in {{.Dir}}. Free some space or choose another folder. A file already there was left as it was.", args)
	case errors.Is(err, fs.ErrNotExist):
		if _, serr := os.Stat(dir); serr != nil {
			return lang.X("export.nofolder", "The folder {{.Dir}} does not exist. Choose another folder.", args)
		}
	}
	if workspace.IsReadOnly(err) || errors.Is(err, data.ErrCannotCreateFile) {
		return lang.X("export.nowrite", "Cannot write in {{.Dir}}. Choose another folder. A file already there was left as it was.", args)
	}
	return plainWords(err)
}

// onKindChanged offers the file name of the kind chosen, unless the user
// has named the file already.
func (x *exportDialog) onKindChanged() {
	dir, name := filepath.Split(x.target.entry.Text)
	other := packFileName(x.in.Report.ID, 1-radioIndex(x.kind))
	if name == other {
		x.target.entry.SetText(filepath.Join(dir, packFileName(x.in.Report.ID, radioIndex(x.kind))))
	}
}
