package resources

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// missing runs packaging/missing.sh with PATH set to path.
func missing(t *testing.T, path string, names ...string) []string {
	t.Helper()
	cmd := exec.Command("bash", append([]string{"packaging/missing.sh"}, names...)...)
	cmd.Env = append(os.Environ(), "PATH="+path)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("missing.sh %v: %v", names, err)
	}
	return strings.Fields(string(out))
}

// A tool on PATH is not asked of apt, whoever installed it: Node.js images
// bring their own npm, dpkg knows no npm, and apt refuses Debian's beside it.
func TestMissingAsksPATHForTools(t *testing.T) {
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "npm"), []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := bin + string(os.PathListSeparator) + "/usr/bin:/bin"
	got := missing(t, path, "npm=npm", "pledgereview-no-such-tool=pledgereview-tool-pkg")
	if !slices.Equal(got, []string{"pledgereview-tool-pkg"}) {
		t.Errorf("with npm on PATH and one tool absent, missing.sh names %q, want only the absent tool's package", got)
	}
	if got := missing(t, "/usr/bin:/bin", "pledgereview-no-such-lib-dev"); !slices.Equal(got, []string{"pledgereview-no-such-lib-dev"}) {
		t.Errorf("a library dpkg does not know: %q", got)
	}
}

// On the machine the tests run on, `make deps-dist` asks apt for exactly
// the dist tools that are not commands here (the Makefile's APT_DIST), and
// for no library that dpkg holds.
func TestMakeDepsDistAsksOnlyForMissingCommands(t *testing.T) {
	out, err := exec.Command("make", "-s", "-C", "..", "deps-dist", "DRY=1").CombinedOutput()
	if err != nil {
		t.Fatalf("make deps-dist DRY=1: %v\n%s", err, out)
	}
	asked := strings.Fields(strings.TrimPrefix(strings.TrimSpace(string(out)), "would install:"))
	tools := map[string]string{
		"gcc": "gcc", "pkg-config": "pkg-config", "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64",
		"aarch64-linux-gnu-gcc": "gcc-aarch64-linux-gnu", "makensis": "nsis", "zip": "zip",
		"objdump": "binutils", "npm": "npm",
	}
	for cmd, pkg := range tools {
		_, lookErr := exec.LookPath(cmd)
		if want := lookErr != nil; slices.Contains(asked, pkg) != want {
			t.Errorf("%s on PATH: %v; make deps-dist asks apt for %q: %v (asked %q)", cmd, lookErr == nil, pkg, !want, asked)
		}
	}
	for _, pkg := range asked {
		if !slices.Contains(slices.Collect(maps.Values(tools)), pkg) {
			if err := exec.Command("dpkg", "-s", pkg).Run(); err == nil {
				t.Errorf("make deps-dist asks apt for %s, which dpkg holds", pkg)
			}
		}
	}
}
