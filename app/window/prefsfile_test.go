package window

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

// readPrefsFile is the preferences a file holds ({} when there is none).
func readPrefsFile(t *testing.T, path string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[string]any{}
	}
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// The language, the recent workspaces, the last pledge and the last merge
// folder go to the config folder the app uses (PLEDGEREVIEW_CONFIG), not to
// Fyne's folder in the home; a second start with that config folder finds
// them.
func TestWindowPreferencesLiveInTheConfigFolder(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // Fyne's test apps keep their files there
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	t.Cleanup(func() { setLanguage(langEn) })
	d := newTestDesk(t, withConfigPrefs(a, cfg), ws, cfg)
	d.setLanguage(langEn)
	d.views.list.list.Select(2)
	id := d.currentRow().Pledge.ID
	merged := t.TempDir()
	d.prefs().SetString(prefMergeFolder, merged)
	d.shutdown()

	got := readPrefsFile(t, filepath.Join(cfg, prefsName))
	want := map[string]any{prefLanguage: langEn, prefLastPledge: id, prefMergeFolder: merged}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("config folder's preferences: %s = %v, want %v", k, got[k], v)
		}
	}
	if r, _ := got[prefRecent].([]any); len(r) == 0 || r[0] != ws {
		t.Errorf("recent workspaces in the config folder: %v, want %s first", got[prefRecent], ws)
	}
	if fyneFile := readPrefsFile(t, fynePrefsFile(a)); len(fyneFile) > 0 {
		t.Errorf("preferences still written to Fyne's folder: %v", fyneFile)
	}
	if a.Preferences().String(prefLanguage) != "" || a.Preferences().String(prefMergeFolder) != "" {
		t.Error("the preferences went to Fyne's")
	}

	// a second start with the same config folder
	d2 := newDesk(withConfigPrefs(test.NewTempApp(t), cfg), Options{Workspace: ws, ConfigDir: cfg})
	t.Cleanup(d2.shutdown)
	if cur := d2.currentRow(); cur == nil || cur.Pledge.ID != id {
		t.Errorf("last pledge not restored from the config folder: %+v", cur)
	}
	if l := d2.prefs().String(prefLanguage); l != langEn {
		t.Errorf("language after restart: %q", l)
	}
}

// A user of an older version keeps the preferences Fyne kept for them: the
// first start with a config folder without preferences reads Fyne's file
// once; later changes go to the config folder only.
func TestWindowPreferencesMovedFromFynesFolderOnce(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // Fyne's test apps keep their files there
	a := test.NewTempApp(t)
	old := fynePrefsFile(a)
	if err := os.MkdirAll(filepath.Dir(old), 0o700); err != nil {
		t.Fatal(err)
	}
	raw := `{"view.language":"en","workspace.recent":["/home/wf/a.pledgereview","/home/wf/b.pledgereview"],"window.width":1500}`
	if err := os.WriteFile(old, []byte(raw), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "config")
	p := withConfigPrefs(a, cfg).Preferences()
	if got := p.String(prefLanguage); got != langEn {
		t.Errorf("language from the old file: %q", got)
	}
	if got := recentWorkspaces(p); len(got) != 2 || got[1] != "/home/wf/b.pledgereview" {
		t.Errorf("recent workspaces from the old file: %v", got)
	}
	if got := p.FloatWithFallback(prefWidth, 0); got != 1500 {
		t.Errorf("window width from the old file: %v", got)
	}
	if got := readPrefsFile(t, filepath.Join(cfg, prefsName)); got[prefLanguage] != langEn {
		t.Errorf("the old preferences were not written to the config folder: %v", got)
	}

	// once moved, the old file is not read again
	p.SetString(prefLanguage, langZh)
	if err := os.WriteFile(old, []byte(`{"view.language":"en"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := withConfigPrefs(a, cfg).Preferences().String(prefLanguage); got != langZh {
		t.Errorf("language after the second start: %q, want the config folder's %q", got, langZh)
	}
}

// TestTwoWindowsShareThePreferences: two windows on two workspaces share
// the config folder; what one sets is not written over by the other.
func TestTwoWindowsShareThePreferences(t *testing.T) {
	path := filepath.Join(t.TempDir(), prefsName)
	a := &filePrefs{path: path, values: map[string]any{}}
	b := &filePrefs{path: path, values: map[string]any{}}
	a.SetString("lastPledge", "r/01.00.01")
	b.SetString("teamFolder", "/team")
	a.SetString("lastPledge", "r/01.00.02")
	c := &filePrefs{path: path, values: map[string]any{}}
	if err := c.read(path); err != nil {
		t.Fatal(err)
	}
	if got := c.String("teamFolder"); got != "/team" {
		t.Errorf("team folder %q after the other window's save, want /team", got)
	}
	if got := c.String("lastPledge"); got != "r/01.00.02" {
		t.Errorf("last pledge %q, want r/01.00.02", got)
	}
}
