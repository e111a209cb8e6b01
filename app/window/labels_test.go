package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// labelText is the text a label shows: a plain label's text, or a
// messageLabel's message before it is wrapped.
func labelText(o fyne.CanvasObject) (string, bool) {
	switch l := o.(type) {
	case *messageLabel:
		return l.message, l.Visible()
	case *widget.Label:
		return l.Text, l.Visible()
	}
	return "", false
}

// afterWrapBreaks lists the runes that start a line because wrapping broke
// it there: wrapped is message with line breaks put in (a space at a break
// may become the break).
func afterWrapBreaks(message, wrapped string) []rune {
	var out []rune
	m, w := []rune(message), []rune(wrapped)
	for i, j := 0, 0; j < len(w); j++ {
		if i < len(m) && m[i] == w[j] {
			i++
			continue
		}
		if w[j] == '\n' {
			if i < len(m) && m[i] == ' ' {
				i++
			}
			if j+1 < len(w) {
				out = append(out, w[j+1])
			}
		}
	}
	return out
}
