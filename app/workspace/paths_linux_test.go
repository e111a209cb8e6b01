package workspace

import (
	"path/filepath"
	"testing"
)

// On Linux the workspace follows the XDG base directories: data in
// $XDG_DATA_HOME (else ~/.local/share), the identity in $XDG_CONFIG_HOME
// (else ~/.config).
func TestStandardPathsOnLinux(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	if got, want := StandardPath(), filepath.Join(dir, "data", "pledgereview", "default.pledgereview"); got != want {
		t.Errorf("StandardPath() = %q, want %q", got, want)
	}
	if got, want := StandardConfigDir(), filepath.Join(dir, "config", "pledgereview"); got != want {
		t.Errorf("StandardConfigDir() = %q, want %q", got, want)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", filepath.Join(dir, "home"))
	if got, want := StandardPath(), filepath.Join(dir, "home", ".local", "share", "pledgereview", "default.pledgereview"); got != want {
		t.Errorf("StandardPath() without XDG_DATA_HOME = %q, want %q", got, want)
	}
	if got, want := StandardConfigDir(), filepath.Join(dir, "home", ".config", "pledgereview"); got != want {
		t.Errorf("StandardConfigDir() without XDG_CONFIG_HOME = %q, want %q", got, want)
	}
}

// Only Windows kept data in a roaming folder; elsewhere nothing moves.
func TestMoveRoamingDataMovesNothing(t *testing.T) {
	if m, err := MoveRoamingData(); m != nil || err != nil {
		t.Errorf("MoveRoamingData() = %+v, %v", m, err)
	}
}
