package window

import (
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// A workspace whose newer header page is damaged opens as it was before
// its last change; the window says so and offers the newest backup.
func TestRolledBackWorkspaceIsReported(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	for range 2 { // the second open takes the daily backup
		s, err := workspace.Open(ws, cfg)
		if err != nil {
			t.Fatal(err)
		}
		rv := data.NewReview("taiyuan-2021/01.01.00", s.Me().ID)
		rv.Note = "最后一次修改"
		if _, err := s.SaveReview(rv); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	raw, _ := os.ReadFile(ws)
	ps := int(binary.LittleEndian.Uint32(raw[16+8:]))
	const txid, checksum = 16 + 48, 16 + 56
	newer := 0
	if binary.LittleEndian.Uint64(raw[ps+txid:]) > binary.LittleEndian.Uint64(raw[txid:]) {
		newer = ps
	}
	raw[newer+checksum] ^= 0xff
	os.WriteFile(ws, raw, 0o600)

	d := newTestDesk(t, a, ws, cfg)
	settle(d.jobs)
	if d.sess == nil {
		t.Fatalf("the workspace did not open: %v", d.failure.failErr)
	}
	b, err := workspace.NewestBackup(ws)
	if err != nil {
		t.Fatal(err)
	}
	if got := overlayTexts(d.win.Canvas()); !strings.Contains(got, "最后一次修改可能已丢失") || !strings.Contains(got, "最新的备份") {
		t.Errorf("dialog says %q", got)
	}
	label := "打开 " + backupDate(b) + " 的备份"
	restore := overlayButton(d.win.Canvas(), label)
	if restore == nil {
		t.Fatalf("the window offers no %q button", label)
	}
	test.Tap(restore)
	settle(d.jobs)
	if d.sess == nil {
		t.Fatalf("opening the backup failed: %q", overlayTexts(d.win.Canvas()))
	}
	if rv, _ := d.sess.MyReview("taiyuan-2021/01.01.00"); rv.Note != "最后一次修改" {
		t.Fatalf("the backup opened holds %q", rv.Note)
	}
}
