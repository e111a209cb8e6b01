// Package workspace holds what the window and the sub-commands both do with
// a workspace: find it, open it and seed it on first use, know the local
// reviewer, import a report. It has no Fyne imports.
package workspace

import (
	"os"
	"path/filepath"
	"runtime"
)

// Environment variables that override the default locations.
const (
	EnvWorkspace = "PLEDGEREVIEW_WORKSPACE"
	EnvConfig    = "PLEDGEREVIEW_CONFIG"
)

// DefaultPath is the workspace used when none is given: $PLEDGEREVIEW_WORKSPACE,
// else default.pledgereview in the user's data folder
// (~/.local/share/pledgereview on Linux).
func DefaultPath() string {
	if p := os.Getenv(EnvWorkspace); p != "" {
		return p
	}
	return filepath.Join(dataDir(), "default.pledgereview")
}

// ConfigDir is where the local reviewer's identity lives: $PLEDGEREVIEW_CONFIG,
// else pledgereview in the user's configuration folder (~/.config on Linux).
func ConfigDir() string {
	if p := os.Getenv(EnvConfig); p != "" {
		return p
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pledgereview")
	}
	return filepath.Join(os.TempDir(), "pledgereview-config")
}

func dataDir() string {
	if runtime.GOOS == "linux" {
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "pledgereview")
		}
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share", "pledgereview")
		}
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pledgereview")
	}
	return "."
}
