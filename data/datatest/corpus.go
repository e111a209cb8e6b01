package datatest

import (
	"os"
	"path/filepath"
	"testing"
)

// CorpusDir returns the real reports of ../shared/corpus beside the module
// root. Outside CI a missing corpus skips the test; on CI (CI=true) it
// fails it, so the corpus tests cannot pass by not running.
func CorpusDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
	corpus := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the corpus is missing: %v", err)
		}
		t.Skipf("no corpus at %s", corpus)
	}
	return corpus
}
