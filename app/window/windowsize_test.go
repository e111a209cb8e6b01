package window

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestOversizedWindowIsNotRestored: the new-user review's preferences file
// after the pledge of a million characters (window 1280×22314, that pledge
// last) opens the window at 1280×800, as does a size too small to use,
// while a sane size is restored; a size larger than any screen is never
// saved.
func TestOversizedWindowIsNotRestored(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // Fyne's test apps keep their files there
	for _, tt := range []struct {
		w, h float32
		want fyne.Size
	}{
		{1280, 22314, fyne.NewSize(1280, 800)},
		{30000, 700, fyne.NewSize(1280, 700)},
		{300, 120, fyne.NewSize(1280, 800)},
		{1100, 700, fyne.NewSize(1100, 700)},
	} {
		ws, cfg := tempPaths(t)
		if err := os.MkdirAll(cfg, 0o700); err != nil {
			t.Fatal(err)
		}
		raw := fmt.Sprintf(`{"pledge.filter": "{}", "pledge.last": "huge4/01.01.01", "report.last": "huge4", "window.height": %v, "window.width": %v}`, tt.h, tt.w)
		if err := os.WriteFile(filepath.Join(cfg, prefsName), []byte(raw), 0o600); err != nil {
			t.Fatal(err)
		}
		d := newDesk(withConfigPrefs(test.NewTempApp(t), cfg), Options{Workspace: ws, ConfigDir: cfg})
		if got := d.win.Canvas().Size(); got != tt.want {
			t.Errorf("saved %v×%v: the window opens at %v, want %v", tt.w, tt.h, got, tt.want)
		}
		d.shutdown()
		if got := readPrefsFile(t, filepath.Join(cfg, prefsName)); got[prefWidth] != float64(tt.want.Width) || got[prefHeight] != float64(tt.want.Height) {
			t.Errorf("saved %v×%v: closed at %v, the file holds %v×%v", tt.w, tt.h, tt.want, got[prefWidth], got[prefHeight])
		}
	}

	// a window made taller than any screen closes without saving its size
	ws, cfg := tempPaths(t)
	d := newDesk(withConfigPrefs(test.NewTempApp(t), cfg), Options{Workspace: ws, ConfigDir: cfg})
	d.win.Resize(fyne.NewSize(1280, 22314))
	if got := d.win.Canvas().Size(); got.Height != 22314 {
		t.Fatalf("the window is %v: the check below would check nothing", got)
	}
	d.shutdown()
	if got := readPrefsFile(t, filepath.Join(cfg, prefsName)); got[prefHeight] != nil {
		t.Errorf("a window 22314 high saved its size: %v×%v", got[prefWidth], got[prefHeight])
	}
}
