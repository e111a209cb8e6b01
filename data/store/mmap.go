package store

import (
	"math/bits"
	"runtime"
)

// mmapSize is the address space bbolt maps at open. A large merge grows a
// workspace by tens of MB, and each time the mapping is too small bbolt maps
// again and copies out every node the transaction has touched (a fifth of a
// 20-file merge went there), so the workspace maps 1 GiB up front: on
// 64-bit Linux and macOS that costs address space only. On Windows bbolt
// would grow the file itself to the mapping, and 32-bit systems lack the
// space, so they keep bbolt's default (0).
func mmapSize() int {
	if runtime.GOOS == "windows" || bits.UintSize < 64 {
		return 0
	}
	return 1 << 30
}

// growStep is how much bbolt grows the file by when it runs out of pages,
// once the mapping is larger than the step. bbolt's default (16 MB) would
// make every small workspace 16 MB the first time it grows; 1 MB keeps a
// small workspace small and costs one more truncate and fsync a MB grown.
// Backups copy only the pages in use, whatever the step.
const growStep = 1 << 20
