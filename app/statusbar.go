package app

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
	d        *Desk
	file     *widget.Label
	reviewer *widget.Label
	progress *widget.Label
	saved    *widget.Label
	box      fyne.CanvasObject
}

func newStatusBar(d *Desk) *statusBar {
	sb := &statusBar{d: d, file: widget.NewLabel(""), reviewer: widget.NewLabel(""), progress: widget.NewLabel(""), saved: widget.NewLabel("")}
	sb.file.Truncation = fyne.TextTruncateEllipsis
	sb.file.SizeName = theme.SizeNameCaptionText
	right := container.NewHBox(d.teamFolderNotice(), sb.reviewer, widget.NewSeparator(), sb.progress, widget.NewSeparator(), sb.saved, newFrameProbe(probeDeskReady))
	sb.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, right, sb.file))
	sb.refresh()
	return sb
}

func (sb *statusBar) refresh() {
	d := sb.d
	if d.sess.ReadOnly() {
		sb.file.SetText(lang.X("status.file.readonly", "Workspace: {{.Path}} (read-only: changes cannot be saved)", map[string]any{"Path": d.sess.Path()}))
	} else {
		sb.file.SetText(lang.X("status.file", "Workspace: {{.Path}}", map[string]any{"Path": d.sess.Path()}))
	}
	name := d.sess.Me.Name
	if name == "" {
		name = lang.X("status.noname", "(no name yet)")
	}
	sb.reviewer.SetText(lang.X("status.reviewer", "Reviewer: {{.Name}}", map[string]any{"Name": name}))
	if t := d.tallies[data.Part{}]; t != nil {
		sb.progress.SetText(lang.X("status.progress", "Reviewed {{.Done}} / {{.Total}}", map[string]any{"Done": t.Reviewed, "Total": t.Total}))
	}
	if d.lastSaved.IsZero() {
		sb.saved.SetText(lang.X("status.nosave", "Nothing saved yet"))
	} else {
		sb.saved.SetText(lang.X("status.saved", "Saved {{.Time}}", map[string]any{"Time": d.lastSaved.Format("15:04:05")}))
	}
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
