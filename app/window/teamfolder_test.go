package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// until waits until the desk shows what ok checks. The team folder's
// watcher runs at its real pace (a save is written two seconds after it, a
// change in the folder merged three seconds after it); what it finds comes
// to the UI through the desk's runner, which settle runs on the
// test's goroutine, reading the report again after a merge included.
func until(t *testing.T, d *Desk, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		settle(d.jobs)
		if ok() {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the desk never showed: %s (the notice says %q)", what, d.teamdir.notice.Text)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// noticeSays is the team folder's notice in the status bar, shown, with
// text that ok accepts.
func noticeSays(d *Desk, ok func(string) bool) func() bool {
	return func() bool { return d.teamdir.notice.Visible() && ok(d.teamdir.notice.Text) }
}

// myFileHolds checks my review file of the report in the team folder: it
// is there and holds n reviews.
func myFileHolds(d *Desk, team string, n int) func() bool {
	path := filepath.Join(team, share.TeamFileName("taiyuan-2021", d.sess.Me().ID))
	return func() bool {
		raw, err := os.ReadFile(path)
		if err != nil {
			return false
		}
		f, err := share.Decode(raw)
		return err == nil && len(f.Reviews) == n
	}
}

func TestTeamFolderInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
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
	until(t, d, "张伟's reviews merged", noticeSays(d, func(s string) bool { return strings.HasPrefix(s, "已合并张伟的 3 条评审 · ") }))
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
	// The notice speaks the language chosen afterwards.
	d.setLanguage(langEn)
	if got := d.teamdir.notice.Text; !strings.HasPrefix(got, "3 reviews from 张伟 merged · ") {
		t.Errorf("after switching to English the notice says %q", got)
	}
	d.setLanguage(langZh)
	if got := d.teamdir.notice.Text; !strings.HasPrefix(got, "已合并张伟的 3 条评审 · ") {
		t.Errorf("back in Chinese the notice says %q", got)
	}
	d.selectPledge(sp1)
	if !d.views.side.box.Visible() || !strings.Contains(objectTexts(d.views.side.box), "张伟") {
		t.Errorf("the side-by-side view does not show 张伟's review: %q", objectTexts(d.views.side.box))
	}
	if it := fileMenuItem(d, "撤销上次合并"); it == nil || it.Disabled {
		t.Error("File → Undo last merge is not offered after the team folder's merge")
	}
	if got := teamFolderOf(a.Preferences(), ws); got != team {
		t.Errorf("the folder is remembered for the workspace as %q", got)
	}

	// My save goes out to the folder, and 张伟 gets it.
	scoreKey(d, fyne.Key2)
	until(t, d, "my file written", myFileHolds(d, team, 1))
	rep, err := zt.Sync(time.Now())
	if err != nil || len(rep.Merged) != 1 || rep.Merged[0].Name != "王芳" || rep.Merged[0].Reviews != 1 {
		t.Fatalf("张伟's pass after my save: %+v, %v", rep, err)
	}

	// A file for another report (another text: a report is its content,
	// whatever its id) needs a decision: said in the notice, opened from it.
	otherReport := datatest.ReportOfSize("guangdong-2025", 50)
	if err := zhang.s.AddReport(otherReport); err != nil {
		t.Fatal(err)
	}
	zhang.review(t, rev(otherReport.Pledges()[0].ID, data.Behind, map[string]int{"impact": 2}))
	f, err := zhang.s.ExportReviewFile(otherReport.ID, false, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := share.Encode(f, signingKey(t, filepath.Join(zhang.dir, "config"), zhang.s))
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(team, share.TeamFileName(f.ReportID, zhang.s.Me().ID))
	os.WriteFile(other, raw, 0o644)
	until(t, d, "a file that needs a look", noticeSays(d, func(s string) bool { return strings.HasSuffix(s, " · 1 个文件待查看") }))
	if d.win.Canvas().Overlays().Top() != nil {
		t.Error("a file that needs a decision opened a dialog by itself")
	}
	test.Tap(d.teamdir.notice)
	details := squeeze(overlayTexts(d.win.Canvas()))
	if !strings.Contains(details, team) || !strings.Contains(details, squeeze(filepath.Base(other)+" 是另一份报告（guangdong-2025）的评审")) {
		t.Errorf("the details say %q", details)
	}
	test.Tap(overlayButton(d.win.Canvas(), "打开…"))
	settle(d.jobs)
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "文件未合并") || !strings.Contains(got, "是另一份报告（guangdong-2025）的评审") {
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
	if _, err := os.Stat(filepath.Join(team, share.TeamFileName("taiyuan-2021", d.sess.Me().ID))); err != nil {
		t.Errorf("my file went from the folder: %v", err)
	}
}

func TestTeamFolderUndoAndLostFolderInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	team := filepath.Join(t.TempDir(), "team")
	os.Mkdir(team, 0o755)
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp1, data.Behind, map[string]int{"impact": 4}))
	zt := zhang.s.TeamFolder(team)
	zt.Sync(time.Now())

	d.setTeamFolder(team)
	until(t, d, "the first merge", noticeSays(d, func(s string) bool { return strings.HasPrefix(s, "已合并张伟的 1 条评审 · ") }))
	// Undo takes the merge back, and the folder does not bring it again.
	if got := undoThrough(t, d); !strings.Contains(got, "已恢复为上次合并之前") {
		t.Fatalf("the undo says %q", got)
	}
	d.win.Canvas().Overlays().Top().Hide()
	if rs := storedReviews(t, d); len(rs) != 0 {
		t.Fatalf("after undo the workspace holds %d reviews", len(rs))
	}
	if got := d.teamdir.notice.Text; strings.Contains(got, "已合并") {
		t.Errorf("after the undo the status bar still says %q", got)
	}
	d.selectPledge(sp2)
	scoreKey(d, fyne.Key3) // a save after the undo
	// the watcher started again after the undo read the folder first, then wrote my file
	until(t, d, "my file written after the undo", myFileHolds(d, team, 1))
	if rs := storedReviews(t, d); len(rs) != 1 {
		t.Errorf("the undone merge came back: %d reviews", len(rs))
	}

	// The folder goes: said quietly, saves go on; it comes back: my file is written again.
	removeFolder(t, team)
	until(t, d, "the folder is gone", noticeSays(d, func(s string) bool {
		return s == "团队文件夹无法访问——可继续工作，恢复后自动续传"
	}))
	if d.win.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog opened when the folder went: %q", overlayTexts(d.win.Canvas()))
	}
	d.selectPledge(sp3)
	scoreKey(d, fyne.Key1)
	os.Mkdir(team, 0o755)
	// back: the notice says so, and my file is written again with both reviews
	until(t, d, "the folder is back", noticeSays(d, func(s string) bool { return !strings.Contains(s, "无法访问") }))
	until(t, d, "my file written again with both reviews", myFileHolds(d, team, 2))
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

