package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"

	"pledgereview/data"
)

// ErrUnreadableMerge: a merge would have stored a record the workspace
// cannot read back; nothing was written.
var ErrUnreadableMerge = errors.New("a merged record does not read back; nothing was merged")

// readBack reads every record the merge put, in its transaction, as the
// workspace reads it afterwards: a record that does not decode rolls the
// merge back rather than leave a workspace every reader refuses.
func readBack(b *bolt.Bucket, keys [][]byte) error {
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		if vals[i] = b.Get(k); vals[i] == nil {
			return fmt.Errorf("%w: %q is missing", ErrUnreadableMerge, k)
		}
	}
	// The values stay valid until the transaction ends; decoding them
	// needs no access to it, so it runs on every core.
	workers := min(runtime.GOMAXPROCS(0), (len(keys)+1023)/1024)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			for i := g; i < len(keys) && errs[g] == nil; i += workers {
				errs[g] = decodeStored(keys[i], vals[i])
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// decodeStored decodes the value at k of the reviews bucket as its
// readers do.
func decodeStored(k, v []byte) error {
	var err error
	if isHistoryKey(k) {
		var h data.HistoryEntry
		err = json.Unmarshal(v, &h)
	} else {
		var rv data.Review
		err = json.Unmarshal(v, &rv)
	}
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrUnreadableMerge, k, err)
	}
	return nil
}
