package store

import (
	"os"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// writeBehind has the disk begin writing what a large commit puts into the
// file while bbolt still writes the rest, so that the fdatasync at its end
// waits for the tail only (a 20-file merge writes some 75 MB; its fsync
// waited a quarter of a second). Every few milliseconds it asks the kernel
// to start writing the pages dirtied so far (sync_file_range with
// SYNC_FILE_RANGE_WRITE): that waits for nothing and makes nothing
// durable, and orders nothing the kernel's own writeback could not, so the
// commit's fsyncs and bbolt's order of data before meta page are what they
// were. It returns the function that stops it.
func writeBehind(f *os.File) (stop func()) {
	if f == nil {
		return func() {}
	}
	raw, err := f.SyscallConn()
	if err != nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(writeBehindEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				raw.Control(func(fd uintptr) {
					unix.SyncFileRange(int(fd), 0, 0, unix.SYNC_FILE_RANGE_WRITE)
				})
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// writeBehindEvery is how often writeBehind starts the writing of the
// pages dirtied since.
const writeBehindEvery = 2 * time.Millisecond
