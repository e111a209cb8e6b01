package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// TestDamagedWorkspaceOffersBackup: a workspace cut short opens nothing,
// says so, and offers its backup; opening the backup keeps the damaged
// file and shows the review saved before the damage.
func TestDamagedWorkspaceOffersBackup(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	for range 2 { // the second open takes the daily backup
		s, err := workspace.Open(ws, cfg)
		if err != nil {
			t.Fatal(err)
		}
		rv := data.NewReview("taiyuan-2021/01.01.00", s.Me().ID)
		rv.Note = "备份前的意见"
		if _, err := s.SaveReview(rv); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	// cut inside the pages the workspace uses, whatever its page size: a
	// third of a file bbolt grew ahead may hold all of them
	raw, _ := os.ReadFile(ws)
	if err := os.WriteFile(ws, raw[:min(len(raw)/3, 40000)], 0o600); err != nil {
		t.Fatal(err)
	}
	d := newTestDesk(t, a, ws, cfg)
	if d.sess != nil {
		t.Fatal("a damaged workspace was opened")
	}
	dmg, ok := backupOf(d.failure.failErr)
	if !ok {
		t.Fatalf("no backup offered for %v", d.failure.failErr)
	}
	label := "打开 " + backupDate(dmg.Backup) + " 的备份"
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "已损坏") || !strings.Contains(got, "最新的备份") {
		t.Errorf("dialog says %q", got)
	}
	if !contentHasButton(d.win.Canvas(), label) {
		t.Errorf("the window offers no %q button", label)
	}
	d.restoreBackup(dmg)
	settle(d.jobs)
	if d.sess == nil {
		t.Fatalf("opening the backup failed: %q", overlayTexts(d.win.Canvas()))
	}
	if rv, _ := d.sess.MyReview("taiyuan-2021/01.01.00"); rv.Note != "备份前的意见" {
		t.Fatalf("the restored workspace holds %q", rv.Note)
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(ws), "backups", "test-damaged-*.pledgereview"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file was not kept: %v", kept)
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, kept[0]) {
		t.Errorf("the window does not say where the damaged file is: %q", got)
	}
}

func TestEmptyWorkspaceFileIsNotSeeded(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	os.MkdirAll(filepath.Dir(ws), 0o755)
	if err := os.WriteFile(ws, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	d := newTestDesk(t, a, ws, cfg)
	if d.sess != nil {
		t.Fatal("an empty workspace file was opened")
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "空的") {
		t.Errorf("dialog says %q", got)
	}
	if fi, _ := os.Stat(ws); fi.Size() != 0 {
		t.Fatalf("the empty file was written: %d bytes", fi.Size())
	}
}

// TestReadOnlyWorkspaceKeepsTyping: a workspace file without write
// permission opens (for root too), shows that it is read-only, says once
// why a review cannot be saved, and keeps what was typed.
func TestReadOnlyWorkspaceKeepsTyping(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	s, err := workspace.Open(ws, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(ws, 0o444); err != nil {
		t.Fatal(err)
	}
	d := newTestDesk(t, a, ws, cfg)
	if d.sess == nil || !d.sess.ReadOnly() {
		t.Fatal("the read-only workspace is not open read-only")
	}
	if !strings.Contains(d.views.status.file.Text, "只读") {
		t.Errorf("status bar says %q", d.views.status.file.Text)
	}
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	test.Type(d.views.form.note, "只读时写的意见")
	d.views.list.list.Select(1) // moving on saves
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "只读") {
		t.Fatalf("no word of read-only after a save: %q", got)
	}
	d.win.Canvas().Overlays().Top().Hide()
	test.Type(d.views.form.note, "，再补一句")
	d.views.list.list.Select(1)
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("the read-only message came again: %q", overlayTexts(d.win.Canvas()))
	}
	if d.currentRow().Pledge.ID != id || d.views.form.note.Text != "只读时写的意见，再补一句" {
		t.Errorf("typed text lost: on %s with %q", d.currentRow().Pledge.ID, d.views.form.note.Text)
	}
	d.onClose() // refused once, saying why
	if !strings.Contains(overlayTexts(d.win.Canvas()), "只读") {
		t.Error("closing with unsaved typing does not say why")
	}
}
