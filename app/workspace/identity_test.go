package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIdentityIsCreatedOnceAndKept(t *testing.T) {
	dir := t.TempDir()
	a, err := LoadIdentity(dir)
	if err != nil || a.ID == "" {
		t.Fatalf("first identity: %+v %v", a, err)
	}
	a.Name = "王芳"
	if err := SaveIdentity(dir, a); err != nil {
		t.Fatal(err)
	}
	b, _ := LoadIdentity(dir)
	if b != a {
		t.Fatalf("identity changed: %+v then %+v", a, b)
	}
	other, _ := LoadIdentity(t.TempDir())
	if other.ID == a.ID {
		t.Fatal("two installations share a reviewer id")
	}
	os.WriteFile(filepath.Join(dir, "identity.json"), []byte("{"), 0o600)
	if _, err := LoadIdentity(dir); err == nil {
		t.Fatal("damaged identity accepted")
	}
}
