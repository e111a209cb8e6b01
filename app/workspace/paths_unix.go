//go:build !windows

package workspace

import (
	"os"
	"path/filepath"
	"runtime"
)

// StandardConfigDir is pledgereview in the user's configuration folder
// (~/.config on Linux).
func StandardConfigDir() string {
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pledgereview")
	}
	return filepath.Join(os.TempDir(), "pledgereview-config")
}

// MoveRoamingData moves nothing: only Windows had the data in a roaming folder.
func MoveRoamingData() (*Moved, error) { return nil, nil }

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
