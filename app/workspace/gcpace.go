package workspace

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// A merge reads and writes in a burst: the files decoded, the plans, the
// records encoded and bbolt's pages of a 20 × 5,000 merge come to some
// 600 MB, nearly all dropped when it ends. Collected at Go's default pace
// (GOGC 100) the heap is marked over and over as it grows, and the
// collector's marking and write barriers take some 10 % of the merge
// (BenchmarkMergeFiles20x5000). While a merge runs the collector lets the
// heap grow to five times what is live: what the merge allocates is
// collected fewer times (the CLI's merge of those 20 files peaks at the
// same resident memory, as what it keeps and what it drops overlap less).
//
// A memory limit of mergeHeapRoom over what the program held when the
// merge began bounds a pathological merge. A limit makes the collector
// run as the heap nears it, whatever GOGC says: with this room that is
// never more often than at GOGC 100 until a merge keeps 2 GB live, some
// ten million records.
const (
	mergeGCPercent = 400
	mergeHeapRoom  = 4 << 30
)

// mergePace holds the collector's settings of before the first merge
// running, so that merges that overlap (the team folder's and one made by
// hand) put them back once, when the last ends.
var mergePace struct {
	sync.Mutex
	running         int
	percent         int
	limit           int64
	limitedByMerges bool
}

// paceForMerge sets the collector's pace for a merge and returns what puts
// it back. A pace the user chose (GOGC off or above mergeGCPercent) is
// kept.
func paceForMerge() (restore func()) {
	mergePace.Lock()
	defer mergePace.Unlock()
	if mergePace.running == 0 {
		mergePace.percent = debug.SetGCPercent(mergeGCPercent)
		mergePace.limit = debug.SetMemoryLimit(-1)
		mergePace.limitedByMerges = false
		switch {
		case mergePace.percent < 0 || mergePace.percent >= mergeGCPercent:
			debug.SetGCPercent(mergePace.percent)
		default:
			if room := heapInUse() + mergeHeapRoom; room < mergePace.limit {
				debug.SetMemoryLimit(room)
				mergePace.limitedByMerges = true
			}
		}
	}
	mergePace.running++
	var once sync.Once
	return func() {
		once.Do(func() {
			mergePace.Lock()
			defer mergePace.Unlock()
			if mergePace.running--; mergePace.running == 0 {
				debug.SetGCPercent(mergePace.percent)
				if mergePace.limitedByMerges {
					debug.SetMemoryLimit(mergePace.limit)
				}
			}
		})
	}
}

// heapInUse is the memory the Go runtime holds for the program's heap
// and its own structures, as the memory limit counts it.
func heapInUse() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	total, released := s[0].Value.Uint64(), s[1].Value.Uint64()
	if total < released || total-released > math.MaxInt64/2 {
		return math.MaxInt64 / 2
	}
	return int64(total - released)
}
