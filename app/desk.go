package app

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"sort"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Desk is the review desk: one window in which the local reviewer works
// through the pledges of a report. Features added later (export, sharing)
// reach the open workspace through its methods.
type Desk struct {
	app fyne.App
	win fyne.Window
	opt Options

	sess    *workspace.Session // nil while no workspace is open
	reports []data.ReportInfo
	report  *data.Report
	index   *data.Index
	tallies data.Tallies
	team    *team       // every reviewer's reviews of the report
	teamdir *teamFolder // the team folder of the workspace (teamfolder.go)

	filter       data.Filter
	disputedOnly bool // the Disputed filter: only pledges where reviewers disagree
	behindOnly   bool // the Behind filter: only pledges the schedule test finds behind or overdue
	progress     *workspace.ProgressView
	cache        data.FilterCache
	rowGen       int   // bumped when every list row must be drawn again
	rows         []int // rows of index that pass the filter, in reading order
	current      int   // row of index shown on the right, -1 for none

	tree   *treeView
	bar    *filterBar
	list   *pledgeList
	detail *detailView
	side   *sideBySide
	prog   *progressPanel
	form   *reviewForm
	status *statusBar

	jobs *jobs // slow work off the UI goroutine

	lastSaved time.Time
	closed    bool
	// closeForced: a close was refused once because a save failed.
	closeForced bool

	failPath string // the workspace that could not be opened
	failErr  error

	toldReadOnly bool // the user was told that the workspace is read-only
}

// Run opens the main window and runs the application until it quits. The
// window shows at once; the workspace is opened off the UI goroutine (a
// large one takes a moment) and then put on the desk.
func Run(a fyne.App, opt Options) {
	d := buildDesk(a, opt)
	d.showLoading()
	runJob(d.jobs, job[*workspace.Session]{
		work: func(context.Context, func(int, int)) (*workspace.Session, error) { return opt.open() },
		done: func(sess *workspace.Session) {
			d.useSession(sess)
			d.tellMoved()
		},
		failed:  func(err error) { d.showOpenFailure(d.opt.Workspace, err) },
		discard: closeSession,
	})
	// a logout or kill saves what is typed, as closing the window does
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		<-sig
		fyne.Do(func() {
			d.shutdown()
			a.Quit()
		})
	}()
	d.watchEndOfSession(a)
	d.win.ShowAndRun()
}

// newDesk builds the window, opens the workspace and restores what the
// preferences remember, all before it returns; it does not show the window.
func newDesk(a fyne.App, opt Options) *Desk {
	d := buildDesk(a, opt)
	sess, err := opt.open()
	if err != nil {
		d.showOpenFailure(opt.Workspace, err)
		return d
	}
	d.useSession(sess)
	return d
}

// closeSession closes a workspace opened for a window that closed meanwhile.
func closeSession(sess *workspace.Session) {
	if err := sess.Close(); err != nil {
		fyne.LogError("close workspace", err)
	}
}

// showLoading is the window's content while the workspace opens.
func (d *Desk) showLoading() {
	d.win.SetMainMenu(d.buildMenu())
	msg := widget.NewLabel(lang.X("open.progress", "Opening the workspace…"))
	msg.Alignment = fyne.TextAlignCenter
	bar := widget.NewProgressBarInfinite()
	d.win.SetContent(container.NewCenter(container.NewVBox(msg, bar, newFrameProbe(probeFirstFrame))))
}

// buildDesk makes the window with its theme, language and shortcuts.
func buildDesk(a fyne.App, opt Options) *Desk {
	p := a.Preferences()
	setLanguage(p.String(prefLanguage))
	a.Settings().SetTheme(newDeskTheme(p.String(prefVariant)))
	a.SetIcon(appIcon)
	d := &Desk{app: a, opt: opt, current: -1}
	d.win = a.NewWindow(lang.X("app.title", "Pledge Review"))
	d.jobs = newJobs(d.win)
	d.win.SetMaster()
	d.win.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1280)), float32(p.FloatWithFallback(prefHeight, 800))))
	d.win.SetCloseIntercept(d.onClose)
	a.Lifecycle().SetOnStopped(d.shutdown)
	d.win.Canvas().SetOnTypedKey(d.onTypedKey)
	d.addShortcuts()
	d.win.SetOnDropped(d.onDropped)
	return d
}

