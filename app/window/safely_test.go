package window

import (
	"errors"
	"strings"
	"testing"
)

func TestSafelyTurnsAPanicIntoAnError(t *testing.T) {
	var none []error
	err := safely(func() error { return none[0] })
	if err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("panic came back as %v", err)
	}
	want := errors.New("plain")
	if err := safely(func() error { return want }); err != want {
		t.Fatalf("an ordinary error came back as %v", err)
	}
}
