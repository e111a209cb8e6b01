package window

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// The export dialog offers the pack's language: 中文 in the Chinese
// interface, English in the English one, both when chosen; the PDF says
// its own words in that language only.
func TestExportPackLanguage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: make deps-test installs it (poppler-utils)")
	}
	for _, c := range []struct {
		ui, choose, offered string
		want, not           []string
	}{
		{langZh, "", "中文", []string{"目录", "方法附录"}, []string{"Contents", "Method annex"}},
		{langEn, "", "English", []string{"Contents", "Method annex"}, []string{"目录", "方法附录"}},
		{langZh, "中文 + English", "中文", []string{"目录", "Contents"}, nil},
	} {
		t.Run(c.ui+"/"+c.choose, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, c.ui)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			x := exportDialogOf(t, d)
			if x.lang.Selected != c.offered {
				t.Errorf("the dialog offers %q, want %q", x.lang.Selected, c.offered)
			}
			if c.choose != "" {
				x.lang.SetSelected(c.choose)
			}
			path := filepath.Join(t.TempDir(), "pack.pdf")
			x.target.entry.SetText(path)
			test.Tap(x.exportBtn)
			settle(d.jobs)
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-l", "3", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("the pack lacks %q", w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(string(out), w) {
					t.Errorf("the pack says %q", w)
				}
			}
			if got := a.Preferences().String(prefExportLang); got != packLang(x.lang).String() {
				t.Errorf("the language %q is not remembered (%q)", x.lang.Selected, got)
			}
		})
	}
}
