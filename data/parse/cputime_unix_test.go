//go:build unix

package parse

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used: on a machine that
// other work shares, it tells the cost of an import when wall time cannot.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
