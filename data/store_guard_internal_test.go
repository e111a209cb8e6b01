package data

import (
	"errors"
	"strings"
	"testing"
)

// A panic of our own code is an internal error, not a damaged file: the
// user must not be sent to restore a backup for a bug.
func TestGuardTellsOurPanicsFromDamage(t *testing.T) {
	err := guard(func() error { var m map[string]int; m["x"] = 1; return nil })
	if err == nil || errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("our own panic: %v, want an internal error", err)
	}
}
