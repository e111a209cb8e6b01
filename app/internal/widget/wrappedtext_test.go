package widget

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Golden images, light and dark: a pledge's text with its target and
// deadline in colour, wrapped by the line breaker. No line starts with
// closing punctuation, and each segment keeps its colour across the break.
// To make them again after an intended change: delete
// testdata/wrappedtext, run the test, look at testdata/failed/wrappedtext
// and move them in place.
func TestWrappedTextGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		t.Run(c.name, func(t *testing.T) {
			txt := NewWrappedText()
			plain := widget.RichTextStyleInline
			target := widget.RichTextStyleInline
			target.ColorName = theme.ColorNamePrimary
			deadline := widget.RichTextStyleInline
			deadline.ColorName = theme.ColorNameWarning
			txt.SetSegments([]*widget.TextSegment{
				{Text: "年内新建城市公共充电桩", Style: plain},
				{Text: "5000座", Style: target},
				{Text: "，“十四五”期间累计完成投资", Style: plain},
				{Text: "120亿元", Style: target},
				{Text: "，力争", Style: plain},
				{Text: "2021年底前", Style: deadline},
				{Text: "全部投入使用。", Style: plain},
			})
			w := newGoldenWindowIn(t, txt, fyne.NewSize(220, 140), c.dark)
			lines := drawnLines(txt)
			if len(lines) < 3 {
				t.Fatalf("the text is not wrapped at 220: %q", lines)
			}
			for _, l := range lines[1:] {
				if strings.HasPrefix(l, "。") || strings.HasPrefix(l, "，") || strings.HasPrefix(l, "”") {
					t.Errorf("a line starts with closing punctuation: %q in %q", l, lines)
				}
			}
			assertGolden(t, "wrappedtext/"+c.name+".png", w)
		})
	}
}
