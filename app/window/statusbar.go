package window

import (
	"fmt"
	"image/color"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// statusBar shows the workspace file, the reviewer, my progress and the
// time of the last save.
type statusBar struct {
	src      statusSource
	file     *widget.Label
	reviewer *widget.Label
	progress *widget.Label
	saved    *widget.Label
	box      fyne.CanvasObject
}

// statusSource is what the status bar needs of the desk: the facts it
// shows, read anew at each refresh.
type statusSource interface {
	statusFacts() statusFacts
}

// statusFacts are what the status bar shows.
type statusFacts struct {
	path      string // the workspace file
	readOnly  bool
	name      string      // the reviewer's; "" before it is given
	tally     *data.Tally // of the whole report; nil while none is on the desk
	lastSaved time.Time   // the last save of this session; zero before one
	index     *data.Index // the report's reviews, which tell the last save before
}

// newStatusBar shows the facts of src, with notice (the team folder's)
// before the reviewer.
func newStatusBar(src statusSource, notice fyne.CanvasObject) *statusBar {
	sb := &statusBar{src: src, file: widget.NewLabel(""), reviewer: widget.NewLabel(""), progress: widget.NewLabel(""), saved: widget.NewLabel("")}
	sb.file.Truncation = fyne.TextTruncateEllipsis
	sb.file.SizeName = theme.SizeNameCaptionText
	right := container.NewHBox(notice, sb.reviewer, widget.NewSeparator(), sb.progress, widget.NewSeparator(), sb.saved, newFrameProbe(probeDeskReady))
	sb.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, right, sb.file))
	sb.refresh()
	return sb
}

func (sb *statusBar) refresh() {
	f := sb.src.statusFacts()
	if f.readOnly {
		sb.file.SetText(lang.X("status.file.readonly", "Workspace: {{.Path}} (read-only: changes cannot be saved)", map[string]any{"Path": f.path}))
	} else {
		sb.file.SetText(lang.X("status.file", "Workspace: {{.Path}}", map[string]any{"Path": f.path}))
	}
	name := f.name
	if name == "" {
		name = lang.X("status.noname", "(no name yet)")
	}
	sb.reviewer.SetText(lang.X("status.reviewer", "Reviewer: {{.Name}}", map[string]any{"Name": name}))
	if t := f.tally; t != nil {
		sb.progress.SetText(lang.X("status.progress", "Reviewed {{.Done}} / {{.Total}}", map[string]any{"Done": t.Reviewed, "Total": t.Total}))
	}
	sb.saved.SetText(savedText(f.lastSaved, f.index, time.Now()))
}

// savedText says when my work was last saved: in this session, or else
// as the stored reviews of the report tell.
func savedText(inSession time.Time, ix *data.Index, now time.Time) string {
	if !inSession.IsZero() {
		return lang.X("status.saved", "Saved {{.Time}}", map[string]any{"Time": inSession.Format("15:04:05")})
	}
	var at time.Time
	ok := false
	if ix != nil {
		at, ok = ix.LastSaved()
	}
	if !ok {
		return lang.X("status.nosave", "Nothing saved yet")
	}
	at = at.In(now.Location())
	when := at.Format("2006-01-02 15:04")
	if y, m, dd := now.Date(); at.Year() == y && at.Month() == m && at.Day() == dd {
		when = at.Format("15:04")
	}
	return lang.X("status.lastsaved", "Last saved {{.Time}}", map[string]any{"Time": when})
}

// Startup timing: with PLEDGEREVIEW_TIMING set, the time from the start of
// the program to the first painted frame is written to stderr; with the
// value "exit" the program then quits, so that a script can measure it.
const envTiming = "PLEDGEREVIEW_TIMING"

// processStart is taken when the package is initialised, before main runs.
var processStart = time.Now()

// The moments the timing reports: the first frame on screen (the window
// while the workspace opens) and the first frame of the desk with the list.
const (
	probeFirstFrame = iota
	probeDeskReady
)

var probeOnce [2]sync.Once

// newFrameProbe is a one-pixel raster: the renderer calls its generator
// when it paints it, so its first call is the first frame that shows it.
func newFrameProbe(which int) fyne.CanvasObject {
	r := canvas.NewRasterWithPixels(func(x, y, w, h int) color.Color {
		probeOnce[which].Do(func() { reportFrame(which) })
		return color.Transparent
	})
	return container.New(layout.NewGridWrapLayout(fyne.NewSize(1, 1)), r)
}

func reportFrame(which int) {
	mode := os.Getenv(envTiming)
	if mode == "" {
		return
	}
	now := time.Now()
	what := "first frame"
	if which == probeDeskReady {
		what = "desk ready (list shown)"
	}
	fmt.Fprintf(os.Stderr, "pledgereview: %s %d ms after start (unix ms %d)\n", what, now.Sub(processStart).Milliseconds(), now.UnixMilli())
	if mode == "exit" && which == probeDeskReady {
		go func() {
			time.Sleep(50 * time.Millisecond)
			fyne.Do(func() { fyne.CurrentApp().Quit() })
		}()
	}
}
