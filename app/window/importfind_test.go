package window

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestCorrectionListFindsAndSaysWhatChanged: in the lines of 阿坝 2024 the
// reviewer finds a headline by its words, makes it body text, and the list
// of corrections says what that changed; a line number jumps to the line.
func TestCorrectionListFindsAndSaysWhatChanged(t *testing.T) {
	src := corpusFile(t, "cities/aba-2024.docx")
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	ip := importCopy(t, d, src, "aba-2024.docx")
	c := d.win.Canvas()
	ip.tabs.SelectIndex(1)

	test.Type(ip.find, "在筑牢生态屏障")
	ip.find.OnSubmitted(ip.find.Text)
	if ip.sel < 0 || !strings.HasPrefix(ip.lines[ip.sel].Text, "一、在筑牢生态屏障上持续发力") {
		t.Fatalf("find selected line %d", ip.sel)
	}
	line := ip.sel
	tapDialogButton(t, c, "设为正文")
	want := "标题 16 → 15：第 " + strconv.Itoa(line+1) + " 行现为正文"
	if shown := overlayTexts(c); !strings.Contains(shown, want) {
		t.Errorf("the correction list does not say %q:\n%s", want, shown)
	}

	ip.find.SetText("3")
	ip.find.OnSubmitted(ip.find.Text)
	if ip.sel != 2 {
		t.Errorf("line number 3 selected line index %d", ip.sel)
	}
	ip.find.SetText("没有这样的文字")
	ip.find.OnSubmitted(ip.find.Text)
	if shown := overlayTexts(c); !strings.Contains(shown, "没有一行含有“没有这样的文字”") {
		t.Errorf("a search that finds nothing does not say so:\n%s", shown)
	}
}
