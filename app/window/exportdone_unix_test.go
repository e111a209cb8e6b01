//go:build linux || freebsd || openbsd || netbsd

package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// standInOpener puts an xdg-open first on PATH that runs script (sh), so the
// window's opener runs a real process that does what a real desktop would.
func standInOpener(t *testing.T, script string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// eventually waits until ok holds; the limit only keeps a broken test from
// hanging, nothing is timed.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(time.Minute); !ok(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("never: %s", what)
		}
	}
}

// exportCSV exports the spreadsheet through its dialog and returns the
// file; the result dialog is then on top.
func exportCSV(t *testing.T, d *Desk) string {
	t.Helper()
	td := d.showTableDialog()
	path := filepath.Join(t.TempDir(), "reviews.csv")
	td.target.entry.SetText(path)
	test.Tap(td.exportBtn)
	settle(d.jobs)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "表格已保存") {
		t.Fatalf("no result dialog: %q", got)
	}
	return path
}

func TestExportDoneKeys(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	opened := filepath.Join(t.TempDir(), "opened")
	// Written aside and renamed, so the file is whole once it exists.
	standInOpener(t, `printf '%s' "$1" > `+opened+`.part && mv `+opened+`.part `+opened)

	t.Run("Esc closes the dialog and gives the keys back to the desk", func(t *testing.T) {
		exportCSV(t, d)
		pressKey(d, fyne.KeyEscape)
		if top := d.win.Canvas().Overlays().Top(); top != nil {
			t.Fatalf("Esc left the dialog open: %q", overlayTexts(d.win.Canvas()))
		}
		if !d.keysGoToDesk() {
			t.Error("the desk does not get its keys back")
		}
	})
	t.Run("Enter opens the file", func(t *testing.T) {
		path := exportCSV(t, d)
		pressKey(d, fyne.KeyReturn)
		eventually(t, "the opener was run", func() bool { _, err := os.Stat(opened); return err == nil })
		if got, _ := os.ReadFile(opened); string(got) != path {
			t.Errorf("opened %q, want %q", got, path)
		}
		if top := d.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("the dialog stays after opening: %q", overlayTexts(d.win.Canvas()))
		}
	})
}

// Without a viewer, xdg-open fails after it started (exit 3), which Fyne's
// OpenURL never sees; the reviewer is told so, in words, with the path.
// (The opener runs off the UI goroutine; here its two halves, the real
// process and the message, run in turn.)
func TestExportOpenWithoutViewerSaysSo(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	standInOpener(t, `echo "xdg-open: no method available for opening '$1'" >&2; exit 3`)
	path := exportCSV(t, d)
	pressKey(d, fyne.KeyEscape)
	err := openPath(path)
	if err == nil {
		t.Fatal("a failed xdg-open reported no error")
	}
	showOpenFailure(d.win, err, path, path)
	got := overlayTexts(d.win.Canvas())
	for _, want := range []string{"无法打开", "没有安装能打开", path, "no method available for opening"} {
		if !strings.Contains(got, want) {
			t.Errorf("the message lacks %q: %q", want, got)
		}
	}
}

// With no xdg-open at all, the message says no program opens the file.
func TestExportOpenWithoutOpenerSaysSo(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := exportCSV(t, d)
	pressKey(d, fyne.KeyEscape)
	t.Setenv("PATH", t.TempDir())
	err := openPath(path)
	if err == nil {
		t.Fatal("no xdg-open, and no error")
	}
	showOpenFailure(d.win, err, path, path)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "没有能打开") || !strings.Contains(got, path) {
		t.Errorf("a failed open says %q", got)
	}
}
