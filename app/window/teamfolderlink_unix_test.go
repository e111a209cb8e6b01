//go:build unix

package window

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// A link in the team folder, named like a colleague's file (here to the
// desk's own workspace), is listed among the files that need a look, with
// why, and offers nothing to open: the link is never followed. Taken out
// of the folder, it goes from the notice.
func TestTeamFolderListsALinkInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	team := t.TempDir()
	link := filepath.Join(team, "taiyuan-2021--k-evil.pledgereview.json")
	if err := os.Symlink(ws, link); err != nil {
		t.Fatal(err)
	}
	d.setTeamFolder(team)
	until(t, d, "the link needs a look", noticeSays(d, func(s string) bool { return strings.HasSuffix(s, " · 1 个文件待查看") }))
	test.Tap(d.teamdir.notice)
	details := squeeze(overlayTexts(d.win.Canvas()))
	if want := squeeze(`taiyuan-2021--k-evil.pledgereview.json 是一个链接，不是文件，未打开`); !strings.Contains(details, want) {
		t.Errorf("the details say %q, want %q", details, want)
	}
	if overlayButton(d.win.Canvas(), "打开…") != nil {
		t.Error("the details offer to open the link")
	}
	d.win.Canvas().Overlays().Top().Hide()
	d.setLanguage(langEn)
	test.Tap(d.teamdir.notice)
	if details, want := squeeze(overlayTexts(d.win.Canvas())), squeeze(`taiyuan-2021--k-evil.pledgereview.json is a link, not a file; it was not opened`); !strings.Contains(details, want) {
		t.Errorf("in English the details say %q, want %q", details, want)
	}
	if got := d.teamdir.notice.Text; !strings.HasSuffix(got, " · 1 file needs a look") {
		t.Errorf("in English the notice says %q, want … · 1 file needs a look", got)
	}
	d.win.Canvas().Overlays().Top().Hide()
	// the link taken out of the folder: the notice drops it at the next pass
	if err := os.Remove(link); err != nil {
		t.Fatal(err)
	}
	until(t, d, "the link taken out of the notice", noticeSays(d, func(s string) bool { return s == "Team folder on" }))
}
