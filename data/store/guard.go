package store

import (
	"fmt"
	"pledgereview/data"
	"runtime"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// The file check at open (store_check.go) keeps bbolt from reading outside
// the file, but the file can still change under an open workspace, and a
// damaged page can hold what no check foresees. So every transaction runs
// guarded: a memory fault while reading the mapped file (SIGBUS, SIGSEGV)
// becomes a panic on this goroutine (debug.SetPanicOnFault), and a panic
// raised in bbolt becomes ErrDamaged instead of ending the program.

// view runs a read transaction, guarded.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	return s.guarded(func() error { return s.db.View(fn) })
}

// update runs a write transaction, guarded; a read-only workspace refuses.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	if s.readOnly {
		return data.ErrReadOnly
	}
	return s.guarded(func() error { return s.db.Update(fn) })
}

// guarded runs a transaction under guard. A fault or a panic raised in
// bbolt may have left bbolt's locks held: one raised while a transaction
// begins (a file cut inside its first page while open) keeps its meta and
// mmap locks, so the next transaction, or Close, would wait for ever.
// After one the store calls bbolt no more: every transaction says the file
// is damaged, and Close lets the file go without waiting.
func (s *Store) guarded(work func() error) error {
	if s.wrecked.Load() {
		return damaged("an earlier read of the file failed; close the workspace and restore a backup")
	}
	panicked, err := guardPanic(work)
	if panicked {
		s.wrecked.Store(true)
	}
	return err
}

// guard runs work with memory faults turned into panics and recovers them:
// a fault, or a panic raised inside bbolt, is ErrDamaged; any other panic is
// an internal error. Either way the program goes on.
func guard(work func() error) error {
	_, err := guardPanic(work)
	return err
}

// guardPanic is guard, and tells whether it recovered a fault or a panic
// raised inside bbolt, which may have left bbolt's locks held.
func guardPanic(work func() error) (panicked bool, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if isFault(r) || raisedInBolt() {
			panicked = true
			err = damaged("reading the file failed: %v", r)
			return
		}
		// a panic in our own code inside a transaction: bbolt's View
		// and Update roll the transaction back on their way out
		err = fmt.Errorf("internal error: %v", r)
	}()
	return false, work()
}

// isFault tells a memory fault turned into a panic by SetPanicOnFault: its
// runtime.Error carries the faulting address.
func isFault(r any) bool {
	_, ok := r.(interface{ Addr() uintptr })
	return ok
}

// raisedInBolt tells, from a deferred function, whether the panic being
// recovered was raised in bbolt's code (an assertion or an index out of
// range on a damaged page) rather than in ours.
func raisedInBolt() bool {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return strings.HasPrefix(f.Function, "go.etcd.io/bbolt")
		}
		if !more {
			return false
		}
	}
}
