package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/synctest"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

func TestDebouncerWaitsForQuietAndNoLonger(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		d := newDebouncer(2*time.Second, 15*time.Second)
		defer d.stop()
		start := time.Now()
		fires := func() (time.Duration, bool) {
			select {
			case <-d.C:
				d.fired()
				return time.Since(start), true
			default:
				return 0, false
			}
		}
		// Three saves a second apart: written 2 s after the last.
		for range 3 {
			d.poke()
			time.Sleep(time.Second)
			synctest.Wait()
			if _, ok := fires(); ok {
				t.Fatal("fired while the saves went on")
			}
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if at, ok := fires(); !ok || at != 4*time.Second {
			t.Fatalf("fired at %v (%v), want 4s: 2 s after the last save", at, ok)
		}

		// A save every second without end: written every 15 s all the same.
		start = time.Now()
		var at []time.Duration
		for range 40 {
			d.poke()
			time.Sleep(time.Second)
			synctest.Wait()
			if when, ok := fires(); ok {
				at = append(at, when)
			}
		}
		if len(at) < 2 || at[0] != 15*time.Second || at[1] != 30*time.Second {
			t.Errorf("under steady saves fired at %v, want 15s, 30s, …", at)
		}
	})
}

// events collects a watcher's events for a test.
type events chan WatchEvent

func (ch events) next(t *testing.T, what string, ok func(WatchEvent) bool) WatchEvent {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case ev := <-ch:
			if ok(ev) {
				return ev
			}
		case <-timeout:
			t.Fatalf("no event: %s", what)
		}
	}
}

// none checks that no event that ok accepts came, up to a pass run now
// (Flush): the watcher has looked at the folder and the saves since.
func (ch events) none(t *testing.T, w *Watcher, what string, ok func(WatchEvent) bool) {
	t.Helper()
	w.Flush()
	for {
		select {
		case ev := <-ch:
			if ok(ev) {
				t.Fatalf("%s: %+v", what, ev)
			}
		default:
			return
		}
	}
}

func fastWatch(tf *TeamFolder) (*Watcher, events) {
	ch := make(events, 100)
	w := tf.Watch(WatchOptions{WriteDelay: 20 * time.Millisecond, WriteMaxDelay: 100 * time.Millisecond,
		MergeDelay: 20 * time.Millisecond, Rescan: 100 * time.Millisecond,
		OnEvent: func(ev WatchEvent) { ch <- ev }})
	return w, ch
}

func merged(from string) func(WatchEvent) bool {
	return func(ev WatchEvent) bool {
		for _, m := range ev.Report.Merged {
			if m.Name == from {
				return true
			}
		}
		return false
	}
}

func wrote(ev WatchEvent) bool { return len(ev.Report.Wrote) > 0 }

func saveReview(t *testing.T, c onFolder, w *Watcher, pledge string, st data.Status) {
	t.Helper()
	c.review(t, pledge, map[string]int{"specific": 2}, st)
	w.Saved(report)
}

