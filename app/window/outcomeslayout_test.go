package window

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pledgereview/data/outcome"
)

// TestOutcomesViewLayout, on Gansu's 02.00.07 (six targets in one
// sentence): its text wraps by character with no line of one character;
// the clause lines are at the normal text size, each naming the sentence
// its figure came from (第N句, in English "(sentence N)"); the list row that does not fit ends with "…";
// after a switch to filter 2 the block below the pledge moves up to it,
// no empty line left between.
func TestOutcomesViewLayout(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	_, v := gansuView(t, a, ws, cfg, true)
	v.win.Resize(fyne.NewSize(1180, 760))
	row, _ := selectLinkOf(t, v, v.pair, "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右")
	k := v.pair.Links[v.rows[row]]

	lines := shownLines(v.pledge)
	if len(lines) < 2 {
		t.Fatalf("the pledge shows %d lines: %q", len(lines), lines)
	}
	for _, l := range lines {
		if len([]rune(strings.TrimSpace(l))) <= 1 {
			t.Errorf("a line of one character in the pledge's text: %q", lines)
			break
		}
	}

	if v.clauses.SizeName != "" && v.clauses.SizeName != theme.SizeNameText {
		t.Errorf("the clause lines are at size %q, not the text's", v.clauses.SizeName)
	}
	clauses := strings.Split(v.clauses.message, "\n")
	if len(clauses) != len(k.Targets) {
		t.Fatalf("%d clause lines for %d targets: %q", len(clauses), len(k.Targets), clauses)
	}
	for n, c := range k.Targets {
		if c.Best == nil {
			continue
		}
		_, _, at := outcome.SourceAt(v.pair.To, c.Best.Outcome)
		if want := fmt.Sprintf(" (sentence %d)", at); !strings.HasSuffix(clauses[n], want) {
			t.Errorf("clause line %q does not end with %q", clauses[n], want)
		}
	}

	var drawn string
	for _, s := range drawnTexts(v.list) {
		if strings.Contains(s, "02.00.07") {
			drawn = s
		}
	}
	if full := v.rowLine(v.rows[row]); !strings.HasSuffix(drawn, "…") || !strings.HasPrefix(full, strings.TrimSuffix(drawn, "…")) {
		t.Errorf("the row of 02.00.07 is drawn %q, of %q", drawn, full)
	}

	v.key(fyne.Key2)
	pad := theme.Padding()
	at := func(o fyne.CanvasObject) float32 { return a.Driver().AbsolutePositionForObject(o).Y }
	below := func(o fyne.CanvasObject) float32 { return at(o) + o.Size().Height }
	if at(v.chip) > below(v.pledge)+pad*4+1 {
		t.Errorf("after filter 2 the verdict sits at %v, the pledge ends at %v", at(v.chip), below(v.pledge))
	}
	var next *messageLabel // the first line with words below the outcome
	for _, l := range []*messageLabel{v.source, v.arithmetic, v.clauses, v.candidates} {
		if l.Visible() && l.message != "" {
			next = l
			break
		}
	}
	if next == nil {
		t.Fatal("after filter 2 nothing is said below the outcome")
	}
	if at(next) > below(v.outcomeText)+pad+1 {
		t.Errorf("after filter 2 an empty gap of %v between the outcome and %q", at(next)-below(v.outcomeText), next.message)
	}
}

// TestOutcomesRowsOneLine: a pledge whose text holds a line break of its
// source (national 2021's 02.00.21, "根据《⏎中共中央关于…") is one row
// line, cut with "…", not drawn over the rows below it.
func TestOutcomesRowsOneLine(t *testing.T) {
	o := openOutcomes(t, langEn, "national/2021-state-council.txt", "national/2022-state-council.txt")
	pair, v := o.pair, o.v
	row, id := selectLinkOf(t, v, pair, "根据《\n中共中央关于制定国民经济和社会发展第十四个五年规划")
	v.list.ScrollTo(row)
	short := strings.TrimPrefix(id, pair.From.ID+"/")
	var drawn []string
	for _, s := range drawnTexts(v.list) {
		if strings.Contains(s, short) {
			drawn = append(drawn, s)
		}
	}
	if len(drawn) != 1 || !strings.HasSuffix(drawn[0], "…") {
		t.Errorf("the row of %s is drawn as %q, not one line ending with \"…\"", short, drawn)
	}
}
