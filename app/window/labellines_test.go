package window

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wordEdge is the run of letters and digits that ends (end) or starts a
// line.
func wordEdge(line string, end bool) string {
	rs := []rune(strings.TrimSpace(line))
	word := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	if end {
		i := len(rs)
		for i > 0 && word(rs[i-1]) {
			i--
		}
		return string(rs[i:])
	}
	i := 0
	for i < len(rs) && word(rs[i]) {
		i++
	}
	return string(rs[:i])
}

// splitWords lists the words or numbers of text that its lines cut
// between characters although the word fits the width.
func splitWords(text string, lines []string, width float32, measure func(string) float32) []string {
	var bad []string
	for k := 1; k < len(lines); k++ {
		a, b := wordEdge(lines[k-1], true), wordEdge(lines[k], false)
		if a == "" || b == "" || !strings.Contains(text, a+b) {
			continue
		}
		if measure(a+b) <= width {
			bad = append(bad, lines[k-1]+"⏎"+lines[k])
		}
	}
	return bad
}

// The window's wrapped labels (the detail, the review form, the three
// reviewers side by side, the legend) at 1280×800 and 1024×640, in Chinese
// and in English: no line starts with closing punctuation or ends with
// opening punctuation, and no word or number that fits a line is cut
// ("D|elete", "2022-0|2-01"); the reviewers' names and the evidence date are
// drawn whole.
func TestWindowLabelLines(t *testing.T) {
	for _, lng := range []string{langZh, langEn} {
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 640}} {
			t.Run(lng+"/"+sizeName(size), func(t *testing.T) {
				a := test.NewTempApp(t)
				ws, cfg := tempPaths(t)
				d := newTestDesk(t, a, ws, cfg)
				li, wang := threeColleagues(t, d)
				mergeThrough(t, d, li, wang)
				closeOverlays(d)
				d.setLanguage(lng)
				d.selectPledge(sp1)
				d.win.Resize(size.SubtractWidthHeight(0, 1))
				d.win.Resize(size)
				checked := checkLabelLines(t, d.win.Content())
				if checked < 20 {
					t.Errorf("only %d wrapped labels shown", checked)
				}
				drawn := drawnTexts(d.views.side.rows)
				if !containsTrimmed(drawn, "2022-02-01") {
					t.Errorf("the evidence date is not drawn whole: %q", drawn)
				}
				for _, h := range sideHeads(d.views.side) {
					if strings.Contains(h, "…") {
						t.Errorf("a reviewer's name is cut: %q", h)
					}
				}
				if heads := sideHeads(d.views.side); len(heads) != 3 {
					t.Errorf("side by side heads %q, want 3", heads)
				}
			})
		}
	}
}

// In English at 1024×640 the sentences of the sidebar legend, of a wrong
// date under the filters and of the empty list's hint break at spaces
// ("e|ach", "o|ff" and "ple|dges" were shown), and start no line with
// closing punctuation.
func TestWindowSentenceLinesInEnglish(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.setLanguage(langEn)
	size := fyne.NewSize(1024, 640)
	relayout := func() { // as the window's driver does after a change
		d.win.Resize(size.SubtractWidthHeight(0, 1))
		d.win.Resize(size)
	}
	relayout()
	shows := func(t *testing.T, l *messageLabel, want string) {
		t.Helper()
		relayout()
		if !visibleInWindow(l) || !strings.Contains(l.message, want) {
			t.Fatalf("%q is not shown (visible %v, size %v): %q", want, l.Visible(), l.Size(), l.message)
		}
		if checkLabelLines(t, l) != 1 {
			t.Errorf("%q is not read", l.message)
		}
		if lines := shownLines(l); len(lines) < 2 {
			t.Errorf("%q fits one line, so its breaks go unchecked: %q", l.message, lines)
		}
	}
	t.Run("legend", func(t *testing.T) {
		var head *messageLabel
		for _, o := range test.LaidOutObjects(d.views.tree.box) {
			if l, ok := o.(*messageLabel); ok && strings.HasPrefix(l.message, "Figures") {
				head = l
			}
		}
		if head == nil {
			t.Fatal("no legend under the tree")
		}
		shows(t, head, "each as wide as its share")
	})
	t.Run("wrong date", func(t *testing.T) {
		d.views.bar.deadline.SetText("2021-13-4")
		shows(t, d.views.bar.badDate, "2021-13-4")
		checkLabelLines(t, d.win.Content())
	})
	t.Run("no pledge passes", func(t *testing.T) {
		d.views.bar.deadline.SetText("1900-01-01")
		if n := d.views.list.list.Length(); n != 0 {
			t.Fatalf("the list shows %d pledges due before 1900", n)
		}
		shows(t, d.views.detail.hint, "pledge")
		checkLabelLines(t, d.win.Content())
	})
}

func sizeName(s fyne.Size) string {
	return fmt.Sprintf("%.0fx%.0f", s.Width, s.Height)
}

func containsTrimmed(ss []string, want string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) == want {
			return true
		}
	}
	return false
}

// checkLabelLines reads every shown label under o that wraps (by the line
// breaker or by Fyne) and reports bad lines; it returns how many it read.
func checkLabelLines(t *testing.T, o fyne.CanvasObject) int {
	t.Helper()
	n := 0
	for _, obj := range test.LaidOutObjects(o) {
		var text string
		var l *widget.Label
		switch x := obj.(type) {
		case *messageLabel:
			text, l = x.message, &x.Label
		case *widget.Label:
			if x.Wrapping == fyne.TextWrapOff {
				continue
			}
			text, l = x.Text, x
		default:
			continue
		}
		if !visibleInWindow(obj) || text == "" {
			continue
		}
		n++
		lines := shownLines(obj)
		for _, bad := range badLineEdges(lines) {
			t.Errorf("%q shows %q", text, bad)
		}
		size := theme.TextSize()
		if l.SizeName != "" {
			size = l.Theme().Size(l.SizeName)
		}
		measure := func(s string) float32 { return fyne.MeasureText(s, size, l.TextStyle).Width }
		inner := l.Size().Width - 2*l.Theme().Size(theme.SizeNameInnerPadding)
		for _, bad := range splitWords(text, lines, inner, measure) {
			t.Errorf("%q cuts a word: %q", text, bad)
		}
	}
	return n
}

// visibleInWindow is whether o and all that holds it are shown.
func visibleInWindow(o fyne.CanvasObject) bool {
	return o.Visible() && o.Size().Width > 0
}
