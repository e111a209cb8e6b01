package window

import (
	"time"

	"fyne.io/fyne/v2"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// Desk is the review desk: one window in which the local reviewer works
// through the pledges of a report. Its state is in parts, each with one
// job: the report on the desk (loaded), what the list shows (listing), the
// views (views) and the pledge shown on the right (sel, which the views
// subscribe to).
//
// Its methods sit in files by layer, each file calling only the ones below
// it: the list and its filter (deskfilter.go, desklist.go), the views
// (deskviews.go), a report put on the desk (deskload.go), then one file per
// feature (deskimport.go, deskmerge.go, deskundo.go, desksettings.go,
// deskopen.go, deskpanels.go, …), and on top the menus, the shortcuts and
// the wiring (menus.go, shortcuts.go, run.go).
type Desk struct {
	app  fyne.App
	win  fyne.Window
	opt  Options
	jobs *jobs // slow work off the UI goroutine
	// pause runs f on the UI goroutine after d (the typing pause before a
	// save) and returns what stops it.
	pause func(d time.Duration, f func()) (stop func() bool)

	// keysAccepted are the new keys the user accepted, by reviewer id,
	// after comparing their words (confirmForgetKey): a file claiming that
	// id with that key is merged (see acceptClaims).
	keysAccepted map[string][]byte

	// menu and noWorkspace are what rebuild shows of the rooms above the
	// views: the main menu (menus.go) and the window's content while no
	// workspace is open (deskworkspace.go). Their entries and buttons call
	// into every room, so the wiring (buildDesk) sets them.
	menu        func() *fyne.MainMenu
	noWorkspace func() fyne.CanvasObject

	sess    *workspace.Session // nil while no workspace is open
	teamdir *teamFolder        // the team folder of the workspace (teamfolder.go)
	loaded  loadedReport
	listing listState
	views   deskViews
	sel     *selection

	lastSaved    time.Time
	toldReadOnly bool // the user was told that the workspace is read-only
	closing      closing
	failure      openFailure
}

// listState is what the pledge list shows: the filter, the rows of the
// index that pass it, and when every row must be drawn again.
type listState struct {
	filter       data.Filter
	disputedOnly bool // the Disputed filter: only pledges where reviewers disagree
	behindOnly   bool // the Behind filter: only pledges the schedule test finds behind or overdue
	cache        data.FilterCache
	rowGen       int   // bumped when every list row must be drawn again
	rows         []int // rows of index that pass the filter, in reading order
}

// deskViews are the views of the desk, made anew together by rebuild.
type deskViews struct {
	tree   *treeView
	bar    *filterBar
	list   *pledgeList
	detail *detailView
	side   *sideBySide
	prog   *progressPanel
	form   *reviewForm
	status *statusBar
}

// closing is where closing the window stands.
type closing struct {
	closed bool
	// closeForced: a close was refused once because a save failed.
	closeForced bool
}

// openFailure is the workspace that could not be opened, and why.
type openFailure struct {
	failPath string
	failErr  error
}
