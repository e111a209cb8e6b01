package window

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
)

// prefsName is the window's preferences file in the config folder.
const prefsName = "window-preferences.json"

// prefsApp is the application with its preferences kept in the config
// folder the app uses (PLEDGEREVIEW_CONFIG when set), beside the
// reviewer's identity, instead of Fyne's own folder.
type prefsApp struct {
	fyne.App
	prefs *filePrefs
}

func (a *prefsApp) Preferences() fyne.Preferences { return a.prefs }

// withConfigPrefs gives a the preferences of the config folder dir. When
// that folder has none yet, the ones Fyne kept (an older version's) are
// read once and written there.
func withConfigPrefs(a fyne.App, dir string) fyne.App {
	if dir == "" {
		return a
	}
	p := &filePrefs{path: filepath.Join(dir, prefsName), values: map[string]any{}}
	err := p.read(p.path)
	if errors.Is(err, fs.ErrNotExist) {
		if old := fynePrefsFile(a); old != "" && p.read(old) == nil {
			p.save()
		}
	} else if err != nil {
		fyne.LogError("preferences unreadable, starting afresh: "+p.path, err)
	}
	return &prefsApp{App: a, prefs: p}
}

// fynePrefsFile is where Fyne keeps the app's preferences
// (~/.config/fyne/org.pledgereview.desk/preferences.json on Linux).
func fynePrefsFile(a fyne.App) string {
	st := a.Storage()
	if st == nil || st.RootURI() == nil {
		return ""
	}
	return filepath.Join(st.RootURI().Path(), "preferences.json")
}

// filePrefs are preferences in one JSON file, written at every change
// (they change at a user's action: a few times a minute at most).
type filePrefs struct {
	mu        sync.Mutex
	path      string
	values    map[string]any
	listeners []func()
}

var _ fyne.Preferences = (*filePrefs)(nil)

func (p *filePrefs) read(path string) error {
	vals, err := readValues(path)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for k, v := range vals {
		p.values[k] = v
	}
	return nil
}

func readValues(path string) (map[string]any, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var vals map[string]any
	if err := json.Unmarshal(raw, &vals); err != nil {
		return nil, err
	}
	return vals, nil
}

// save writes the file whole through a temporary file, so that a crash
// never leaves half of it.
func (p *filePrefs) save() {
	p.mu.Lock()
	raw, err := json.MarshalIndent(p.values, "", "  ")
	p.mu.Unlock()
	if err == nil {
		err = writeWhole(p.path, raw)
	}
	if err != nil {
		fyne.LogError("preferences not saved: "+p.path, err)
	}
}

func writeWhole(path string, raw []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".prefs-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(raw); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (p *filePrefs) get(key string) (any, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	v, ok := p.values[key]
	return v, ok
}

func (p *filePrefs) set(key string, v any) {
	p.mu.Lock()
	// another window on another workspace shares the file: what it
	// changed since is kept, not written over with what this one read
	if disk, err := readValues(p.path); err == nil {
		p.values = disk
	}
	if v == nil {
		delete(p.values, key)
	} else {
		p.values[key] = v
	}
	ls := append([]func(){}, p.listeners...)
	p.mu.Unlock()
	p.save()
	for _, l := range ls {
		l()
	}
}

// value is key's value as a T; JSON gives numbers as float64 and lists as
// []any, which are read back into T.
func value[T any](p *filePrefs, key string, fallback T) T {
	v, ok := p.get(key)
	if !ok {
		return fallback
	}
	if t, ok := v.(T); ok {
		return t
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return fallback
	}
	var t T
	if json.Unmarshal(raw, &t) != nil {
		return fallback
	}
	return t
}

func (p *filePrefs) Bool(key string) bool { return value(p, key, false) }
func (p *filePrefs) BoolWithFallback(key string, fallback bool) bool {
	return value(p, key, fallback)
}
func (p *filePrefs) SetBool(key string, v bool) { p.set(key, v) }
func (p *filePrefs) BoolList(key string) []bool { return value(p, key, []bool{}) }
func (p *filePrefs) BoolListWithFallback(key string, fallback []bool) []bool {
	return value(p, key, fallback)
}
func (p *filePrefs) SetBoolList(key string, v []bool) { p.set(key, v) }
func (p *filePrefs) Float(key string) float64         { return value(p, key, 0.0) }
func (p *filePrefs) FloatWithFallback(key string, fallback float64) float64 {
	return value(p, key, fallback)
}
func (p *filePrefs) SetFloat(key string, v float64) { p.set(key, v) }
func (p *filePrefs) FloatList(key string) []float64 { return value(p, key, []float64{}) }
func (p *filePrefs) FloatListWithFallback(key string, fallback []float64) []float64 {
	return value(p, key, fallback)
}
func (p *filePrefs) SetFloatList(key string, v []float64) { p.set(key, v) }
func (p *filePrefs) Int(key string) int                   { return value(p, key, 0) }
func (p *filePrefs) IntWithFallback(key string, fallback int) int {
	return value(p, key, fallback)
}
func (p *filePrefs) SetInt(key string, v int) { p.set(key, v) }
func (p *filePrefs) IntList(key string) []int { return value(p, key, []int{}) }
func (p *filePrefs) IntListWithFallback(key string, fallback []int) []int {
	return value(p, key, fallback)
}
func (p *filePrefs) SetIntList(key string, v []int) { p.set(key, v) }
func (p *filePrefs) String(key string) string       { return value(p, key, "") }
func (p *filePrefs) StringWithFallback(key, fallback string) string {
	return value(p, key, fallback)
}
func (p *filePrefs) SetString(key string, v string) { p.set(key, v) }
func (p *filePrefs) StringList(key string) []string { return value(p, key, []string{}) }
func (p *filePrefs) StringListWithFallback(key string, fallback []string) []string {
	return value(p, key, fallback)
}
func (p *filePrefs) SetStringList(key string, v []string) { p.set(key, v) }
func (p *filePrefs) RemoveValue(key string)               { p.set(key, nil) }

func (p *filePrefs) AddChangeListener(f func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.listeners = append(p.listeners, f)
}

func (p *filePrefs) ChangeListeners() []func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]func(){}, p.listeners...)
}
