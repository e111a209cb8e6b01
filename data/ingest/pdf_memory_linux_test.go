package ingest

import (
	"sync"
	"testing"
)

// TestMemoryFreedWhileGrowing: a deadline kills the engine from a timer's
// goroutine, which frees the memory while the interrupted call may still be
// growing it (the CI run of 260fa32 caught that under -race on inflate.pdf).
// The grow after the free is refused, as a failed allocation, not a crash.
func TestMemoryFreedWhileGrowing(t *testing.T) {
	for _, mem := range []interface {
		Reallocate(uint64) []byte
		Free()
	}{mapMemory(0, 1<<20), &sliceMemory{}} {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for size := uint64(4096); size <= 1<<20; size += 4096 {
				mem.Reallocate(size)
			}
		}()
		mem.Free()
		wg.Wait()
		if got := mem.Reallocate(4096); got != nil {
			t.Errorf("%T: a freed memory gave %d bytes, want none", mem, len(got))
		}
	}
}
