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
	return guard(func() error { return s.db.View(fn) })
}

// update runs a write transaction, guarded; a read-only workspace refuses.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	if s.readOnly {
		return data.ErrReadOnly
	}
	return guard(func() error { return s.db.Update(fn) })
}

// guard runs work with memory faults turned into panics and recovers them:
// a fault, or a panic raised inside bbolt, is ErrDamaged; any other panic is
// an internal error. Either way the program goes on.
func guard(work func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if isFault(r) || raisedInBolt() {
			err = damaged("reading the file failed: %v", r)
			return
		}
		err = fmt.Errorf("internal error: %v", r)
	}()
	return work()
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
