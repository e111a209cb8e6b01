package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// On Windows everything lives in %LOCALAPPDATA%\PledgeReview, the identity
// too; a roaming folder of an earlier version is moved there once, and
// stays in use while it cannot be.
func TestStandardPathsOnWindows(t *testing.T) {
	dir := t.TempDir()
	local, roaming := filepath.Join(dir, "Local"), filepath.Join(dir, "Roaming")
	t.Setenv("LOCALAPPDATA", local)
	t.Setenv("APPDATA", roaming)
	if got, want := StandardPath(), filepath.Join(local, "PledgeReview", "default.pledgereview"); !SamePath(got, want) {
		t.Errorf("StandardPath() = %q, want %q", got, want)
	}
	if !SamePath(StandardConfigDir(), filepath.Join(local, "PledgeReview")) {
		t.Errorf("StandardConfigDir() = %q: the identity must not roam", StandardConfigDir())
	}
	old := filepath.Join(roaming, "pledgereview")
	if err := os.MkdirAll(old, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "default.pledgereview"), []byte("workspace"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := StandardPath(); !SamePath(got, filepath.Join(old, "default.pledgereview")) {
		t.Errorf("before the move StandardPath() = %q, want the roaming file", got)
	}
	m, err := MoveRoamingData()
	if err != nil || m == nil {
		t.Fatalf("MoveRoamingData() = %+v, %v", m, err)
	}
	if b, err := os.ReadFile(filepath.Join(local, "PledgeReview", "default.pledgereview")); err != nil || string(b) != "workspace" {
		t.Errorf("the workspace did not arrive in the local folder: %q, %v", b, err)
	}
	if !SamePath(StandardPath(), filepath.Join(local, "PledgeReview", "default.pledgereview")) {
		t.Errorf("after the move StandardPath() = %q", StandardPath())
	}
}
