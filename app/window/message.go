package window

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/linebreak"
	xwidget "pledgereview/app/internal/widget"
)

// Fyne wraps a label where the width runs out (TextWrapBreak) or at the
// last space (TextWrapWord); it knows no line-breaking rules, so a Chinese
// message can end with its "。" alone on the last line. A word joiner
// (U+2060) does not help: Fyne measures it as zero width but breaks beside
// it all the same. So messages are broken into lines here, by the breaker
// the PDF uses too (app/internal/linebreak), and shown as they are.

// messageMaxWidth is the widest a message grows before it wraps.
const messageMaxWidth float32 = 480

// messageLabel is a label for a message of a few lines: it wraps its text
// to its width by the rules above.
type messageLabel struct {
	widget.Label
	message  string  // the text as given
	wrapped  float32 // the width the text is wrapped to now
	maxWidth float32 // the widest MinSize asks for
}

func newMessageLabel(msg string) *messageLabel {
	l := &messageLabel{message: msg, maxWidth: messageMaxWidth}
	l.Text = msg
	l.ExtendBaseWidget(l)
	return l
}

// newTextLabel is a messageLabel that asks for no width of its own and wraps
// to whatever width its container gives it: for notes, evidence and history
// in columns.
func newTextLabel(text string) *messageLabel {
	l := newMessageLabel(text)
	l.maxWidth = textMinWidth
	return l
}

// textMinWidth is the least width a newTextLabel asks for: a few hanzi, as
// the pledge's text does.
const textMinWidth = xwidget.TextMinWidth

// SetMessage shows another message.
func (l *messageLabel) SetMessage(msg string) {
	l.message = msg
	l.wrapped = -1
	l.wrapTo(l.Size().Width)
}

// SetText is SetMessage, so that a messageLabel can stand where a wrapping
// widget.Label stood.
func (l *messageLabel) SetText(text string) { l.SetMessage(text) }

// MinSize is as wide as the message, up to its maxWidth, and as high as
// its lines wrapped to that width or the width it has.
func (l *messageLabel) MinSize() fyne.Size {
	pad := 2 * l.Theme().Size(theme.SizeNameInnerPadding)
	natural := float32(0)
	for _, para := range strings.Split(l.message, "\n") {
		natural = max(natural, l.measure(para))
	}
	w := min(natural+pad, l.maxWidth)
	l.wrapTo(max(w, l.Size().Width))
	return fyne.NewSize(w, l.Label.MinSize().Height)
}

func (l *messageLabel) Resize(s fyne.Size) {
	l.wrapTo(s.Width)
	l.Label.Resize(s)
}

func (l *messageLabel) measure(s string) float32 {
	size := theme.SizeNameText
	if l.SizeName != "" {
		size = l.SizeName
	}
	return fyne.MeasureText(s, l.Theme().Size(size), l.TextStyle).Width
}

// wrapTo breaks the message into lines that fit a label of width w.
func (l *messageLabel) wrapTo(w float32) {
	if w == l.wrapped {
		return
	}
	l.wrapped = w
	text := l.message
	if inner := w - 2*l.Theme().Size(theme.SizeNameInnerPadding); inner > 0 {
		text = wrapMessage(l.message, inner, l.measure)
	}
	if text != l.Text {
		l.Label.SetText(text)
	}
}

// wrapMessage breaks text into lines no wider than width, by the rules of
// the line breaker.
func wrapMessage(text string, width float32, measure func(string) float32) string {
	lines := linebreak.Lines(text, float64(width), func(s string) float64 { return float64(measure(s)) })
	return strings.Join(lines, "\n")
}

// showMessage shows a message in a dialog with an OK button, wrapped as
// Chinese is wrapped (dialog.ShowInformation can leave a "。" alone on a
// line).
func showMessage(title, msg string, w fyne.Window) dialog.Dialog {
	dlg := newMessage(title, msg, w)
	dlg.Show()
	return dlg
}

// newMessage is showMessage's dialog, not yet shown. Enter and Esc close
// it, as its one button does: a dialog with one button has no focused
// widget to hear them. The keys are taken here, before a caller adds its
// own close callback, so that they are given back before that callback
// runs (it may show the next dialog, which takes them anew).
func newMessage(title, msg string, w fyne.Window) dialog.Dialog {
	dlg := dialog.NewCustom(title, lang.X("ok", "OK"), newMessageLabel(msg), w)
	onDialogKeys(w, dlg, dlg.Hide)
	return dlg
}

// caption is a wrapped label in the caption size.
func caption(text string) *messageLabel {
	l := newMessageLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}
