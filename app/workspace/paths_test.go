package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// The environment chooses the workspace and the identity's folder before
// any standard place: that is how a second reviewer on one machine, a
// portable install or a test keeps its own.
func TestPathsHonourTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	ws, cfg := filepath.Join(dir, "团队", "审阅.pledgereview"), filepath.Join(dir, "身份")
	t.Setenv(EnvWorkspace, ws)
	t.Setenv(EnvConfig, cfg)
	if got := DefaultPath(); got != ws {
		t.Errorf("DefaultPath() = %q with %s=%q", got, EnvWorkspace, ws)
	}
	if got := ConfigDir(); got != cfg {
		t.Errorf("ConfigDir() = %q with %s=%q", got, EnvConfig, cfg)
	}
	t.Setenv(EnvWorkspace, "")
	t.Setenv(EnvConfig, "")
	if got, std := DefaultPath(), StandardPath(); got != std {
		t.Errorf("DefaultPath() = %q without %s, want the standard %q", got, EnvWorkspace, std)
	}
	if got, std := ConfigDir(), StandardConfigDir(); got != std {
		t.Errorf("ConfigDir() = %q without %s, want the standard %q", got, EnvConfig, std)
	}
	if filepath.Base(StandardPath()) != "default.pledgereview" || !filepath.IsAbs(StandardPath()) {
		t.Errorf("StandardPath() = %q", StandardPath())
	}
}

// A workspace opened where the environment says is where it is written.
func TestOpenWhereTheEnvironmentSays(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvWorkspace, filepath.Join(dir, "ws.pledgereview"))
	t.Setenv(EnvConfig, filepath.Join(dir, "config"))
	s, err := Open(DefaultPath(), ConfigDir())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range []string{os.Getenv(EnvWorkspace), os.Getenv(EnvConfig)} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("nothing at %s: %v", p, err)
		}
	}
}

func TestCleanPath(t *testing.T) {
	if CleanPath("") != "" {
		t.Error("an empty path stays empty")
	}
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := CleanPath("团队/./a/../审阅.pledgereview"), filepath.Join(cwd, "团队", "审阅.pledgereview"); got != want {
		t.Errorf("CleanPath of a relative path = %q, want %q", got, want)
	}
}
