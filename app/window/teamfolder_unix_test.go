//go:build unix

package window

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
)

// A team-folder merge whose note for the undo cannot be written (its name
// is one byte longer than a file name may be: the workspace's name is
// long) is shown as merged, with a warning that opens the why: the merge
// can be undone, but the folder merges its files again at the next start.
func TestTeamFolderMergeWithUndoLimited(t *testing.T) {
	a := test.NewTempApp(t)
	_, cfg := tempPaths(t)
	// the backup <stem>-team-merge-<20060102T150405.000000000>.bak fits in
	// 255 bytes with ".mark" after it, not with ".files"
	stem := strings.Repeat("w", 256-len(".files")-len(".bak")-len("20060102T150405.000000000")-len("-team-merge-"))
	ws := filepath.Join(t.TempDir(), stem+".pledgereview")
	d := newTestDesk(t, a, ws, cfg)
	team := t.TempDir()
	zhang := newPeer(t, "张伟")
	zhang.review(t, rev(sp1, data.Behind, map[string]int{"impact": 4}))
	if _, err := zhang.s.TeamFolder(team).Sync(time.Now()); err != nil {
		t.Fatal(err)
	}

	d.setTeamFolder(team)
	until(t, d, "the merge, with its undo limited", noticeSays(d, func(s string) bool {
		return strings.HasPrefix(s, "已合并张伟的 1 条评审 · ") && strings.HasSuffix(s, " · 撤销受限——点此查看原因")
	}))
	if top := d.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog opened on the merge: %q", overlayTexts(d.win.Canvas()))
	}
	if rs := storedReviews(t, d); len(rs) != 1 {
		t.Errorf("the workspace holds %d reviews after the merge, want 1", len(rs))
	}
	test.Tap(d.teamdir.notice)
	if got := squeeze(overlayTexts(d.win.Canvas())); !strings.Contains(got, squeeze("也可以撤销")) || !strings.Contains(got, squeeze("程序下次启动时团队文件夹会再次合并这些文件")) || !strings.Contains(got, "filenametoolong") {
		t.Errorf("the details say %q", got)
	}
}
