package window

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pledgereview/app/internal/linebreak"
)

// benchNote is a long Chinese note of the kind a reviewer writes under a
// pledge: a few sentences with numbers, quotes and book titles, twelve times.
var benchNote = strings.Repeat("全年新增城镇就业4.5万人，城镇调查失业率控制在5.5%以内；"+
	"打造“太原智造”新名片，出台《关于加快数字经济发展的实施意见》，年底5G基站达到5000座以上。", 12)

// BenchmarkMessageLabelWrap wraps a long note to a column of 300 px and
// to a pane of 900 px, as a newTextLabel does on every resize. Each round
// numbers the note anew, so that Fyne's cache of measured strings does not
// hide the cost of measuring.
func BenchmarkMessageLabelWrap(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(newDeskTheme(""))
	for _, width := range []float32{300, 900} {
		b.Run(fmt.Sprint(width), func(b *testing.B) {
			l := newTextLabel(benchNote)
			l.Resize(fyne.NewSize(width, 100))
			i := 0
			for b.Loop() {
				i++
				l.SetMessage(strconv.Itoa(i) + benchNote)
			}
			if !strings.Contains(l.Text, "\n") {
				b.Fatal("the note was not wrapped")
			}
		})
	}
}

// TestMessageLabelLines wraps notes in a label of the desk's theme (the
// bundled CJK font) and reads the lines the label shows: each fits the
// label, none starts with closing punctuation or ends with opening
// punctuation, English breaks only at spaces, and nothing but the spaces
// at a break is lost.
func TestMessageLabelLines(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newDeskTheme(""))
	for _, c := range []struct {
		text  string
		width float32
	}{
		{benchNote, 300},
		{"这个工作区已在另一个窗口或程序中打开。请在那里关闭它，或者打开另一个工作区。", 240},
		{"The review is done but not sent: export it as a review file and send it to your colleagues.", 200},
		{"文件 /home/reviewer/Documents/very/long/path/taiyuan-2021.pledgereview 无法打开：“格式不对”。", 220},
	} {
		l := newTextLabel(c.text)
		l.Resize(fyne.NewSize(c.width, 400))
		inner := c.width - 2*theme.InnerPadding()
		lines := strings.Split(l.Text, "\n")
		if len(lines) < 2 {
			t.Errorf("%q is not wrapped at %v px: %q", c.text, c.width, l.Text)
		}
		for k, line := range lines {
			if w := l.measure(line); w > inner+0.5 {
				t.Errorf("line %q is %.1f px wide in %.1f", line, w, inner)
			}
			rs := []rune(line)
			if k > 0 && linebreak.NoLineStart(rs[0]) {
				t.Errorf("line %q starts with %q", line, rs[0])
			}
			if k+1 < len(lines) && linebreak.NoLineEnd(rs[len(rs)-1]) {
				t.Errorf("line %q ends with %q", line, rs[len(rs)-1])
			}
		}
		if strings.HasPrefix(c.text, "The ") {
			if got := strings.Join(lines, " "); got != c.text {
				t.Errorf("English broken inside a word:\n%q", lines)
			}
		} else if noSpace(strings.Join(lines, "")) != noSpace(c.text) {
			t.Errorf("lines %q lose text of %q", lines, c.text)
		}
	}
}

func noSpace(s string) string { return strings.ReplaceAll(s, " ", "") }
