package widget

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/app/internal/linebreak"
)

// WrappedText is a RichText of inline text segments (a pledge's text with
// its targets and deadline in colour) broken into lines by the line
// breaker (app/internal/linebreak, which the PDF uses too) instead of by
// Fyne's TextWrapBreak, which puts a closing quote or a "。" at a line
// start. The theme has one font for every style, so the text is measured
// as one string.
type WrappedText struct {
	widget.RichText
	segs    []*widget.TextSegment // the text as given
	wrapped float32               // the width the text is wrapped to now
}

// TextMinWidth is the least width a text that wraps to its column asks
// for: a few hanzi.
const TextMinWidth float32 = 60

// NewWrappedText makes an empty WrappedText; SetSegments gives it text.
func NewWrappedText() *WrappedText {
	t := &WrappedText{wrapped: -1}
	t.Scroll = fyne.ScrollNone // as widget.NewRichText has it; the zero value scrolls
	t.ExtendBaseWidget(t)
	return t
}

// SetSegments shows other text segments.
func (t *WrappedText) SetSegments(segs []*widget.TextSegment) {
	t.segs = segs
	t.wrapped = -1
	t.wrapTo(t.Size().Width)
}

// MinSize asks for a few hanzi of width and the height of the lines
// wrapped to the width it has.
func (t *WrappedText) MinSize() fyne.Size {
	t.wrapTo(t.Size().Width)
	return fyne.NewSize(TextMinWidth, t.RichText.MinSize().Height)
}

func (t *WrappedText) Resize(s fyne.Size) {
	t.wrapTo(s.Width)
	t.RichText.Resize(s)
}

// wrapTo breaks the segments into lines that fit width w: each segment
// keeps its style, and a "\n" is put where a line ends.
func (t *WrappedText) wrapTo(w float32) {
	if w == t.wrapped {
		return
	}
	t.wrapped = w
	var all strings.Builder
	for _, s := range t.segs {
		all.WriteString(s.Text)
	}
	text := all.String()
	spans := []linebreak.Span{{Start: 0, End: len(text)}}
	if inner := w - 2*t.Theme().Size(theme.SizeNameInnerPadding); inner > 0 && len(t.segs) > 0 {
		spans = linebreak.Spans(text, float64(inner), t.measurer())
	}
	t.Segments = breakSegments(text, t.segs, spans)
	t.Refresh()
}

// measurer measures text at the size of the first segment.
func (t *WrappedText) measurer() linebreak.Measure {
	size := t.Theme().Size(theme.SizeNameText)
	if n := t.segs[0].Style.SizeName; n != "" {
		size = t.Theme().Size(n)
	}
	return func(s string) float64 { return float64(fyne.MeasureText(s, size, fyne.TextStyle{}).Width) }
}

// breakSegments cuts segments, which together hold text, at the lines
// spans: a segment keeps the parts of its text inside the spans, and the
// part that starts a line starts with "\n".
func breakSegments(text string, segs []*widget.TextSegment, spans []linebreak.Span) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	at, line := 0, 0 // where the segment starts in text; the line written last
	for _, s := range segs {
		from, to := at, at+len(s.Text)
		at = to
		var b strings.Builder
		for k, sp := range spans {
			lo, hi := max(from, sp.Start), min(to, sp.End)
			if lo >= hi {
				continue
			}
			b.WriteString(strings.Repeat("\n", k-line))
			b.WriteString(text[lo:hi])
			line = k
		}
		c := *s
		c.Text = b.String()
		out = append(out, &c)
	}
	return out
}