// Window returns the desk's window, for dialogs of other features.
func (d *Desk) Window() fyne.Window { return d.win }

// Session returns the open workspace, or nil when none is open.
func (d *Desk) Session() *workspace.Session { return d.sess }

// Report returns the report on the desk, or nil.
func (d *Desk) Report() *data.Report { return d.report }

// Reload reads the reviews of the report again, after a feature changed
// the workspace behind the desk (a merge, say); the pledge shown stays.
func (d *Desk) Reload() {
	if d.sess == nil || d.report == nil {
		return
	}
	d.form.flush()
	l, err := readReport(d.sess, d.report.ID)
	if err != nil {
		showError(d.win, err)
		return
	}
	d.reloadWith(l)
}

// reloadWith shows a report read again (after a merge or an undo) and keeps
// the pledge that was shown.
func (d *Desk) reloadWith(l loadedReport) {
	shown := ""
	if row := d.currentRow(); row != nil {
		shown = row.Pledge.ID
	}
	d.applyReport(l)
	d.rebuild()
	d.restorePledge(shown)
}

// useSession puts an open workspace on the desk, replacing the current one.
func (d *Desk) useSession(sess *workspace.Session) {
	p := d.app.Preferences()
	if d.sess != nil {
		d.form.flush()
		d.stopTeamFolder()
		d.jobs.Wait()
		d.sess.Close()
	}
	d.sess = sess
	rememberWorkspace(p, sess.Path())
	d.filter = loadFilter(p)
	d.disputedOnly = p.Bool(prefDisputed)
	d.behindOnly = p.Bool(prefBehind)
	if err := d.loadReport(p.String(prefLastReport)); err != nil {
		d.sess = nil
		sess.Close()
		d.showOpenFailure(sess.Path(), workspace.DamagedWithBackup(sess.Path(), err))
		return
	}
	d.rebuild()
	d.restorePledge(p.String(prefLastPledge))
	d.startTeamFolder()
	if sess.Me.Name == "" {
		d.askName(true)
	}
}

// loadReport builds the index of report id (or the workspace's default
// report when id is unknown) with the local reviewer's reviews.
func (d *Desk) loadReport(id string) error {
	l, err := readReport(d.sess, id)
	if err != nil {
		return err
	}
	d.applyReport(l)
	return nil
}

// loadedReport is a report read from the store with everything the desk
// builds from it; readReport makes it off the UI goroutine when it can.
type loadedReport struct {
	reports  []data.ReportInfo
	report   *data.Report
	index    *data.Index
	team     *team
	tallies  data.Tallies
	progress *workspace.ProgressView
}

// readReport reads report id (or the workspace's default report when id is
// unknown) with every reviewer's reviews. It touches no widget.
func readReport(sess *workspace.Session, id string) (loadedReport, error) {
	l, err := sess.LoadDesk(id, time.Now())
	if err != nil {
		return loadedReport{}, err
	}
	mine := map[string]data.Review{}
	for _, rv := range l.Reviews {
		if rv.ReviewerID == sess.Me.ID {
			mine[rv.PledgeID] = rv
		}
	}
	ix := data.NewIndex(l.Report, sess.Me.ID, mine)
	return loadedReport{reports: l.Reports, report: l.Report, index: ix,
		team: newTeam(ix, sess.Me.ID, l.Reviewers, l.Reviews), tallies: ix.Tallies(), progress: l.Progress}, nil
}

// applyReport puts a loaded report on the desk.
func (d *Desk) applyReport(l loadedReport) {
	if d.report == nil || d.report.ID != l.report.ID {
		d.filter.Chapter, d.filter.Headline = 0, 0
	}
	d.reports = l.reports
	d.report = l.report
	d.index = l.index
	d.team = l.team
	d.progress = l.progress
	d.cache.Clear()
	d.tallies = l.tallies
	d.current = -1
	d.app.Preferences().SetString(prefLastReport, l.report.ID)
}

