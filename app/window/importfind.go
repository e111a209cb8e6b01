package window

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

// findRow is the search field above the lines of the import preview: a
// line number jumps to that line, words go to the next line holding them.
func (ip *importPreview) findRow() fyne.CanvasObject {
	ip.find = widget.NewEntry()
	ip.find.SetPlaceHolder(lang.X("import.find", "Go to line number, or find words in the lines (Enter for the next)"))
	ip.find.OnSubmitted = ip.onFindSubmitted
	return container.NewBorder(nil, nil, nil, widget.NewButton(lang.X("import.find.next", "Find"), func() { ip.onFindSubmitted(ip.find.Text) }), ip.find)
}

// onFindSubmitted selects and shows the line asked for: its number, or the
// next line after the selected one holding the words, from the top again
// at the end.
func (ip *importPreview) onFindSubmitted(q string) {
	q = strings.TrimSpace(q)
	if q == "" || len(ip.lines) == 0 {
		return
	}
	if n, err := strconv.Atoi(q); err == nil {
		ip.goToLine(min(max(n, 1), len(ip.lines)) - 1)
		return
	}
	for k := 1; k <= len(ip.lines); k++ {
		i := (ip.sel + k) % len(ip.lines)
		if ip.sel < 0 {
			i = k - 1
		}
		if strings.Contains(ip.lines[i].Text, q) {
			ip.goToLine(i)
			return
		}
	}
	ip.line.SetText(lang.X("import.find.none", "No line holds “{{.Q}}”.", map[string]any{"Q": q}))
}

func (ip *importPreview) goToLine(i int) {
	ip.list.ScrollTo(i)
	ip.list.Select(i)
}

// counts are what a correction may change in a report.
type counts struct{ chapters, headlines, pledges int }

func countsOf(r *data.Report) counts {
	c, h, p := r.Count()
	return counts{c, h, p}
}

// effect says what a correction changed, in the counts that moved and what
// the line now is: "headlines 31 → 23; line 88 is now Pledges".
func effect(before, after counts, line int, mk string) string {
	var parts []string
	for _, c := range []struct {
		what string
		a, b int
	}{
		{lang.X("import.effect.chapters", "chapters"), before.chapters, after.chapters},
		{lang.X("import.effect.headlines", "headlines"), before.headlines, after.headlines},
		{lang.X("import.effect.pledges", "pledges"), before.pledges, after.pledges},
	} {
		if c.a != c.b {
			parts = append(parts, c.what+" "+strconv.Itoa(c.a)+" → "+strconv.Itoa(c.b))
		}
	}
	now := lang.X("import.effect.line", "line {{.N}} is now {{.What}}", map[string]any{"N": line + 1, "What": makeLabel(mk)})
	if len(parts) == 0 {
		return lang.X("import.effect.same", "{{.Line}}; no count changed", map[string]any{"Line": now})
	}
	return strings.Join(parts, lang.X("import.effect.sep", ", ")) + lang.X("import.effect.colon", ": ") + now
}
