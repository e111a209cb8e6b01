package outcome

import (
	"strconv"

	"pledgereview/data"
)

// A figure's magnitude (万, 亿, 万亿) is already in its value: "8000万千瓦"
// and "1.2亿千瓦" are both kilowatts, "3.5万亿元" and "800亿元" both yuan.
// What is left are measure words of one quantity with a factor between
// them: grain pledged in 斤 and reported in 吨 (1吨 = 2000斤).

// unitScale folds a measure word to the one it is compared in and the
// factor from it: 吨 to 斤 ×2000, 公斤 to 斤 ×2, 千米 to 公里, 台 to 部, 户 to
// 家 (lifts, enterprises).
var unitScale = map[string]struct {
	base   string
	factor float64
}{
	"吨": {"斤", 2000}, "公斤": {"斤", 2}, "千克": {"斤", 2},
	"千米": {"公里", 1}, "平方千米": {"平方公里", 1}, "平米": {"平方米", 1},
	"台": {"部", 1}, "辆": {"部", 1}, "户": {"家", 1}, "％": {"%", 1},
}

// unitOf is the measure word u is compared in.
func unitOf(u string) string {
	if s, ok := unitScale[u]; ok {
		return s.base
	}
	return u
}

// baseValue is t's value in the measure word of unitOf.
func baseValue(t data.Target) float64 {
	if s, ok := unitScale[t.Unit]; ok {
		return t.Value * s.factor
	}
	return t.Value
}

// inUnitOf is a's value in the measure word of t (the two in one unit
// after unitOf), and the words that show the conversion ("（合260亿斤）")
// when there is one.
func inUnitOf(a, t data.Target) (float64, string) {
	if a.Unit == t.Unit || unitScale[a.Unit].factor == unitScale[t.Unit].factor {
		return a.Value, ""
	}
	v := baseValue(a)
	if s, ok := unitScale[t.Unit]; ok {
		v /= s.factor
	}
	return v, magnitude(v) + t.Unit
}

// magnitude writes v with the magnitude of the genre: 2.6e10 as "260亿".
func magnitude(v float64) string {
	switch {
	case v >= 1e8:
		return strconv.FormatFloat(v/1e8, 'f', -1, 64) + "亿"
	case v >= 1e4:
		return strconv.FormatFloat(v/1e4, 'f', -1, 64) + "万"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
