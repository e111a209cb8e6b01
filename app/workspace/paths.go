// Package workspace holds what the window and the sub-commands both do with
// a workspace: find it, open it and seed it on first use, know the local
// reviewer, import a report. It has no Fyne imports.
package workspace

import (
	"os"
	"path/filepath"
)

// Environment variables that override the default locations.
const (
	EnvWorkspace = "PLEDGEREVIEW_WORKSPACE"
	EnvConfig    = "PLEDGEREVIEW_CONFIG"
)

// DefaultPath is the workspace used when none is given: $PLEDGEREVIEW_WORKSPACE,
// else StandardPath.
func DefaultPath() string {
	if p := os.Getenv(EnvWorkspace); p != "" {
		return p
	}
	return StandardPath()
}

// StandardPath is default.pledgereview in this system's data folder
// (~/.local/share/pledgereview on Linux, %LOCALAPPDATA%\PledgeReview on Windows).
func StandardPath() string {
	return filepath.Join(dataDir(), "default.pledgereview")
}

// ConfigDir is where the local reviewer's identity lives: $PLEDGEREVIEW_CONFIG,
// else StandardConfigDir.
func ConfigDir() string {
	if p := os.Getenv(EnvConfig); p != "" {
		return p
	}
	return StandardConfigDir()
}
