package ingest

import (
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/tetratelabs/wazero/experimental"
)

// pdfMemory backs the engine's memory with one mapping of its whole cap,
// made at once and given pages by the system only as they are touched.
// wazero's own memory grows by copying into a larger slice, which holds the
// old and the new copy together (1.5 GB resident for a 512 MB cap).
var pdfMemory experimental.MemoryAllocator = experimental.MemoryAllocatorFunc(mapMemory)

// The memories are locked: a deadline kills the engine from a timer's
// goroutine, which frees the memory while the interrupted call may still
// be growing it. A grow after the free is refused, as a failed allocation.
type mappedMemory struct {
	mu  sync.Mutex
	buf []byte
}

// memoryRefused counts the times the engine asked for memory past its cap.
var memoryRefused atomic.Int64

// memoryMark is a mark to pass to outOfMemorySince.
func memoryMark() int64 { return memoryRefused.Load() }

// outOfMemorySince tells whether the engine was refused memory since mark
// (two PDFs read at once may both see the other's refusal: both are then
// told it, which is true of one of them).
func outOfMemorySince(mark int64) bool { return memoryRefused.Load() > mark }

// Mappings are never unmapped: an engine killed at its deadline is closed
// (and its memory freed) while its interrupted call may still touch the
// memory for a moment. A freed mapping gives its pages back at once and
// waits in spare until it is surely out of use, for the next engine.
var spare struct {
	sync.Mutex
	maps []freedMap
}

type freedMap struct {
	buf []byte
	at  time.Time
}

// spareDelay is how long a freed mapping waits before it is used again.
const spareDelay = 5 * time.Second

func mapMemory(_, max uint64) experimental.LinearMemory {
	if buf := takeSpare(max); buf != nil {
		return &mappedMemory{buf: buf}
	}
	buf, err := syscall.Mmap(-1, 0, int(max), syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return &sliceMemory{}
	}
	return &mappedMemory{buf: buf}
}

func takeSpare(size uint64) []byte {
	spare.Lock()
	defer spare.Unlock()
	for i, f := range spare.maps {
		if uint64(len(f.buf)) == size && time.Since(f.at) > spareDelay {
			spare.maps = append(spare.maps[:i], spare.maps[i+1:]...)
			return f.buf
		}
	}
	return nil
}

// Reallocate gives the first size bytes; nil past the cap, which PDFium
// meets as a failed allocation.
func (m *mappedMemory) Reallocate(size uint64) []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.buf == nil {
		return nil
	}
	// wazero refuses a grow past the cap before asking here: a memory
	// grown to near its cap is what tells an engine that ran out of it.
	if size > uint64(len(m.buf))/8*7 {
		memoryRefused.Add(1)
	}
	if size > uint64(len(m.buf)) {
		return nil
	}
	return m.buf[:size]
}

// Free gives the pages back (they read as zeros when touched again) and
// keeps the mapping for a later engine.
func (m *mappedMemory) Free() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.buf == nil {
		return
	}
	syscall.Madvise(m.buf, syscall.MADV_DONTNEED)
	spare.Lock()
	spare.maps = append(spare.maps, freedMap{buf: m.buf, at: time.Now()})
	spare.Unlock()
	m.buf = nil
}

// sliceMemory is wazero's way, for when the mapping cannot be made.
type sliceMemory struct {
	mu    sync.Mutex
	buf   []byte
	freed bool
}

func (m *sliceMemory) Reallocate(size uint64) []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.freed {
		return nil
	}
	if size > uint64(cap(m.buf)) {
		grown := make([]byte, size)
		copy(grown, m.buf)
		m.buf = grown
	}
	m.buf = m.buf[:size]
	return m.buf
}

func (m *sliceMemory) Free() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.buf, m.freed = nil, true
}
