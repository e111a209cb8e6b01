package store_test

import (
	"os"
	"testing"
)

// TestMain runs the test binary as the child process a test spawned
// (named by its environment variable), else the tests.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path) // saves until it is killed
		os.Exit(1)
	}
	if spec := os.Getenv(damageChildEnv); spec != "" {
		os.Exit(damageChild(spec))
	}
	os.Exit(m.Run())
}
