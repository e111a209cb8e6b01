package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// roamingFolder makes a data folder as earlier versions left it in the
// roaming AppData: a real seeded workspace, a backup and the identity.
func roamingFolder(t *testing.T) (dir string, files map[string][]byte) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "Roaming", "pledgereview")
	ws := filepath.Join(dir, "default.pledgereview")
	s, err := Open(ws, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetName("王芳"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.MkdirAll(filepath.Join(dir, "backups"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "backups", "before-merge.pledgereview"), []byte("backup"), 0o600); err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files[rel], _ = os.ReadFile(p)
		}
		return nil
	})
	return dir, files
}

func sameFiles(t *testing.T, dir string, want map[string][]byte) {
	t.Helper()
	for rel, b := range want {
		got, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil || string(got) != string(b) {
			t.Errorf("%s in %s: %v, or not the same bytes", rel, dir, err)
		}
	}
}

func TestMoveDataOnceToTheLocalFolder(t *testing.T) {
	from, files := roamingFolder(t)
	to := filepath.Join(t.TempDir(), "Local", "PledgeReview")
	m, err := moveData(from, to)
	if err != nil || m == nil {
		t.Fatalf("moveData = %v, %v; want a move", m, err)
	}
	if !strings.Contains(m.String(), from) || !strings.Contains(m.String(), to) {
		t.Errorf("the message names neither folder: %s", m)
	}
	sameFiles(t, to, files)
	if _, err := os.Stat(from); !os.IsNotExist(err) {
		t.Errorf("the roaming folder is still there: %v", err)
	}
	// the moved workspace opens with its reviewer
	s, err := Open(filepath.Join(to, "default.pledgereview"), to)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Me().Name != "王芳" {
		t.Errorf("reviewer after the move: %q", s.Me().Name)
	}
	// a second start finds nothing to move
	if m, err := moveData(from, to); m != nil || err != nil {
		t.Errorf("second start: %v, %v; want nothing", m, err)
	}
}

func TestMoveDataLeavesAnExistingLocalFolder(t *testing.T) {
	from, files := roamingFolder(t)
	to := filepath.Join(t.TempDir(), "PledgeReview")
	if err := os.MkdirAll(to, 0o700); err != nil {
		t.Fatal(err)
	}
	if m, err := moveData(from, to); m != nil || err != nil {
		t.Fatalf("moveData = %v, %v; want nothing when the local folder exists", m, err)
	}
	sameFiles(t, from, files)
}

func TestMoveByCopyAcrossVolumes(t *testing.T) {
	from, files := roamingFolder(t)
	to := filepath.Join(t.TempDir(), "PledgeReview")
	m, err := moveByCopy(from, to)
	if err != nil || m == nil || m.Left {
		t.Fatalf("moveByCopy = %+v, %v", m, err)
	}
	sameFiles(t, to, files)
	if _, err := os.Stat(to + ".moving"); !os.IsNotExist(err) {
		t.Errorf("the temporary copy is left: %v", err)
	}
}

func TestFailedCopyKeepsTheRoamingFolder(t *testing.T) {
	from, files := roamingFolder(t)
	blocker := filepath.Join(t.TempDir(), "Local")
	if err := os.WriteFile(blocker, []byte("a file where a folder must go"), 0o600); err != nil {
		t.Fatal(err)
	}
	to := filepath.Join(blocker, "PledgeReview")
	m, err := moveByCopy(from, to)
	if err == nil || m != nil {
		t.Fatalf("moveByCopy = %v, %v; want an error", m, err)
	}
	if !strings.Contains(err.Error(), "stays where it is") {
		t.Errorf("the error does not say the data stays: %v", err)
	}
	sameFiles(t, from, files)
}
