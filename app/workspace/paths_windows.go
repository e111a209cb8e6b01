package workspace

import (
	"os"
	"path/filepath"
)

// On Windows the workspaces, their backups and the identity live in
// %LOCALAPPDATA%\PledgeReview: the roaming folder, where earlier versions
// kept them, is copied at every logon and logoff on domain PCs, bbolt file
// and backups included, and would put one reviewer identity on two machines.

// StandardConfigDir is the data folder too: the identity belongs to this
// installation, so it must not roam either.
func StandardConfigDir() string { return dataDir() }

// MoveRoamingData moves %APPDATA%\pledgereview to %LOCALAPPDATA%\PledgeReview
// once, when the local folder does not exist yet.
func MoveRoamingData() (*Moved, error) {
	roaming := roamingDir()
	if roaming == "" {
		return nil, nil
	}
	return moveData(roaming, localDir())
}

// dataDir is the local folder, unless a roaming folder could not be moved
// there: then it stays in use, so the reviewer's work never seems lost.
func dataDir() string {
	local := localDir()
	if _, err := os.Stat(local); err != nil {
		if r := roamingDir(); r != "" {
			if fi, err := os.Stat(r); err == nil && fi.IsDir() {
				return r
			}
		}
	}
	return local
}

func localDir() string {
	d := os.Getenv("LOCALAPPDATA")
	if d == "" {
		if c, err := os.UserCacheDir(); err == nil {
			d = c
		} else {
			d = os.TempDir()
		}
	}
	return filepath.Join(d, "PledgeReview")
}

func roamingDir() string {
	if d := os.Getenv("APPDATA"); d != "" {
		return filepath.Join(d, "pledgereview")
	}
	return ""
}
