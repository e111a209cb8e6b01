package datatest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCorpusDirMissingNamesIt(t *testing.T) {
	mod := t.TempDir()
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(mod, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := corpusDir(sub); err == nil || !strings.Contains(err.Error(), "../shared/corpus") {
		t.Fatalf("a missing corpus says %v, want it named", err)
	}
	want := filepath.Join(mod, "..", "shared", "corpus")
	if err := os.MkdirAll(want, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := corpusDir(sub); err != nil || got != want {
		t.Fatalf("corpusDir = %q, %v; want %q", got, err, want)
	}
}
