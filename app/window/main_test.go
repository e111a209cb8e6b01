package window

import (
	"os"
	"testing"
	"time"
)

// holdBack never runs the save after the typing pause.
func holdBack(time.Duration, func()) func() bool { return func() bool { return true } }

// TestMain holds back the typing-pause timer in every test: a real timer
// would fire on its own goroutine while the test goroutine drives the same
// widgets. The test of the pause itself runs a real timer in a synctest
// bubble (TestNoteSavesAfterPauseAndOnSelectionChange).
//
// The desks of the tests hold the results of their background work until
// the test waits for them (see newDesk).
func TestMain(m *testing.M) {
	schedule = holdBack
	os.Exit(m.Run())
}
