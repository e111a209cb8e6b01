package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// uiQueue stands in for the UI goroutine: what the team folder's watcher
// hands to it waits here until the test runs it, on the test's goroutine.
type uiQueue struct {
	mu    sync.Mutex
	fs    []func()
	ready chan struct{}
}

func (q *uiQueue) do(f func()) {
	q.mu.Lock()
	q.fs = append(q.fs, f)
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

func (q *uiQueue) run() {
	q.mu.Lock()
	fs := q.fs
	q.fs = nil
	q.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

// teamEvents are the events the desk has shown.
type teamEvents struct {
	q    *uiQueue
	jobs *jobs // the desk's runner, which reads the report again
	ch   chan workspace.WatchEvent
}

// fastTeamFolder makes the team folder's watcher wait milliseconds, not
// seconds, and runs what it shows on the test's goroutine.
func fastTeamFolder(t *testing.T, d *Desk) teamEvents {
	old, oldDo := teamWatch, teamDo
	q := &uiQueue{ready: make(chan struct{}, 1)}
	teamWatch = workspace.WatchOptions{WriteDelay: 20 * time.Millisecond, WriteMaxDelay: 100 * time.Millisecond,
		MergeDelay: 20 * time.Millisecond, Rescan: 100 * time.Millisecond}
	teamDo = q.do
	t.Cleanup(func() { teamWatch, teamDo = old, oldDo })
	ev := teamEvents{q: q, jobs: d.jobs, ch: make(chan workspace.WatchEvent, 1000)}
	d.teamFolderNotice()
	d.teamdir.onEvent = func(e workspace.WatchEvent) { ev.ch <- e }
	return ev
}

// shown runs what the watcher hands to the UI until the desk has shown an
// event that ok accepts.
func shown(t *testing.T, evs teamEvents, what string, ok func(workspace.WatchEvent) bool) workspace.WatchEvent {
	t.Helper()
	timeout := time.After(time.Minute)
	for {
		evs.q.run()
		evs.jobs.Wait()
		for more := true; more; {
			select {
			case ev := <-evs.ch:
				if ok(ev) {
					return ev
				}
			default:
				more = false
			}
		}
		select {
		case <-evs.q.ready:
		case <-timeout:
			t.Fatalf("the desk never showed: %s", what)
		}
	}
}

func mergedAny(ev workspace.WatchEvent) bool { return ev.Report.Changed() }
func wroteMine(ev workspace.WatchEvent) bool { return len(ev.Report.Wrote) > 0 }

func TestTeamFolderInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	events := fastTeamFolder(t, d)
	team := t.TempDir()

	// 张伟, on his own desk, has reviewed three pledges into the team folder.
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp1, data.Behind, map[string]int{"impact": 4}))
	zhang.review(t, rev(sp2, data.Behind, nil))
	zhang.review(t, rev(sp3, data.Done, nil))
	zt := zhang.s.TeamFolder(team)
	if _, err := zt.Sync(time.Now()); err != nil {
		t.Fatal(err)
	}

	if d.teamdir.notice.Visible() {
		t.Error("the team folder notice shows while no folder is set")
	}
	d.setTeamFolder(team)
	shown(t, events, "张伟's reviews merged", mergedAny)
	// Quietly: a line in the status bar, no dialog.
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog opened on a team folder merge: %q", overlayTexts(d.win.Canvas()))
	}
	if got := d.teamdir.notice.Text; !d.teamdir.notice.Visible() || !strings.HasPrefix(got, "已合并张伟的 3 条评审 · ") {
		t.Errorf("status bar notice %q, want 已合并张伟的 3 条评审 · time", got)
	}
	if !contentHasButton(d.win.Canvas(), d.teamdir.notice.Text) {
		t.Error("the notice is not in the window")
	}
	d.selectPledge(sp1)
	if !d.side.box.Visible() || !strings.Contains(objectTexts(d.side.box), "张伟") {
		t.Errorf("the side-by-side view does not show 张伟's review: %q", objectTexts(d.side.box))
	}
	if it := fileMenuItem(d, "撤销上次合并"); it == nil || it.Disabled {
		t.Error("File → Undo last merge is not offered after the team folder's merge")
	}
	if got := teamFolderOf(a.Preferences(), ws); got != team {
		t.Errorf("the folder is remembered for the workspace as %q", got)
	}

	// My save goes out to the folder, and 张伟 gets it.
	scoreKey(d, fyne.Key2)
	shown(t, events, "my file written", wroteMine)
	rep, err := zt.Sync(time.Now())
	if err != nil || len(rep.Merged) != 1 || rep.Merged[0].Name != "王芳" || rep.Merged[0].Reviews != 1 {
		t.Fatalf("张伟's pass after my save: %+v, %v", rep, err)
	}

	// A file for another report needs a decision: said in the notice, opened from it.
	f, err := zhang.s.ExportReviewFile("taiyuan-2021", false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.ReportID = "guangdong-2025"
	raw, err := share.Encode(f, zhang.s.Key)
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(team, share.TeamFileName(f.ReportID, zhang.s.Me.ID))
	os.WriteFile(other, raw, 0o644)
	shown(t, events, "a file that needs a look", func(ev workspace.WatchEvent) bool { return len(ev.Report.Attention) > 0 })
	if got := d.teamdir.notice.Text; !strings.HasSuffix(got, " · 1 个文件待查看") {
		t.Errorf("notice %q does not say a file needs a look", got)
	}
	if d.win.Canvas().Overlays().Top() != nil {
		t.Error("a file that needs a decision opened a dialog by itself")
	}
	test.Tap(d.teamdir.notice)
	details := squeeze(overlayTexts(d.win.Canvas()))
	if !strings.Contains(details, team) || !strings.Contains(details, squeeze(filepath.Base(other)+" 是另一份报告的评审")) {
		t.Errorf("the details say %q", details)
	}
	test.Tap(overlayButton(d.win.Canvas(), "打开…"))
	d.jobs.Wait()
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "文件未合并") || !strings.Contains(got, "是另一份报告的评审") {
		t.Errorf("opening the file shows %q, want the merge flow's refusal", got)
	}
	if strings.Contains(d.teamdir.notice.Text, "待查看") {
		t.Errorf("the opened file is still in the notice: %q", d.teamdir.notice.Text)
	}

	// Settings show the folder and its state; Stop using ends it and leaves the files.
	d.win.Canvas().Overlays().Top().Hide()
	d.showSettings()
	settings := squeeze(overlayTexts(d.win.Canvas()))
	if !strings.Contains(settings, team) || !strings.Contains(settings, "已合并张伟的3条评审") {
		t.Errorf("the settings say %q", settings)
	}
	test.Tap(overlayButton(d.win.Canvas(), "停止使用"))
	if d.teamdir.notice.Visible() || teamFolderOf(a.Preferences(), ws) != "" {
		t.Error("Stop using left the folder on")
	}
	if _, err := os.Stat(filepath.Join(team, share.TeamFileName("taiyuan-2021", d.sess.Me.ID))); err != nil {
		t.Errorf("my file went from the folder: %v", err)
	}
}

func TestTeamFolderUndoAndLostFolderInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	events := fastTeamFolder(t, d)
	team := filepath.Join(t.TempDir(), "team")
	os.Mkdir(team, 0o755)
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp1, data.Behind, map[string]int{"impact": 4}))
	zt := zhang.s.TeamFolder(team)
	zt.Sync(time.Now())

	d.setTeamFolder(team)
	shown(t, events, "the first merge", mergedAny)
	// Undo takes the merge back, and the folder does not bring it again.
	if got := undoThrough(t, d); !strings.Contains(got, "已恢复为上次合并之前") {
		t.Fatalf("the undo says %q", got)
	}
	d.win.Canvas().Overlays().Top().Hide()
	if rs := storedReviews(t, d); len(rs) != 0 {
		t.Fatalf("after undo the workspace holds %d reviews", len(rs))
	}
	d.selectPledge(sp2)
	scoreKey(d, fyne.Key3) // a save after the undo
	shown(t, events, "my file written after the undo", wroteMine)
	if rs := storedReviews(t, d); len(rs) != 1 {
		t.Errorf("the undone merge came back: %d reviews", len(rs))
	}

	// The folder goes: said quietly, saves go on; it comes back: my file is written again.
	removeFolder(t, team)
	shown(t, events, "the folder is gone", func(ev workspace.WatchEvent) bool { return errors.Is(ev.Err, workspace.ErrFolderUnreachable) })
	if got := d.teamdir.notice.Text; got != "团队文件夹无法访问——可继续工作，恢复后自动续传" {
		t.Errorf("notice while the folder is gone: %q", got)
	}
	if d.win.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog opened when the folder went: %q", overlayTexts(d.win.Canvas()))
	}
	d.selectPledge(sp3)
	scoreKey(d, fyne.Key1)
	os.Mkdir(team, 0o755)
	ev := shown(t, events, "the folder is back", func(ev workspace.WatchEvent) bool { return ev.Back })
	if len(ev.Report.Wrote) != 1 || ev.Report.Wrote[0].Reviews != 2 {
		t.Errorf("on return wrote %+v, want my file with both reviews", ev.Report.Wrote)
	}
	if strings.Contains(d.teamdir.notice.Text, "无法访问") {
		t.Errorf("notice after the return: %q", d.teamdir.notice.Text)
	}
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
