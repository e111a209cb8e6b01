package workspace

import (
	"os"
	"sync"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// A rename in Settings while the team folder writes my file: every file
// names me one way throughout (exporter and reviewer list agree), and the
// last file written carries the last name. Run with -race, the old SetName
// (which wrote the name after releasing the lock) is reported here.
func TestRenameWhileTeamFolderExports(t *testing.T) {
	a := joinFolder(t, "王芳", t.TempDir())
	a.review(t, p1, map[string]int{"specific": 2}, data.Behind)
	names := []string{"王芳", "王小芳"}

	var wg sync.WaitGroup
	stop := make(chan struct{})
	files := make(chan share.File, 64)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(files)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			w, err := a.tf.WriteReport(report, time.Now())
			if err != nil {
				t.Error(err)
				return
			}
			if w.Path == "" {
				continue
			}
			raw, err := os.ReadFile(w.Path)
			if err != nil {
				t.Error(err)
				return
			}
			f, err := share.Decode(raw)
			if err != nil {
				t.Error(err)
				return
			}
			select {
			case files <- f:
			default: // enough collected; keep exporting
			}
		}
	}()
	for i := range 40 {
		if err := a.s.SetName(names[i%2]); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()

	for f := range files {
		if f.Exporter.Name != names[0] && f.Exporter.Name != names[1] {
			t.Errorf("a file exported as %q", f.Exporter.Name)
		}
		for _, rv := range f.Reviewers {
			if rv.ID == f.Exporter.ID && rv.Name != f.Exporter.Name {
				t.Errorf("a file names its exporter %q and lists them as %q", f.Exporter.Name, rv.Name)
			}
		}
	}
	if _, err := a.tf.WriteReport(report, time.Now()); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(a.tf.MyPath(report))
	if f, err := share.Decode(raw); err != nil || f.Exporter.Name != names[1] {
		t.Errorf("after the renames my file says %q (%v), want %q", f.Exporter.Name, err, names[1])
	}
	if got := a.s.Me().Name; got != names[1] {
		t.Errorf("Me().Name = %q, want %q", got, names[1])
	}
}
