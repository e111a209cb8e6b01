package store

import (
	"errors"
	"pledgereview/data"
	"strings"
	"testing"
)

// A panic of our own code is an internal error, not a damaged file: the
// user must not be sent to restore a backup for a bug.
func TestGuardTellsOurPanicsFromDamage(t *testing.T) {
	var none []error
	err := guard(func() error { return none[0] })
	if err == nil || errors.Is(err, data.ErrDamaged) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("our own panic: %v, want an internal error", err)
	}
}