// An undo whose list of undone team files cannot be written is done, and
// the window says so, and that the folder merges those files again once the
// program starts again.
func TestTeamFolderUndoNotRememberedInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	team := filepath.Join(t.TempDir(), "team")
	os.Mkdir(team, 0o755)
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp1, data.Behind, map[string]int{"impact": 4}))
	zhang.s.TeamFolder(team).Sync(time.Now())

	d.setTeamFolder(team)
	until(t, d, "the first merge", noticeSays(d, func(s string) bool { return strings.HasPrefix(s, "已合并张伟的 1 条评审 · ") }))
	// a folder where the list of undone team files belongs: it cannot be written
	stem := strings.TrimSuffix(filepath.Base(ws), filepath.Ext(ws))
	if err := os.MkdirAll(filepath.Join(d.sess.BackupDir(), stem+"-team-merge-undone.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	got := undoThrough(t, d)
	for _, want := range []string{"已撤销合并", "已恢复为上次合并之前", "程序再次启动后，团队文件夹会再次合并这些文件", "is a directory"} {
		if !strings.Contains(got, want) {
			t.Errorf("the undo does not say %q: %q", want, got)
		}
	}
	if rs := storedReviews(t, d); len(rs) != 0 {
		t.Errorf("after undo the workspace holds %d reviews", len(rs))
	}
}

// A folder in the team folder named like a colleague's file is listed
// among the files that need a look, in its own words in both languages,
// with nothing to open; once it is taken out of the folder, the notice
// drops it at the next pass.
func TestTeamFolderListsAFolderUntilItGoes(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	team := t.TempDir()
	dir := filepath.Join(team, "taiyuan-2021--k-folder.pledgereview.json")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	d.setTeamFolder(team)
	until(t, d, "the folder needs a look", noticeSays(d, func(s string) bool { return strings.HasSuffix(s, " · 1 个文件待查看") }))
	test.Tap(d.teamdir.notice)
	details := squeeze(overlayTexts(d.win.Canvas()))
	for _, want := range []string{"taiyuan-2021--k-folder.pledgereview.json 是文件夹或设备，不是文件，未打开", "把它从团队文件夹中移走"} {
		if !strings.Contains(details, squeeze(want)) {
			t.Errorf("the details say %q, want %q", details, want)
		}
	}
	if strings.Contains(details, "没有改动它") || strings.Contains(details, "打开文件可查看原因") || overlayButton(d.win.Canvas(), "打开…") != nil {
		t.Errorf("the details offer to open the folder, or word it as a write: %q", details)
	}
	d.win.Canvas().Overlays().Top().Hide()

	d.setLanguage(langEn)
	if got := d.teamdir.notice.Text; !strings.HasSuffix(got, " · 1 file needs a look") {
		t.Errorf("in English the notice says %q, want … · 1 file needs a look", got)
	}
	test.Tap(d.teamdir.notice)
	details = squeeze(overlayTexts(d.win.Canvas()))
	for _, want := range []string{"taiyuan-2021--k-folder.pledgereview.json is a folder or a device, not a file; it was not opened.", "take it out of the team folder"} {
		if !strings.Contains(details, squeeze(want)) {
			t.Errorf("in English the details say %q, want %q", details, want)
		}
	}
	if strings.Contains(details, "left as it is") || strings.Contains(details, "Open one") {
		t.Errorf("in English the details offer to open the folder, or word it as a write: %q", details)
	}
	d.win.Canvas().Overlays().Top().Hide()

	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	until(t, d, "the folder taken out of the notice", noticeSays(d, func(s string) bool { return s == "Team folder on" }))
}
