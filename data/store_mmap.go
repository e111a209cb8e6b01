package data

import (
	"math/bits"
	"runtime"
)

// bboltAllocSize is bbolt's default step of file growth (DefaultAllocSize).
const bboltAllocSize = 16 << 20

// initialMmapSize is the address space bbolt maps at open for a file of
// size bytes. A large merge grows a large workspace by tens of MB, and each
// time the mapping is too small bbolt maps again and copies out every node
// the transaction has touched (a third of a 20-file merge went there), so a
// workspace past bbolt's growth step maps 1 GiB up front: on 64-bit Linux
// and macOS that costs address space only. A smaller workspace keeps
// bbolt's default: bbolt grows a file in steps of the whole mapping once
// the mapping passes its growth step, so mapping 1 GiB would make every
// small workspace (and each of its backups) at least 16 MB. On Windows
// bbolt would grow the file itself to the mapping, and 32-bit systems lack
// the space, so they keep the default too.
func initialMmapSize(size int64) int {
	if runtime.GOOS == "windows" || bits.UintSize < 64 || size < bboltAllocSize {
		return 0
	}
	return 1 << 30
}
