package outcome

import (
	"slices"
	"strings"

	"pledgereview/data"
)

// measureUnits measure a quantity (a length, an area, a weight, a
// volume, power), as words that count things (个, 张, 家) do not: a
// sentence of the review seldom gives two figures in one of them, where
// it counts several kinds of things ("新增医疗机构床位超7000张" is no count
// of 护理型床位, "服务站336个" none of 长者食堂).
var measureUnits = []string{"公里", "米", "平方公里", "平方米", "亩", "公顷", "斤", "立方米", "千瓦", "千瓦时", "吨公里"}

// countFor is the figure the outcome reports for a pledged quantity t of
// clause text ("更新改造燃气、供排水等老化管道6000公里以上") where
// actualFor names none: the outcome's only figure in t's unit, one of
// measureUnits, of the year (not over several years, not a share,
// not the start of a span), in a clause that holds a word of t's subject
// ("完成燃气、排水、供水管网改造9436公里"). Rates are left to growthFor.
func countFor(t data.Target, text string, o data.Pledge) (data.Target, bool) {
	unit := figureUnit(text, t)
	if !slices.Contains(measureUnits, unit) {
		return data.Target{}, false
	}
	if w, _ := direction(text, t); w != "" {
		return data.Target{}, false // a change ("增加5000公里"), not a count
	}
	pledged := figureContext(text, t)
	var found []data.Target
	for _, f := range o.Targets {
		if figureUnit(o.Text, f) == unit {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		return data.Target{}, false
	}
	f := found[0]
	clause := clauseBefore(o.Text, f.Quote)
	if opensSpan(o.Text, f) || !sameMeasure(pledged, figureContext(o.Text, f)) || common(workless(t.Subject), clause) == 0 {
		return data.Target{}, false
	}
	if want, have := indicatorsOf(t.Subject), indicatorsOf(clause); len(have) > 0 && !shared(want, have) {
		return data.Target{}, false
	}
	return f, !strings.Contains(clause, "计划")
}
