package window

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// maxDetailRunes bounds the pledge text the detail pane lays out. It is
// above the import's cap on a pledge (parse.MaxSentenceRunes, 1500), so
// every pledge imported now shows whole; a longer one, imported before
// pledges were bounded, shows its start: laying out a million characters
// held a core for minutes.
const maxDetailRunes = 2000

// maxRowRunes bounds the text of a list row, which shows one line of it.
const maxRowRunes = 300

// clip returns the first limit characters of s, and the number of
// characters of s when it is longer (else 0).
func clip(s string, limit int) (string, int) {
	n, cut := 0, len(s)
	for i := range s {
		if n == limit {
			cut = i
		}
		n++
	}
	if n <= limit {
		return s, 0
	}
	return s[:cut], n
}

// clippedNote is the segment that closes a text shown cut short: how long
// the whole is.
func clippedNote(all, shown int) *widget.TextSegment {
	return &widget.TextSegment{
		Text: "… " + lang.X("detail.clipped", "(the text has {{.All}} characters; the first {{.Shown}} are shown)",
			map[string]any{"All": all, "Shown": shown}),
		Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameSubHeadingText},
	}
}

// oneLine is s on one line: a line break of the source (a scraped report
// breaks sentences where its page did) would make a row of one line two,
// drawn over the next.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
