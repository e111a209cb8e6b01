package app

import (
	"os"
	"testing"
	"time"
)

// TestMain holds back the typing-pause timer in every test: a real timer
// would fire on its own goroutine while the test goroutine drives the same
// widgets. Tests that need the pause to pass drive it with useFakeClock.
func TestMain(m *testing.M) {
	schedule = func(time.Duration, func()) func() bool {
		return func() bool { return true }
	}
	os.Exit(m.Run())
}
