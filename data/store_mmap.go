package data

import (
	"math/bits"
	"runtime"
)

// initialMmapSize is the address space bbolt maps at open. A large merge
// grows the workspace by tens of MB, and each time the mapping is too
// small bbolt maps again and copies out every node the transaction has
// touched (a third of a 20-file merge went there). On 64-bit Linux and macOS
// mapping 1 GiB up front costs address space only; on Windows bbolt would
// grow the file itself to the mapping, and 32-bit systems lack the space,
// so they keep bbolt's default.
var initialMmapSize = func() int {
	if runtime.GOOS == "windows" || bits.UintSize < 64 {
		return 0
	}
	return 1 << 30
}()
