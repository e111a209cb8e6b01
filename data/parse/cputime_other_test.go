//go:build !unix

package parse

import "time"

// cpuTime is not measured here; benchmarks report 0 processor time.
func cpuTime() time.Duration { return 0 }