func TestWatchedFolderTwoDesks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "team")
	os.Mkdir(dir, 0o755)
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	wa, evA := fastWatch(a.tf)
	defer wa.Close()
	wb, evB := fastWatch(b.tf)
	defer wb.Close()

	saveReview(t, a, wa, p1, data.Done)
	evA.next(t, "王芳's file written after her save", wrote)
	ev := evB.next(t, "张伟 merges 王芳's review", merged("王芳"))
	if ev.Report.Merged[0].Reviews != 1 || !ev.Report.Backup {
		t.Errorf("张伟's merge: %+v", ev.Report)
	}
	// Her own file coming back through the folder is not merged by her,
	// and not written again.
	evA.none(t, wa, "王芳 reacted to her own file", func(ev WatchEvent) bool { return ev.Report.Changed() || wrote(ev) })

	saveReview(t, b, wb, p2, data.Behind)
	saveReview(t, b, wb, p3, data.Done)
	evA.next(t, "王芳 merges 张伟's reviews", merged("张伟"))
	// wait until both of 张伟's saves have arrived
	deadline := time.Now().Add(20 * time.Second)
	for len(a.byKey(t)) < 3 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	sameReviews(t, a, b)
	if names := folderNames(t, dir); len(names) != 2 {
		t.Errorf("the folder holds %q, want two files", names)
	}

	// A save made while no watcher ran is written by the next one's first
	// pass; a save not yet written when the watcher closes, at close.
	wb.Close()
	b.review(t, p1, map[string]int{"specific": 0}, data.Behind)
	ch := make(events, 100)
	slow := time.Hour
	wb2 := b.tf.Watch(WatchOptions{WriteDelay: slow, WriteMaxDelay: slow, MergeDelay: slow, Rescan: slow,
		OnEvent: func(ev WatchEvent) { ch <- ev }})
	ch.next(t, "the first pass writes the save made meanwhile", wrote)
	b.review(t, p1, map[string]int{"specific": 1}, data.Done)
	wb2.Saved(report)
	wb2.Close()
	raw, err := os.ReadFile(b.tf.MyPath(report))
	if err != nil {
		t.Fatal(err)
	}
	f, err := share.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	var p1Status data.Status
	for _, rv := range f.Reviews {
		if rv.PledgeID == p1 {
			p1Status = rv.Status
		}
	}
	if len(f.Reviews) != 3 || p1Status != data.Done {
		t.Errorf("the file written at close holds %d reviews, p1 %q; want 3, done", len(f.Reviews), p1Status)
	}
}

func TestWatchedFolderGoesAndComesBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "team")
	os.Mkdir(dir, 0o755)
	a, b := joinFolder(t, "王芳", dir), joinFolder(t, "张伟", dir)
	wa, evA := fastWatch(a.tf)
	defer wa.Close()
	saveReview(t, a, wa, p1, data.Done)
	evA.next(t, "first write", wrote)

	removeFolder(t, dir)
	evA.next(t, "the folder is said to be gone", func(ev WatchEvent) bool { return errors.Is(ev.Err, ErrFolderUnreachable) })
	// Saves go on while it is gone; it is told once.
	saveReview(t, a, wa, p2, data.Done)
	evA.none(t, wa, "told twice", func(ev WatchEvent) bool { return ev.Err != nil })

	os.Mkdir(dir, 0o755)
	ev := evA.next(t, "the folder is back", func(ev WatchEvent) bool { return ev.Back })
	if len(ev.Report.Wrote) != 1 || ev.Report.Wrote[0].Reviews != 2 {
		t.Errorf("on return wrote %+v, want my file with both reviews", ev.Report.Wrote)
	}
	// And it is watched again: a colleague's file is merged.
	b.review(t, p3, map[string]int{"specific": 1}, data.Done)
	b.sync(t, time.Now())
	evA.next(t, "merge after the return", merged("张伟"))
}

func TestWatchedFolderHalfWrittenThenWhole(t *testing.T) {
	dir := t.TempDir()
	a := joinFolder(t, "王芳", dir)
	b := joinFolder(t, "张伟", t.TempDir())
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	b.sync(t, time.Now())
	whole, _ := os.ReadFile(b.tf.MyPath(report))
	wa, evA := fastWatch(a.tf)
	defer wa.Close()

	theirs := filepath.Join(dir, filepath.Base(b.tf.MyPath(report)))
	fh, err := os.Create(theirs)
	if err != nil {
		t.Fatal(err)
	}
	fh.Write(whole[:len(whole)/3])
	fh.Sync()
	ev := evA.next(t, "the part written is seen", func(ev WatchEvent) bool { return len(ev.Report.Waiting) > 0 || ev.Report.Changed() })
	if len(ev.Report.Attention) != 0 || ev.Err != nil {
		t.Fatalf("a file being written was reported: %+v", ev)
	}
	fh.Write(whole[len(whole)/3:])
	fh.Close()
	evA.next(t, "merged once whole", merged("张伟"))
}

// removeFolder removes a watched folder as a share that drops does: the
// watcher may write my file into it while it goes, so try until it is gone.
func removeFolder(t *testing.T, dir string) {
	t.Helper()
	var err error
	for range 100 {
		if err = os.RemoveAll(dir); err == nil {
			return
		}
	}
	t.Fatal(err)
}
