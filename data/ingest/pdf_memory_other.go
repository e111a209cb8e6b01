//go:build !linux

package ingest

import "github.com/tetratelabs/wazero/experimental"

// pdfMemory is wazero's own allocator elsewhere (see pdf_memory_linux.go).
var pdfMemory experimental.MemoryAllocator

func memoryMark() int64 { return 0 }

// outOfMemorySince cannot tell here: an engine out of memory reads as damaged.
func outOfMemorySince(int64) bool { return false }