// rebuild makes every view anew from the desk's state: at start, after a
// language switch and when the report changes.
func (d *Desk) rebuild() {
	d.win.SetTitle(lang.X("app.title", "Pledge Review"))
	d.win.SetMainMenu(d.buildMenu())
	if d.sess == nil {
		d.win.SetContent(d.failureContent())
		return
	}
	d.tree = newTreeView(d)
	d.bar = newFilterBar(d)
	d.list = newPledgeList(d)
	d.detail = newDetailView(d)
	d.side = newSideBySide(d.sess.Rubric())
	d.prog = newProgressPanel(d)
	d.form = newReviewForm(d)
	d.status = newStatusBar(d)

	right := container.NewVScroll(container.NewVBox(d.detail.box, d.prog.box, widget.NewSeparator(), d.side.box, d.form.box))
	inner := container.NewHSplit(d.list.box, right)
	inner.SetOffset(0.5)
	outer := container.NewHSplit(d.tree.box, inner)
	outer.SetOffset(0.25)
	d.win.SetContent(container.NewBorder(nil, d.status.box, nil, nil, outer))
	d.applyFilter()
	if d.current >= 0 {
		cur := d.current
		d.current = -1
		d.showRow(cur)
	} else {
		d.detail.showEmpty(len(d.rows) == 0)
		d.side.clear()
		d.prog.clear()
		d.form.clear()
	}
}

// applyFilter runs the filter over the index and refreshes the list.
func (d *Desk) applyFilter() {
	d.rows = d.cache.Rows(d.index, d.filter)
	if d.disputedOnly && d.team != nil {
		d.rows = d.team.keep(d.rows)
	}
	if d.behindOnly {
		d.rows = d.keepBehind(d.rows)
	}
	d.list.refresh()
	d.keepShownInList()
}

// keepShownInList keeps the pledge on the right one that the list shows:
// when the filter hides it, the first row of the list takes its place, and
// an empty list leaves the right side empty, so that the keys 0–4 never
// score a pledge the reviewer cannot see in the list. It selects without
// taking the focus, so typing in the search field goes on.
func (d *Desk) keepShownInList() {
	if d.current < 0 {
		d.list.list.UnselectAll()
		d.detail.noteListEmpty(len(d.rows) == 0)
		return
	}
	if pos := d.rowPosition(d.current); pos >= 0 {
		d.list.selectQuietly(pos)
		return
	}
	if len(d.rows) == 0 {
		d.showNothing()
		return
	}
	d.showRow(d.rows[0])
	d.list.selectQuietly(0)
	d.list.list.ScrollToTop()
}

// showNothing empties the right side after saving what was typed.
func (d *Desk) showNothing() {
	d.form.flush()
	d.current = -1
	d.list.list.UnselectAll()
	d.detail.showEmpty(len(d.rows) == 0)
	d.side.clear()
	d.prog.clear()
	d.form.clear()
}

// rowPosition is the list position of index row i, or -1 when filtered out.
func (d *Desk) rowPosition(i int) int {
	if i < 0 {
		return -1
	}
	pos := sort.SearchInts(d.rows, i)
	if pos < len(d.rows) && d.rows[pos] == i {
		return pos
	}
	return -1
}

// selectPledge shows a pledge by id and selects it in the list if the
// filter shows it.
func (d *Desk) selectPledge(id string) bool {
	if d.index == nil {
		return false
	}
	i, ok := d.index.Position(id)
	if !ok {
		return false
	}
	if pos := d.rowPosition(i); pos >= 0 {
		d.list.list.Select(pos)
		d.list.list.ScrollTo(pos)
		return true
	}
	d.showRow(i)
	return true
}

// restorePledge shows again a pledge shown before (at start, after a
// merge): selected in the list when the filter shows it, else the first
// row of the list, else nothing.
func (d *Desk) restorePledge(id string) {
	if d.index == nil || id == "" {
		return
	}
	i, ok := d.index.Position(id)
	if !ok {
		return
	}
	if d.rowPosition(i) < 0 {
		if len(d.rows) == 0 {
			return
		}
		i = d.rows[0]
	}
	d.selectPledge(d.index.Rows[i].Pledge.ID)
}

// showRow shows index row i on the right, after saving what was typed
// about the pledge shown before.
func (d *Desk) showRow(i int) {
	if i == d.current || i < 0 || i >= len(d.index.Rows) {
		return
	}
	if !d.form.flush() {
		if pos := d.rowPosition(d.current); pos >= 0 {
			d.list.selectQuietly(pos) // stay on the pledge whose text is not saved
		}
		return
	}
	d.current = i
	row := &d.index.Rows[i]
	d.detail.show(row.Pledge)
	d.side.show(d.team, row.Pledge.ID)
	d.prog.show(row.Pledge, row.Mine)
	d.form.load(row.Pledge, row.Mine)
	d.app.Preferences().SetString(prefLastPledge, row.Pledge.ID)
}

