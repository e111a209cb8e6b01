package window

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// overlayWords lists the texts of the labels and buttons of the top dialog.
func overlayWords(c fyne.Canvas) []string {
	top := c.Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	for _, o := range test.LaidOutObjects(top) {
		if s, ok := labelText(o); ok {
			out = append(out, s)
		}
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestFileChooserSpeaksChinese(t *testing.T) {
	for _, c := range []struct {
		lang          string
		want, notWant []string
	}{
		{langZh, []string{"打开文件", "主目录", "打开", "取消"}, []string{"打开 文件", "Home", "Computer", "Open", "Cancel"}},
		{langEn, []string{"Open a file", "Home", "Open", "Cancel"}, []string{"主目录", "计算机", "Open File"}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefLanguage, c.lang)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			d.chooseFile([]string{".json"}, t.TempDir(), func(string) {})
			words := overlayWords(d.win.Canvas())
			want := c.want
			if c.lang == langZh && runtime.GOOS != "windows" {
				want = append(want, "计算机")
			}
			for _, w := range want {
				if !slices.Contains(words, w) {
					t.Errorf("the file chooser does not show %q: %q", w, words)
				}
			}
			for _, w := range c.notWant {
				if slices.Contains(words, w) {
					t.Errorf("the file chooser shows %q: %q", w, words)
				}
			}
		})
	}
}

// Fyne's own dialogs say 确定, not 好.
func TestFyneDialogsSpeakChinese(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	dialog.ShowError(errors.New("x"), d.win)
	if words := overlayWords(d.win.Canvas()); !slices.Contains(words, "确定") || slices.Contains(words, "好") {
		t.Errorf("Fyne's error dialog shows %q", words)
	}
}

// A confirmation names its action and Cancel, never 是/不: Esc cancels,
// Enter takes the action.
func TestReplaceAsksWithItsVerb(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	path := filepath.Join(t.TempDir(), "pack.pdf")
	old := []byte("%PDF-1.4 last week's pack")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	x := exportDialogOf(t, d)
	x.target.entry.SetText(path)

	test.Tap(x.exportBtn)
	c := d.win.Canvas()
	words := overlayWords(c)
	for _, w := range []string{"替换", "取消"} {
		if !slices.Contains(words, w) {
			t.Errorf("the question has no %q button: %q", w, words)
		}
	}
	for _, w := range []string{"是", "不", "否"} {
		if slices.Contains(words, w) {
			t.Errorf("the question has a %q button: %q", w, words)
		}
	}
	pressKey(d, fyne.KeyEscape)
	if got, _ := os.ReadFile(path); string(got) != string(old) || slices.Contains(overlayWords(c), "替换") {
		t.Fatalf("Esc did not cancel: file %q, dialog %q", got, overlayTexts(c))
	}
	if !strings.Contains(overlayTexts(c), "简报将包含") {
		t.Errorf("Esc did not go back to the export dialog: %q", overlayTexts(c))
	}

	test.Tap(x.exportBtn)
	pressKey(d, fyne.KeyReturn)
	settle(d.jobs)
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "%PDF") || string(got) == string(old) {
		t.Errorf("Enter did not replace the file: %q", got[:min(len(got), 20)])
	}
}
