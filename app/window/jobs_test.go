package window

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownBar is the value of the progress bar over the window, -1 for none.
func shownBar(w fyne.Window) float64 {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return -1
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.ProgressBar); ok {
			return b.Value
		}
	}
	return -1
}

func TestJobRunner(t *testing.T) {
	errDisk := errors.New("disk gone")
	cases := []struct {
		name        string
		work        func(ctx context.Context, progress func(n, total int)) (string, error)
		ownFailed   bool
		stopFirst   bool   // the window closes while the job runs
		wantDone    string // what done received
		wantFailed  error  // what failed received
		wantDiscard string // what discard received
		wantDialog  string // what the window shows afterwards
	}{
		{name: "result comes back", work: func(context.Context, func(int, int)) (string, error) { return "结果", nil },
			wantDone: "结果"},
		{name: "error shown", work: func(context.Context, func(int, int)) (string, error) { return "", errDisk },
			wantDialog: "disk gone"},
		{name: "error to the caller", ownFailed: true, work: func(context.Context, func(int, int)) (string, error) { return "", errDisk },
			wantFailed: errDisk},
		{name: "a panic becomes an error", work: func(context.Context, func(int, int)) (string, error) { panic("bug") },
			wantDialog: "bug"},
		{name: "closed window: result released", stopFirst: true,
			work: func(ctx context.Context, _ func(int, int)) (string, error) {
				<-ctx.Done()
				return "会话", nil
			},
			wantDiscard: "会话"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			w := a.NewWindow("jobs")
			w.Resize(fyne.NewSize(600, 400))
			js := newJobs(w, &heldUI{})
			var done, discarded string
			var failed error
			j := job[string]{title: "写入…", work: c.work,
				done: func(s string) { done = s }, discard: func(s string) { discarded = s }}
			if c.ownFailed {
				j.failed = func(err error) { failed = err }
			}
			runJob(js, j)
			if c.stopFirst {
				js.stop() // the result comes to the UI loop after it
			}
			settle(js)
			if done != c.wantDone || failed != c.wantFailed || discarded != c.wantDiscard {
				t.Errorf("done %q, failed %v, discarded %q", done, failed, discarded)
			}
			got := overlayTexts(w.Canvas())
			if c.wantDialog == "" && got != "" || !strings.Contains(got, c.wantDialog) {
				t.Errorf("the window shows %q, want %q", got, c.wantDialog)
			}
		})
	}
}

// A job that counts its progress moves the bar of its dialog; the dialog
// is gone when the result comes.
func TestJobProgressBar(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("jobs")
	w.Resize(fyne.NewSize(600, 400))
	js := newJobs(w, fyneLoop{}) // as the program runs: each step shown at once (the test waits meanwhile)
	var seen []float64
	runJob(js, job[int]{title: "写入…", determinate: true,
		work: func(_ context.Context, progress func(n, total int)) (int, error) {
			for _, n := range []int{0, 1, 2, 4} {
				progress(n, 4)
				seen = append(seen, shownBar(w))
			}
			return 4, nil
		},
		done: func(int) { seen = append(seen, shownBar(w)) }})
	settle(js)
	if want := []float64{0, 0.25, 0.5, 1, -1}; !slices.Equal(seen, want) {
		t.Errorf("the bar showed %v, want %v", seen, want)
	}
}
