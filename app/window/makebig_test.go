//go:build makebig

package window

import (
	"os"
	"testing"
)

// TestMakeBigWorkspace writes a 50,000-pledge workspace for measuring the
// start of the real window: PLEDGEREVIEW_MAKE_BIG=/tmp/big.pledgereview
// go test -tags makebig -run MakeBig ./app/window. It is a tool, not a
// test: behind its build tag it neither runs nor skips in make test.
func TestMakeBigWorkspace(t *testing.T) {
	path := os.Getenv("PLEDGEREVIEW_MAKE_BIG")
	if path == "" {
		t.Fatal("set PLEDGEREVIEW_MAKE_BIG to the file to write")
	}
	bigWorkspace(t, path)
}
