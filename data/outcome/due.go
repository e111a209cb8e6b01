package outcome

import (
	"regexp"
	"strconv"
	"strings"

	"pledgereview/data"
)

// A pledge may set a target for a year after the one it is made for
// ("力争2027年建成6个万亿级产业", "到2027年…"): the next year's review, on
// the year past, can report how far it got, never that it was met or
// missed; its figures are often the totals of a five-year review.

// dueYearRE finds a year a pledge sets a target for: "到2027年", "力争
// 2027年建成", "2027年底前"; not a year named only as a goal beside the
// year's ("兼顾“十五”计划和2020年奋斗目标，今年…").
var dueYearRE = regexp.MustCompile(`(?:到|至|力争|争取|确保|预计|计划|于)((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年(?:底|末|前|内|全面|基本|建成|完成|实现|达到|突破)`)

// dueLater tells whether text, a pledge or a clause of it, sets its
// target for a year after reviewed, the year the review reports on: it
// names such a year as the one it is due, or holds the pledge's own time words (deadline) and
// they fall due after it. False when the reviewed year is not known.
func dueLater(text string, deadline *data.Deadline, reviewed int) bool {
	if reviewed <= 0 {
		return false
	}
	for _, m := range dueYearRE.FindAllStringSubmatchIndex(text, -1) {
		if spanEnd(text[:m[0]]) {
			continue // "2025年至2027年每年…": a target of every year of the span, this one's too
		}
		year := text[max(m[2], 0):max(m[3], 0)] + text[max(m[4], 0):max(m[5], 0)]
		if y, _ := strconv.Atoi(year); y > reviewed {
			return true
		}
	}
	if deadline == nil || deadline.Raw == "" || len(deadline.Due) < 4 || !strings.Contains(text, deadline.Raw) {
		return false
	}
	y, err := strconv.Atoi(deadline.Due[:4])
	return err == nil && y > reviewed
}

// holdOff makes a figure's met or missed unclear for a target not yet
// due (see dueLater): the outcome stays linked, as the progress so far,
// with no arithmetic that would judge it.
func holdOff(j *Judgement) {
	if j.Verdict != Met && j.Verdict != Missed {
		return
	}
	j.Verdict, j.Arithmetic, j.Steps = Unclear, "", nil
	j.Target, j.Actual, j.figure = "", "", nil
}

// spanStartRE ends the text before a year that closes a span of years:
// the year that opens it ("2025年" of "2025年至2027年").
var spanStartRE = regexp.MustCompile(`(?:19|20)[0-9]{2}年$`)

// spanEnd tells whether the due year found after before closes a span
// that opens on a year ("2025年至2027年").
func spanEnd(before string) bool {
	return spanStartRE.MatchString(before)
}