// currentRow returns the row on the right, or nil.
func (d *Desk) currentRow() *data.Row {
	if d.index == nil || d.current < 0 {
		return nil
	}
	return &d.index.Rows[d.current]
}

// move selects the pledge delta places away in the filtered list.
func (d *Desk) move(delta int) {
	if len(d.rows) == 0 {
		return
	}
	pos := d.rowPosition(d.current)
	switch {
	case pos < 0 && delta > 0:
		pos = 0
	case pos < 0:
		pos = len(d.rows) - 1
	default:
		pos += delta
	}
	pos = max(0, min(len(d.rows)-1, pos))
	d.list.list.Select(pos)
	d.list.list.ScrollTo(pos)
}

// nextUnreviewed selects the next pledge in the list I have not reviewed,
// wrapping round at the end.
func (d *Desk) nextUnreviewed() bool {
	n := len(d.rows)
	start := d.rowPosition(d.current)
	for k := 1; k <= n; k++ {
		pos := (start + k + n) % n
		if start < 0 {
			pos = k - 1
		}
		if !d.index.Rows[d.rows[pos]].Mine.Reviewed() {
			d.list.list.Select(pos)
			d.list.list.ScrollTo(pos)
			return true
		}
	}
	showMessage(lang.X("next.title", "Nothing left"), lang.X("next.none", "Every pledge in the list has been reviewed."), d.win)
	return false
}

// save stores a review in one transaction and shows the result everywhere.
func (d *Desk) save(rv data.Review) (data.Review, bool) {
	if d.sess == nil {
		return rv, false
	}
	i, ok := d.index.Position(rv.PledgeID)
	if !ok {
		return rv, false
	}
	old := d.index.Rows[i].Mine
	saved, err := d.sess.SaveReview(rv)
	if err != nil {
		// read-only: said once; the typed text stays in the form
		if !errors.Is(err, data.ErrReadOnly) || !d.toldReadOnly {
			showError(d.win, err)
		}
		d.toldReadOnly = d.toldReadOnly || errors.Is(err, data.ErrReadOnly)
		return old, false
	}
	if saved.Updated == old.Updated {
		return saved, true // nothing changed
	}
	d.index.Set(saved)
	d.cache.Clear()
	d.team.set(saved)
	if i == d.current {
		d.side.show(d.team, saved.PledgeID)
		d.prog.show(d.index.Rows[i].Pledge, saved)
	}
	d.bar.showDisputedCount()
	d.tallies.Move(d.index.Rows[i].Pledge, old, saved)
	if pos := d.rowPosition(i); pos >= 0 {
		d.list.list.RefreshItem(pos)
	}
	d.tree.refresh()
	d.lastSaved = time.Now()
	d.status.refresh()
	d.teamFolderSaved()
	return saved, true
}

// switchReport puts another report of the workspace on the desk.
func (d *Desk) switchReport(id string) {
	if d.report != nil && d.report.ID == id {
		return
	}
	d.form.flush()
	if err := d.loadReport(id); err != nil {
		showError(d.win, err)
		return
	}
	d.rebuild()
}

// onClose saves what is typed and the window's state, closes the workspace
// and closes the window.
// onClose closes the window. When typed text cannot be saved, the first
// close is refused so the user sees why and can copy the text; a second
// close goes through.
func (d *Desk) onClose() {
	if d.sess != nil && !d.closeForced && !d.form.flush() {
		d.closeForced = true
		if d.sess.ReadOnly() {
			showError(d.win, data.ErrReadOnly)
		}
		return
	}
	d.shutdown()
	d.win.Close()
}

func (d *Desk) shutdown() {
	if d.closed {
		return
	}
	d.closed = true
	d.jobs.stop()
	p := d.app.Preferences()
	if s := d.win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
	if d.sess != nil {
		d.form.flush()
		storeFilter(p, d.filter)
		d.stopTeamFolder()
		if err := d.sess.Close(); err != nil {
			fyne.LogError("close workspace", err)
		}
		d.sess = nil
	}
}
