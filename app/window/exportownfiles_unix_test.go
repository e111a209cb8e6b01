//go:build unix

package window

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExportDialogsRefuseOwnFiles: the pack, the spreadsheet and the review
// file exports of the window refuse a file name that leads, through a link,
// to the workspace or to the identity key: the reviewer is told why and the
// files stay as they were (issue 20, item 8).
func TestExportDialogsRefuseOwnFiles(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	key := filepath.Join(cfg, "identity.key")
	exports := map[string]func(path string){
		"pack": func(path string) {
			x := exportDialogOf(t, d)
			x.target.entry.SetText(path)
			test.Tap(x.exportBtn)
		},
		"table": func(path string) {
			td := d.showTableDialog()
			td.target.entry.SetText(path)
			test.Tap(td.exportBtn)
		},
		"review file": func(path string) {
			x := d.openReviewExport(false)
			x.target.entry.SetText(path)
			test.Tap(overlayButton(d.win.Canvas(), "导出"))
		},
	}
	for what, fn := range exports {
		for _, guarded := range []string{ws, key} {
			link := filepath.Join(t.TempDir(), "out"+map[string]string{"pack": ".pdf", "table": ".xlsx", "review file": ".json"}[what])
			if err := os.Symlink(guarded, link); err != nil {
				t.Fatal(err)
			}
			before, err := os.ReadFile(guarded)
			if err != nil {
				t.Fatal(err)
			}
			fn(link)
			got := waitExport(t, d)
			if !strings.Contains(got, "导出失败") || !strings.Contains(got, "承诺评审自己的文件") {
				t.Errorf("%s onto a link to %s: the window says %q", what, filepath.Base(guarded), got)
			}
			if after, _ := os.ReadFile(guarded); !bytes.Equal(after, before) {
				t.Errorf("%s onto a link to %s changed it", what, filepath.Base(guarded))
			}
			closeOverlays(d)
		}
	}
}
