// Package arithwords words the line of arithmetic of a verdict (see
// data/outcome's Step) in the interface's language, for the window and the
// CLI alike: "目标 5%左右，实际 5.4% → 达到" in Chinese, "target about 5%,
// actual 5.4% → met" in English. The figures and the review's words are
// quoted as the reports wrote them; only the words around them change.
package arithwords

import (
	"strings"

	"pledgereview/data"
	"pledgereview/data/outcome"
)

// X is the translation call of the caller: Fyne's lang.X in the window,
// app/internal/lang's in the CLI.
type X func(key, fallback string, data ...any) string

// Line is the steps worded with x, one after another.
func Line(x X, steps []outcome.Step) string {
	parts := make([]string, len(steps))
	for i, s := range steps {
		parts[i] = step(x, s)
	}
	return strings.Join(parts, x("outcomes.arith.sep", "; "))
}

func step(x X, s outcome.Step) string {
	verdict := x("outcomes.arith.met", "met")
	if !s.Met {
		verdict = x("outcomes.arith.missed", "missed")
	}
	if s.Stage != "" {
		return x("outcomes.arith.stage", "pledged {{.Stage}}, reported “{{.Piece}}” → {{.Verdict}}",
			map[string]any{"Stage": stage(x, s.Stage), "Piece": s.Piece, "Verdict": verdict})
	}
	target := figure(x, s.Target)
	if s.Growth != "" {
		target = x("outcomes.arith.growth", "in step with economic growth ({{.Growth}})", map[string]any{"Growth": figure(x, s.Growth)})
	}
	actual := figure(x, s.Actual)
	if s.Converted != "" {
		actual = x("outcomes.arith.converted", "{{.Actual}} (= {{.Converted}})", map[string]any{"Actual": actual, "Converted": s.Converted})
	}
	return x("outcomes.arith.figure", "target {{.Target}}, actual {{.Actual}} → {{.Verdict}}",
		map[string]any{"Target": target, "Actual": actual, "Verdict": verdict})
}

// figure words the word qualifying a quoted figure ("5%左右" → "about 5%");
// a quote that is more than a figure and its word is shown as it is.
func figure(x X, quote string) string {
	f, qual, ok := outcome.Qualified(quote)
	if !ok {
		return quote
	}
	args := map[string]any{"Figure": f, "Quote": quote}
	switch qual {
	case outcome.QualAbout:
		return x("outcomes.fig.about", "about {{.Figure}}", args)
	case outcome.QualOver:
		return x("outcomes.fig.over", "over {{.Figure}}", args)
	case outcome.QualWithin:
		return x("outcomes.fig.within", "within {{.Figure}}", args)
	case outcome.QualAtLeast:
		return x("outcomes.fig.atleast", "at least {{.Figure}}", args)
	case outcome.QualNearly:
		return x("outcomes.fig.nearly", "nearly {{.Figure}}", args)
	}
	return x("outcomes.fig.plain", "{{.Figure}}", args)
}

func stage(x X, s string) string {
	switch s {
	case outcome.StagePrepared:
		return x("outcomes.stage.prepared", "preparatory work")
	case outcome.StageStarted:
		return x("outcomes.stage.started", "construction started")
	}
	return x("outcomes.stage.done", "completed")
}

// Source names where an outcome stands in the later report: "2026 report ·
// part 1 · sentence 3", "2026年报告 · 第一部分 · 第3句".
func Source(x X, later *data.Report, o data.Pledge) string {
	year, chapter, n := outcome.SourceAt(later, o)
	return x("outcomes.source", "{{.Year}} report · part {{.Chapter}} · sentence {{.N}}",
		map[string]any{"Year": year, "Chapter": chapter, "ChapterZh": outcome.ChineseNumber(chapter), "N": n})
}
