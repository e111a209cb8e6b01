package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"pledgereview/data/share"
)

// WatchOptions say how a watched team folder paces its work. Zero fields
// take the defaults.
type WatchOptions struct {
	// WriteDelay: my file is written this long after the last save…
	WriteDelay time.Duration // default 2 s
	// WriteMaxDelay: …and at the latest this long after the first save
	// not yet written, however fast the saves come.
	WriteMaxDelay time.Duration // default 15 s
	// MergeDelay: the folder is read this long after the last change seen
	// in it (a sync engine brings several files at once), at the latest
	// five times as long after the first.
	MergeDelay time.Duration // default 3 s
	// Rescan: how often the folder is looked at without being told of a
	// change (network shares send no events), and a lost folder looked for.
	Rescan time.Duration // default 30 s
	// OnEvent receives, on the watcher's goroutine, every pass that did or
	// found something, and every change of the folder's state.
	OnEvent func(WatchEvent)
}

// WatchEvent is what a pass of a watched folder tells.
type WatchEvent struct {
	Report SyncReport
	// Err is set when the pass failed; errors.Is(Err, ErrFolderUnreachable)
	// while the folder is gone, told once when it goes.
	Err error
	// Back is set on the first pass after a lost folder came back.
	Back bool
}

// Watcher keeps a team folder in step with the workspace until Close:
// it writes my file after saves (see Saved), and merges colleagues' files
// when the folder tells of a change or at each rescan. All its passes run on
// one goroutine.
type Watcher struct {
	tf  *TeamFolder
	opt WatchOptions

	mu      sync.Mutex
	pending map[string]bool    // reports saved and not yet written
	poke    chan struct{}      // a save arrived
	now     chan chan struct{} // Flush: a pass now, answered when it is over

	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once

	lost     bool // the folder is gone, and was told so
	watching bool // fsnotify watches the folder
}

// Watch starts watching the team folder. It never fails: a folder that
// cannot be reached, or a system that cannot watch it, is looked at again
// at each rescan. The first pass runs at once: my files are written where
// they differ and colleagues' files are merged.
func (tf *TeamFolder) Watch(opt WatchOptions) *Watcher {
	opt.WriteDelay = cmpOr(opt.WriteDelay, 2*time.Second)
	opt.WriteMaxDelay = cmpOr(opt.WriteMaxDelay, 15*time.Second)
	opt.MergeDelay = cmpOr(opt.MergeDelay, 3*time.Second)
	opt.Rescan = cmpOr(opt.Rescan, 30*time.Second)
	w := &Watcher{tf: tf, opt: opt, pending: map[string]bool{}, poke: make(chan struct{}, 1),
		now: make(chan chan struct{}), stop: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	return w
}

func cmpOr(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// Folder is the folder watched.
func (w *Watcher) Folder() string { return w.tf.Dir }

// Saved tells the watcher that a review of a report was saved: my file of
// that report is written once the saves pause. It never blocks.
func (w *Watcher) Saved(reportID string) {
	w.mu.Lock()
	w.pending[reportID] = true
	w.mu.Unlock()
	select {
	case w.poke <- struct{}{}:
	default:
	}
}

// Flush runs a pass now, as the rescan does (colleagues' changed files are
// merged and the saves not yet written are written), and returns once it
// is over and its events have been told: what Flush did not bring, nothing
// in the folder or the workspace called for.
func (w *Watcher) Flush() {
	over := make(chan struct{})
	select {
	case w.now <- over:
		<-over
	case <-w.done:
	}
}

// Close stops the watcher, after writing my files of the saves not yet
// written; it returns when the last pass is over. Close the watcher before
// the workspace.
func (w *Watcher) Close() {
	w.stopOnce.Do(func() { close(w.stop) })
	<-w.done
}

func (w *Watcher) run() {
	defer close(w.done)
	var events chan fsnotify.Event
	var errs chan error
	fsw, err := fsnotify.NewWatcher()
	if err == nil {
		defer fsw.Close()
		events, errs = fsw.Events, fsw.Errors
	}
	writes := newDebouncer(w.opt.WriteDelay, w.opt.WriteMaxDelay)
	merges := newDebouncer(w.opt.MergeDelay, 5*w.opt.MergeDelay)
	defer writes.stop()
	defer merges.stop()
	rescan := time.NewTicker(w.opt.Rescan)
	defer rescan.Stop()

	w.pass(fsw, true, false)
	for {
		select {
		case <-w.stop:
			if w.hasPending() && w.tf.Reachable() == nil {
				w.pass(fsw, false, true)
			}
			return
		case <-w.poke:
			writes.poke()
		case <-writes.C:
			writes.fired()
			w.pass(fsw, false, true)
		case ev := <-events:
			if filepath.Clean(ev.Name) == filepath.Clean(w.tf.Dir) {
				w.watching = false // the folder itself went or moved
				merges.poke()
				continue
			}
			if w.concerns(filepath.Base(ev.Name)) {
				merges.poke()
			}
		case <-errs:
			merges.poke() // events were lost: read the folder again
		case <-merges.C:
			merges.fired()
			w.pass(fsw, false, false)
		case <-rescan.C:
			w.pass(fsw, false, false)
		case over := <-w.now:
			w.pass(fsw, false, false)
			close(over)
		}
	}
}

// concerns tells whether a change to a file of that name calls for a merge:
// a colleague's file, not my own one as I wrote it coming back.
func (w *Watcher) concerns(name string) bool {
	if !share.IsTeamFile(name) {
		return false
	}
	mine, ok := w.tf.mine[name]
	if !ok {
		return true
	}
	fi, err := os.Lstat(filepath.Join(w.tf.Dir, name))
	return err != nil || stampOf(fi) != mine.stamp
}

func (w *Watcher) hasPending() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.pending) > 0
}

