package workspace

import (
	"math"
	"runtime/debug"
	"testing"
)

// gcSettings reads the collector's percent and memory limit.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

func TestMergePaceIsPutBackWhenTheLastMergeEnds(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	first := paceForMerge()
	if p, limit := gcSettings(); p != mergeGCPercent || limit == math.MaxInt64 || limit < mergeHeapRoom {
		t.Fatalf("during a merge: GOGC %d, limit %d; want %d and a limit above %d", p, limit, mergeGCPercent, mergeHeapRoom)
	}
	second := paceForMerge() // the team folder's, while one made by hand runs
	first()
	first() // a second call changes nothing
	if p, _ := gcSettings(); p != mergeGCPercent {
		t.Fatalf("one merge still running: GOGC %d, want %d", p, mergeGCPercent)
	}
	second()
	if p, limit := gcSettings(); p != 100 || limit != math.MaxInt64 {
		t.Fatalf("after the merges: GOGC %d, limit %d; want 100 and no limit", p, limit)
	}
}

func TestMergePaceKeepsTheUsersChoice(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	for _, chosen := range []int{-1, 800} {
		debug.SetGCPercent(chosen)
		restore := paceForMerge()
		if p, _ := gcSettings(); p != chosen {
			t.Errorf("GOGC %d chosen: %d during a merge", chosen, p)
		}
		restore()
		if p, _ := gcSettings(); p != chosen {
			t.Errorf("GOGC %d chosen: %d after a merge", chosen, p)
		}
	}
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(64 << 20) // GOMEMLIMIT, lower than the room a merge takes
	restore := paceForMerge()
	if _, limit := gcSettings(); limit != 64<<20 {
		t.Errorf("a lower memory limit chosen: %d during a merge", limit)
	}
	restore()
	if _, limit := gcSettings(); limit != 64<<20 {
		t.Errorf("a lower memory limit chosen: %d after a merge", limit)
	}
}