func (w *Watcher) takePending() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for id := range w.pending {
		out = append(out, id)
	}
	clear(w.pending)
	return out
}

func (w *Watcher) putBack(ids []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, id := range ids {
		w.pending[id] = true
	}
}

// pass writes what is due and merges what changed. writeAll writes every
// report's file that differs (at start and when a lost folder is back);
// writesOnly leaves the merge to its own time.
func (w *Watcher) pass(fsw *fsnotify.Watcher, writeAll, writesOnly bool) {
	tf := w.tf
	now := time.Now()
	var ev WatchEvent
	back, ok := w.reach(fsw)
	if !ok {
		return
	}
	if back {
		ev.Back, writeAll, writesOnly = true, true, false
	}
	// Merge before writing: my file, changed by another workspace of mine,
	// gives its newer records first.
	if !writesOnly || tf.MineChanged() {
		rep, err := tf.Merge(now)
		if err != nil {
			w.fail(err)
			return
		}
		ev.Report = rep
	}
	ids := w.takePending()
	wrote, err := w.write(ids, writeAll, now)
	ev.Report.Wrote = wrote
	if err != nil {
		w.putBack(ids)
		if r := ev.Report; r.Changed() || len(r.Attention) > 0 || len(r.Gone) > 0 {
			w.tell(WatchEvent{Report: r}) // what was merged before the write failed
		}
		w.fail(err)
		return
	}
	if ev.Back || ev.Report.found() {
		w.tell(ev)
	}
}

// found tells whether a pass did or found something to tell.
func (r SyncReport) found() bool {
	return len(r.Wrote) > 0 || r.Changed() || len(r.Attention) > 0 || len(r.Waiting) > 0 || len(r.Gone) > 0
}

// reach checks that the folder is there, telling once when it goes, and
// watches it again when it was lost or its watch went. back is set when a
// lost folder is back; ok is false while it is gone.
func (w *Watcher) reach(fsw *fsnotify.Watcher) (back, ok bool) {
	if err := w.tf.Reachable(); err != nil {
		w.watching = false
		if !w.lost {
			w.lost = true
			w.tell(WatchEvent{Err: err})
		}
		return false, false
	}
	back, w.lost = w.lost, false
	if !w.watching && fsw != nil {
		fsw.Remove(w.tf.Dir) // a watch of a folder that went may linger
		w.watching = fsw.Add(w.tf.Dir) == nil
	}
	return back, true
}

// write writes my files: every report's that differs when writeAll or when
// mine changed in the folder, else those of the reports saved (ids).
func (w *Watcher) write(ids []string, writeAll bool, now time.Time) ([]WrittenFile, error) {
	if writeAll || w.tf.MineChanged() {
		return w.tf.WriteMine(now)
	}
	var out []WrittenFile
	for _, id := range ids {
		wf, err := w.tf.WriteReport(id, now)
		if err != nil {
			return out, err
		}
		if wf.Path != "" {
			out = append(out, wf)
		}
	}
	return out, nil
}

func (w *Watcher) fail(err error) {
	if errors.Is(err, ErrFolderUnreachable) {
		if w.lost {
			return
		}
		w.lost = true
		w.watching = false
	}
	w.tell(WatchEvent{Err: err})
}

func (w *Watcher) tell(ev WatchEvent) {
	if w.opt.OnEvent != nil {
		w.opt.OnEvent(ev)
	}
}

// debouncer fires on C once pokes pause for quiet, and at the latest
// longest after the first poke since it last fired.
type debouncer struct {
	quiet, longest time.Duration
	C              chan struct{}
	timer          *time.Timer
	first          time.Time
}

func newDebouncer(quiet, longest time.Duration) *debouncer {
	return &debouncer{quiet: quiet, longest: longest, C: make(chan struct{}, 1)}
}

func (d *debouncer) poke() {
	now := time.Now()
	if d.first.IsZero() {
		d.first = now
	}
	wait := max(0, min(d.quiet, d.longest-now.Sub(d.first)))
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(wait, func() {
		select {
		case d.C <- struct{}{}:
		default:
		}
	})
}

// fired is called when C was received from.
func (d *debouncer) fired() { d.first = time.Time{} }

func (d *debouncer) stop() {
	if d.timer != nil {
		d.timer.Stop()
	}
}
